package dev.dealcoach.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.View;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.http.SlackHttpClient;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.OrderedWorkers;
import dev.dealcoach.core.conversation.Origin;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.store.IdempotencyStore;
import dev.dealcoach.core.store.OrgStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DealCoach on Slack. Bolt receives slash commands, events and interactions (over HTTP, or Socket
 * Mode when an app token is set); every handler acks at once and leaves the work to a worker
 * thread, which resolves the person, asks the {@link Coach}, and sends the answers on the Web API.
 * Deliveries are marked seen before work is handed off, so a retry never gets a second reply.
 */
public final class SlackAdapter implements AutoCloseable {

    /** Slack gives up retrying well within an hour; a seen delivery must be remembered at least ten minutes. */
    static final Duration DELIVERY_MEMORY = Duration.ofHours(1);
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(\\s*<@[A-Z0-9]+>)+\\s*");
    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

    private final SlackSettings settings;
    private final Coach coach;
    private final IdempotencyStore once;
    private final App app;
    private final SlackRequestParser parser;
    private final SlackRequestVerifier verifier;
    private final SlackIdentity identity;
    private final SlackMessenger messenger;
    private final OrderedWorkers workers = new OrderedWorkers("slack-worker", 16);
    private SocketModeApp socketMode;

    /**
     * Where an interaction happened on Slack, for the answers that need it.
     *
     * @param botDm the channel is the person's DM with the bot (a {@code message.im} event), so
     *              replies can go there without {@code conversations.open}
     */
    private record SlackContext(String slackUserId, String channelId, String triggerId, boolean botDm) {
    }

