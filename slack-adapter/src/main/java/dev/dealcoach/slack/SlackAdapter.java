package dev.dealcoach.slack;

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
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.pipeline.InboundPipeline;
import dev.dealcoach.core.pipeline.PersonDirectory;
import dev.dealcoach.core.store.OrgStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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

    private final SlackSettings settings;
    private final InboundPipeline pipeline;
    private final OrgStore orgs;
    private final App app;
    private final SlackRequestParser parser;
    private final SlackRequestVerifier verifier;
    private final SlackIdentity identity;
    private final SlackMessenger messenger;
    private SocketModeApp socketMode;

    public SlackAdapter(SlackSettings settings, InboundPipeline pipeline, OrgStore orgs, Clock clock) {
        this.settings = settings;
        this.pipeline = pipeline;
        this.orgs = orgs;
        Slack slack = slackClient(settings.apiUrl());
        AppConfig.AppConfigBuilder config = AppConfig.builder().singleTeamBotToken(settings.botToken()).slack(slack);
        if (settings.signingSecret() != null) {
            config.signingSecret(settings.signingSecret());
        }
        this.app = new App(config.build());
        this.parser = new SlackRequestParser(app.config());
        this.verifier = settings.signingSecret() == null ? null : new SlackRequestVerifier(settings.signingSecret(), clock);
        SlackWebApi api = new SlackWebApi(slack.methods(settings.botToken()), Duration.ofMillis(500));
        this.identity = new SlackIdentity(api, orgs, clock);
        this.messenger = new SlackMessenger(api, identity);
        registerHandlers();
    }

    /** Sends on Slack: the outbox's delivery workers use it. */
    public Messenger messenger() {
        return messenger;
    }

    /**
     * The Web API client. OkHttp's silent retry after a broken connection is turned off: a post whose
     * answer was lost may have been delivered, and {@link SlackWebApi} decides what is safe to repeat.
     */
    static Slack slackClient(String apiUrl) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(apiUrl);
        OkHttpClient http = SlackHttpClient.buildOkHttpClient(config).newBuilder().retryOnConnectionFailure(false).build();
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
        try {
            Request<?> slackRequest = parser.parse(raw);
            if (slackRequest == null) {
                return new SlackHttpResponse(400, "text/plain", "not a Slack request");
            }
            Response response = app.run(slackRequest);
            return new SlackHttpResponse(response.getStatusCode(), response.getContentType(), response.getBody());
        } catch (Exception e) {
            log.error("Slack request failed", e);
            return new SlackHttpResponse(500, "text/plain", "error");
        }
    }

    private void registerHandlers() {
        app.command(Pattern.compile("/.*"), (req, ctx) -> {
            pipeline.receive(arrival(SlackInbound.command(req.getPayload())));
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            SlackInbound.message(payload).ifPresent(arrival -> pipeline.receive(arrival(arrival)));
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            pipeline.receive(arrival(SlackInbound.mention(payload)));
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            SlackInbound.homeOpened(payload).ifPresent(opened -> pipeline.openHome(sender(opened.slackUserId()),
                    opened.deliveryId(), home -> publishHome(opened.slackUserId(), home)));
            return ctx.ack();
        });
        app.blockAction(Pattern.compile(".*"), (req, ctx) -> {
            SlackInbound.blockAction(req.getPayload()).ifPresent(arrival -> pipeline.receive(arrival(arrival)));
            return ctx.ack();
        });
        app.viewSubmission(Pattern.compile(".*"), (req, ctx) -> {
            pipeline.receive(arrival(SlackInbound.viewSubmission(req.getPayload())));
            return ctx.ack();
        });
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
        return new InboundPipeline.Arrival(sender(arrival.slackUserId()), arrival.deliveryId(), arrival.place(),
                arrival.answering(), arrival.inbound(), forms, message -> whisper(arrival.channelId(), arrival.slackUserId()));
    }

    private PersonDirectory.Sender sender(String slackUserId) {
        return new PersonDirectory.Sender(Platform.SLACK, slackUserId, slackUserId, () -> {
            Optional<String> email = identity.emailOf(slackUserId);
            email.flatMap(e -> orgs.load().flatMap(org -> org.byEmail(e)))
                    .ifPresent(person -> identity.remember(person.id(), slackUserId));
            return email;
        });
    }

    private void publishHome(String slackUserId, Message home) {
        try {
            messenger.publishHome(slackUserId, home);
        } catch (RuntimeException e) {
            log.warn("Failed to publish the App Home: {}", e.getMessage());
        }
    }

    /** An ephemeral answer where they spoke; the bot's DM with them is private already. */
    private void whisper(String channelId, String slackUserId) {
        if (channelId == null) {
            return;
        }
        try {
            messenger.whisper(channelId, slackUserId, Coach.NOT_IN_ORG);
        } catch (RuntimeException e) {
            log.warn("Failed to tell a Slack user they are not in the org: {}", e.getMessage());
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
