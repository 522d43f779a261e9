package dev.dealcoach.slack;

import dev.dealcoach.core.store.ChannelAddressStore;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.http.SlackHttpClient;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.PlainTextRenderer;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.pipeline.InboundPipeline;
import dev.dealcoach.core.pipeline.PersonDirectory;
import dev.dealcoach.core.store.OrgStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DealCoach on Slack. Bolt receives slash commands, events and interactions (over HTTP, or Socket
 * Mode when an app token is set); each handler has {@link SlackInbound} translate the payload,
 * hands it to the core's {@link InboundPipeline} and acks at once. What the bot says goes out through the outbox
 * on {@link #messenger()}.
 */
public final class SlackAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
    private static final String STORE_UNAVAILABLE = "store unavailable";

    private final SlackSettings settings;
    private final InboundPipeline pipeline;
    private final App app;
    private final SlackRequestParser parser;
    private final SlackRequestVerifier verifier;
    private final SlackIdentity identity;
    private final SlackMessenger messenger;
    private SocketModeApp socketMode;
    /** Set by a handler on the request's thread when the pipeline could not take the delivery. */
    private final ThreadLocal<Boolean> notTaken = new ThreadLocal<>();

    /** @param clock what request timestamps are checked against (five minutes either way), and the identity cache's time */
    public SlackAdapter(SlackSettings settings, InboundPipeline pipeline, OrgStore orgs, ChannelAddressStore addresses, Clock clock) {
        this.settings = settings;
        this.pipeline = pipeline;
        Slack slack = slackClient(settings.apiUrl());
        // Every HTTP request is checked by SlackRequestVerifier before Bolt sees it, against this adapter's
        // clock. Bolt's own check would be a second one on its own clock (System.currentTimeMillis) that
        // lets future timestamps pass; Socket Mode needs none.
        AppConfig.AppConfigBuilder config = AppConfig.builder().singleTeamBotToken(settings.botToken()).slack(slack)
                .requestVerificationEnabled(false);
        this.app = new App(config.build());
        this.parser = new SlackRequestParser(app.config());
        this.verifier = settings.signingSecret() == null ? null : new SlackRequestVerifier(settings.signingSecret(), clock);
        SlackWebApi api = new SlackWebApi(slack.methods(settings.botToken()), Duration.ofMillis(500));
        this.identity = new SlackIdentity(api, orgs, addresses, clock);
        this.messenger = new SlackMessenger(api, identity);
        registerHandlers();
    }

    /** Sends on Slack: the outbox's delivery workers use it. */
    public Messenger messenger() {
        return messenger;
    }

    /**
     * The Web API client. A call that met a pooled connection the server had closed is tried again
     * on a fresh one ({@link StaleConnectionRetry}); OkHttp's own silent retry, which would also
     * repeat a post whose answer was lost, is off, and {@link SlackWebApi} decides what else is safe to repeat.
     */
    static Slack slackClient(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        OkHttpClient http = StaleConnectionRetry.on(SlackHttpClient.buildOkHttpClient(config));
        return Slack.getInstance(config, new SlackHttpClient(http));
    }

    /** Checks the token with Slack ({@code auth.test}) and, with an app token, connects Socket Mode. */
    public void start() throws Exception {
        app.start();
        if (settings.socketMode()) {
            socketMode = new SocketModeApp(settings.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
            log.info("Slack: connected over Socket Mode");
        }
    }

    /**
     * What Slack says of the bot token now ({@code auth.test}), for health.
     *
     * @param valid   Slack took the token
     * @param problem Slack's error ({@code token_revoked}, {@code invalid_auth}) when it did not, or why it could not be asked
     * @param reached Slack answered at all (a network failure says nothing about the token)
     */
    public record TokenCheck(boolean valid, boolean reached, String team, String problem) {
    }

    public TokenCheck checkToken() {
        try {
            var answer = app.client().authTest(request -> request.token(settings.botToken()));
            return answer.isOk() ? new TokenCheck(true, true, answer.getTeam(), "")
                    : new TokenCheck(false, true, "", answer.getError());
        } catch (java.io.IOException | com.slack.api.methods.SlackApiException | RuntimeException e) {
            return new TokenCheck(false, false, "", e.getClass().getSimpleName());
        }
    }

    /** One HTTP request to the request URL: a bad or stale signature gets 401 and changes nothing. */
    public SlackHttpResponse handle(SlackHttpRequest request) {
        if (verifier == null || !verifier.verify(request.headers(), request.body())) {
            return new SlackHttpResponse(401, "text/plain", "invalid signature");
        }
        SlackRequestParser.HttpRequest raw = SlackRequestParser.HttpRequest.builder()
                .requestUri("/slack/events")
                .requestBody(new String(request.body(), StandardCharsets.UTF_8))
                .headers(new RequestHeaders(request.headers()))
                .remoteAddress(request.remoteAddress())
                .build();
        Request<?> slackRequest;
        try {
            slackRequest = parser.parse(raw);
        } catch (RuntimeException e) {
            log.warn("Slack: refused a request that is not readable: {}", e.getClass().getSimpleName());
            return new SlackHttpResponse(400, "text/plain", "not a Slack request");
        }
        if (slackRequest == null) {
            log.warn("Slack: refused a request of no known kind");
            return new SlackHttpResponse(400, "text/plain", "not a Slack request");
        }
        // Slack retries a 5xx and in the end turns the subscription off: a payload the app does not
        // understand is acked and ignored; only "store unreachable" asks Slack to deliver again.
        try {
            notTaken.remove();
            Response response = app.run(slackRequest);
            if (Boolean.TRUE.equals(notTaken.get())) {
                return new SlackHttpResponse(503, "text/plain", STORE_UNAVAILABLE);
            }
            if (response.getStatusCode() >= 400) {
                log.warn("Slack: ignored a {} request that no handler takes (Bolt answered {})", slackRequest.getRequestType(),
                        response.getStatusCode());
                return new SlackHttpResponse(200, "text/plain", "");
            }
            return new SlackHttpResponse(response.getStatusCode(), response.getContentType(), response.getBody());
        } catch (Exception e) {
            log.warn("Slack: ignored a {} request it could not read: {}", slackRequest.getRequestType(), e.getClass().getSimpleName());
            return new SlackHttpResponse(200, "text/plain", "");
        } finally {
            notTaken.remove();
        }
    }

    private void registerHandlers() {
        app.command(Pattern.compile("/.*"), (req, ctx) -> safely("slash command", () -> req.getPayload().getTriggerId(), () -> {
            boolean taken = received(pipeline.receive(arrival(SlackInbound.command(req.getPayload()))));
            // A slash command's answer can carry text: while the store is down, that is the only way to say so.
            return taken ? ctx.ack() : ctx.ack(Coach.STORE_UNREACHABLE);
        }, ctx::ack));
        app.event(MessageEvent.class, (payload, ctx) -> safely("message event", payload::getEventId, () -> SlackInbound.message(payload)
                .map(arrival -> answer(pipeline.receive(arrival(arrival)), ctx.ack())).orElseGet(ctx::ack), ctx::ack));
        app.event(AppMentionEvent.class, (payload, ctx) -> safely("app_mention event", payload::getEventId,
                () -> answer(pipeline.receive(arrival(SlackInbound.mention(payload))), ctx.ack()), ctx::ack));
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> safely("app_home_opened event", payload::getEventId, () -> {
            SlackInbound.homeOpened(payload).ifPresent(opened -> pipeline.openHome(sender(opened.slackUserId()),
                    opened.deliveryId(), home -> publishHome(opened.slackUserId(), home)));
            return ctx.ack();
        }, ctx::ack));
        app.blockAction(Pattern.compile(".*"), (req, ctx) -> safely("block_actions", () -> req.getPayload().getTriggerId(), () -> {
            SlackInbound.blockAction(req.getPayload()).ifPresent(arrival -> {
                if (!received(pipeline.receive(arrival(arrival)))) {
                    // Slack does not deliver a button press again: say it where it was pressed.
                    whisper(arrival.channelId(), arrival.slackUserId(), Coach.STORE_UNREACHABLE);
                }
            });
            return ctx.ack();
        }, ctx::ack));
        app.viewSubmission(Pattern.compile(".*"), (req, ctx) -> safely("view_submission", () -> req.getPayload().getView().getId(),
                () -> answer(pipeline.receive(arrival(SlackInbound.viewSubmission(req.getPayload()))), ctx.ack()), ctx::ack));
    }

    /**
     * Runs a handler; a payload it cannot read is acked and ignored, with one warning line (the kind,
     * the delivery id when it is one, the reason) and no stack trace.
     */
    private static Response safely(String kind, Supplier<String> deliveryId, Supplier<Response> handler, Supplier<Response> ack) {
        try {
            return handler.get();
        } catch (RuntimeException e) {
            log.warn("Slack: ignored a {} (delivery {}) it could not read: {}", kind, loggable(deliveryId), reason(e));
            return ack.get();
        }
    }

    /** The payload's own id, if it is one: an "id" that is not is the sender's text, which is never logged. */
    private static String loggable(Supplier<String> deliveryId) {
        try {
            String id = deliveryId.get();
            return SlackInbound.isId(id) ? id : "without a readable id";
        } catch (RuntimeException e) {
            return "without a readable id";
        }
    }

    /** What went wrong, for a log line: our own reasons name a field or a Slack error code; anything else only its kind. */
    private static String reason(RuntimeException e) {
        return e instanceof SlackInbound.Unreadable || e instanceof SlackCallFailed ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static boolean received(InboundPipeline.Receipt receipt) {
        return receipt != InboundPipeline.Receipt.STORE_UNAVAILABLE;
    }

    /**
     * The ack; while the store is unreachable the HTTP answer becomes a 503 (see {@link #handle}), so
     * that Slack delivers the event again later. Bolt reads a listener's own non-200 answer as "not
     * handled" and tries other listeners, so the handler only notes it.
     */
    private Response answer(InboundPipeline.Receipt receipt, Response ack) {
        if (!received(receipt)) {
            notTaken.set(true);
        }
        return ack;
    }

    /** The pipeline's arrival of a translated payload: a form opens as a modal when there is a trigger; strangers are whispered to. */
    private InboundPipeline.Arrival arrival(SlackArrival arrival) {
        String triggerId = arrival.triggerId();
        InboundPipeline.FormPresenter forms = (form, where) -> {
            if (triggerId != null) {
                messenger.openModal(triggerId, form, where);
            }
            return true; // a form without a trigger cannot open on Slack: the message keeps its "Answer all in one form" button
        };
        // Once the core knows who wrote, their DMs need no users.lookupByEmail.
        return new InboundPipeline.Arrival(sender(arrival.slackUserId()), arrival.deliveryId(), arrival.place(),
                arrival.answering(), arrival.inbound(), forms, message -> whisper(arrival.channelId(), arrival.slackUserId(),
                        new PlainTextRenderer().render(message)), person -> identity.remember(person, arrival.slackUserId()));
    }

    private PersonDirectory.Sender sender(String slackUserId) {
        return new PersonDirectory.Sender(Platform.SLACK, slackUserId, slackUserId, () -> identity.emailOf(slackUserId));
    }

    private void publishHome(String slackUserId, Message home) {
        try {
            messenger.publishHome(slackUserId, home);
        } catch (RuntimeException e) {
            log.warn("Failed to publish the App Home: {}", reason(e));
        }
    }

    /** An ephemeral message where they spoke, said at once (not through the outbox). */
    private void whisper(String channelId, String slackUserId, String text) {
        if (channelId == null) {
            return;
        }
        try {
            messenger.whisper(channelId, slackUserId, text);
        } catch (RuntimeException e) {
            log.warn("Failed to say something privately to a Slack user: {}", reason(e));
        }
    }

    @Override
    public void close() {
        try {
            if (socketMode != null) {
                socketMode.close();
            }
            app.stop();
        } catch (Exception e) {
            log.warn("Slack adapter did not stop cleanly: {}", e.getMessage());
        }
    }
}