    public SlackAdapter(SlackSettings settings, Coach coach, OrgStore orgs, IdempotencyStore once, Clock clock) {
        this.settings = settings;
        this.coach = coach;
        this.once = once;
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
        app.command("/review", (req, ctx) -> command(req.getPayload(), "review", req.getPayload().getText(), ctx));
        app.command("/forecast", (req, ctx) -> command(req.getPayload(), "forecast", req.getPayload().getText(), ctx));
        app.command("/coach", (req, ctx) -> {
            String asked = req.getPayload().getText() == null ? "" : req.getPayload().getText().strip().toLowerCase(Locale.ROOT);
            return command(req.getPayload(), asked.startsWith("settings") ? "settings" : "help", "", ctx);
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            if (event.getBotId() != null || event.getUser() == null || event.getSubtype() != null) {
                return ctx.ack();
            }
            boolean botDm = "im".equals(event.getChannelType());
            SlackContext context = new SlackContext(event.getUser(), event.getChannel(), null, botDm);
            if (botDm) {
                handOff("slack:event:" + payload.getEventId(), context, Destination::dm, true,
                        origin -> new Inbound.Text(origin, event.getText()));
            } else if (event.getThreadTs() != null && mentionsNobody(event.getText())) {
                // A plain reply in a thread: an answer if a flow waits there (mentions arrive as app_mention).
                handOff("slack:event:" + payload.getEventId(), context,
                        person -> new Destination.Thread(event.getChannel(), event.getThreadTs()), false,
                        origin -> new Inbound.Text(origin, event.getText()));
            }
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            String text = LEADING_MENTIONS.matcher(event.getText() == null ? "" : event.getText()).replaceFirst("");
            handOff("slack:event:" + payload.getEventId(), new SlackContext(event.getUser(), event.getChannel(), null, false),
                    person -> new Destination.Thread(event.getChannel(), thread), true,
                    origin -> new Inbound.Text(origin, text));
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab()) && once.markFirst("slack-seen:event:" + payload.getEventId(), DELIVERY_MEMORY)) {
                workers.submit(event.getUser(), () -> publishHome(event.getUser()));
            }
            return ctx.ack();
        });
        app.blockAction(Pattern.compile(".*"), (req, ctx) -> {
            blockAction(req.getPayload());
            return ctx.ack();
        });
        app.viewSubmission(Pattern.compile(".*"), (req, ctx) -> {
            viewSubmission(req.getPayload());
            return ctx.ack();
        });
    }

    private Response command(SlashCommandPayload payload, String name, String arguments,
                             SlashCommandContext ctx) {
        handOff("slack:command:" + payload.getTriggerId(),
                new SlackContext(payload.getUserId(), payload.getChannelId(), payload.getTriggerId(), false),
                Destination::dm, true,
                origin -> new Inbound.Command(origin, name, arguments));
        return ctx.ack();
    }

    private void blockAction(BlockActionPayload payload) {
        if (payload.getActions() == null || payload.getActions().isEmpty()) {
            return;
        }
        BlockActionPayload.Action action = payload.getActions().get(0);
        String value = action.getValue() != null ? action.getValue()
                : action.getSelectedOption() != null ? action.getSelectedOption().getValue() : "";
        String actionId = SlackPayloads.coreActionId(action.getActionId());
        BlockActionPayload.Container container = payload.getContainer();
        String channel = container == null ? null : container.getChannelId();
        boolean fromHome = payload.getView() != null && "home".equals(payload.getView().getType());
        String thread = container == null ? null : container.getThreadTs();
        Function<String, Destination> place = person -> fromHome || channel == null || thread == null
                ? Destination.dm(person) : new Destination.Thread(channel, thread);
        handOff("slack:action:" + payload.getTriggerId(), new SlackContext(payload.getUser().getId(), channel, payload.getTriggerId(), false),
                place, true, origin -> new Inbound.Action(origin, actionId, value,
                        channel == null || container.getMessageTs() == null || fromHome ? null
                                : new MessageRef(origin.place(), channel + "/" + container.getMessageTs())));
    }

    private void viewSubmission(ViewSubmissionPayload payload) {
        View view = payload.getView();
        Map<String, String> values = SlackPayloads.formValues(view.getState());
        handOff("slack:view:" + view.getId() + ":" + view.getHash(), new SlackContext(payload.getUser().getId(), null, null, false),
                person -> SlackPlaces.decode(view.getPrivateMetadata(), person), true,
                origin -> new Inbound.FormSubmission(origin, view.getCallbackId(), values));
    }

    /**
     * Marks the delivery seen, then leaves the rest to a worker: no Web API call happens before the ack.
     *
     * @param always false for thread replies, which only count while a flow waits in that thread
     */
    private void handOff(String deliveryId, SlackContext context, Function<String, Destination> place, boolean always,
                         Function<Origin, Inbound> inbound) {
        if (!once.markFirst("slack-seen:" + deliveryId, DELIVERY_MEMORY)) {
            log.debug("Ignored a repeated Slack delivery {}", deliveryId);
            return;
        }
        // One lane per Slack user: whatever surface they use (DM, modal, Home), their actions stay in order.
        workers.submit(context.slackUserId(), () -> {
            try {
                Optional<String> person = identity.personId(context.slackUserId());
                if (person.isEmpty()) {
                    if (always) {
                        tellNotInOrg(context);
                    }
                    return;
                }
                Destination where = place.apply(person.get());
                if (!always && !coach.hasFlow(person.get(), where)) {
                    return;
                }
                if (context.botDm()) {
                    messenger.rememberDm(person.get(), context.channelId());
                }
                deliver(coach.handle(inbound.apply(new Origin(person.get(), where, deliveryId))), context);
            } catch (RuntimeException e) {
                log.error("Failed to handle Slack delivery {}", deliveryId, e);
            }
        });
    }

    private void deliver(List<Outgoing> outgoing, SlackContext context) {
        for (Outgoing out : outgoing) {
            if (out instanceof Outgoing.Update update) {
                messenger.update(update.ref(), update.message());
                continue;
            }
            Outgoing.Send send = (Outgoing.Send) out;
            List<Block> rest = new ArrayList<>();
            for (Block block : send.message().blocks()) {
                if (block instanceof Block.Form form && context.triggerId() != null) {
                    messenger.openModal(context.triggerId(), form, send.to());
                } else if (!(block instanceof Block.Form)) {
                    rest.add(block);
                }
            }
            if (!rest.isEmpty()) {
                messenger.send(send.to(), new Message(rest));
            }
        }
    }

    private void publishHome(String slackUserId) {
        try {
            Message home = identity.personId(slackUserId).map(coach::home).orElse(Message.text(Coach.NOT_IN_ORG));
            messenger.publishHome(slackUserId, home);
        } catch (RuntimeException e) {
            log.error("Failed to publish the App Home", e);
        }
    }

    private void tellNotInOrg(SlackContext context) {
        if (context.channelId() != null) {
            messenger.whisper(context.channelId(), context.slackUserId(), Coach.NOT_IN_ORG);
        }
    }

    private static boolean mentionsNobody(String text) {
        return text == null || !text.contains("<@");
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
        workers.close();
    }
}
