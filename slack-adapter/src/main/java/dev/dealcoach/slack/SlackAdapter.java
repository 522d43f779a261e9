package dev.dealcoach.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
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
import com.slack.api.model.view.View;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.util.http.SlackHttpClient;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.CommandLine;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.Origin;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.pipeline.InboundPipeline;
import dev.dealcoach.core.pipeline.InboundPipeline.Answering;
import dev.dealcoach.core.pipeline.PersonDirectory;
import dev.dealcoach.core.store.OrgStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DealCoach on Slack. Bolt receives slash commands, events and interactions (over HTTP, or Socket
 * Mode when an app token is set); each handler translates the payload into an arrival for the
 * core's {@link InboundPipeline} and acks at once. What the bot says goes out through the outbox
 * on {@link #messenger()}.
 */
public final class SlackAdapter implements AutoCloseable {

    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(\\s*<@[A-Z0-9]+>)+\\s*");
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
            SlashCommandPayload payload = req.getPayload();
            String name = payload.getCommand() == null ? "" : payload.getCommand().replaceFirst("^/", "");
            String text = payload.getText() == null ? "" : payload.getText();
            if (name.equals("coach")) {
                // /coach settings ... and /coach help: the first word is the command.
                CommandLine line = CommandLine.parse(text);
                name = line.name().isEmpty() ? "help" : line.name();
                text = line.arguments();
            }
            String command = name;
            String arguments = text;
            pipeline.receive(arrival(payload.getUserId(), "slack:command:" + payload.getTriggerId(), Destination::dm,
                    Answering.ALWAYS, origin -> new Inbound.Command(origin, command, arguments), payload.getTriggerId(),
                    payload.getChannelId()));
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            if (event.getBotId() != null || event.getUser() == null || event.getSubtype() != null) {
                return ctx.ack();
            }
            String deliveryId = "slack:event:" + payload.getEventId();
            if ("im".equals(event.getChannelType())) {
                pipeline.receive(arrival(event.getUser(), deliveryId, Destination::dm, Answering.ALWAYS,
                        origin -> new Inbound.Text(origin, event.getText()), null, event.getChannel()));
            } else if (event.getThreadTs() != null && mentionsNobody(event.getText())) {
                // A plain reply in a thread: an answer if a flow waits there (mentions arrive as app_mention).
                pipeline.receive(arrival(event.getUser(), deliveryId,
                        person -> new Destination.Thread(Platform.SLACK, event.getChannel(), event.getThreadTs()),
                        Answering.ONLY_IF_FLOW_WAITS, origin -> new Inbound.Text(origin, event.getText()), null, event.getChannel()));
            }
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            String text = LEADING_MENTIONS.matcher(event.getText() == null ? "" : event.getText()).replaceFirst("");
            pipeline.receive(arrival(event.getUser(), "slack:event:" + payload.getEventId(),
                    person -> new Destination.Thread(Platform.SLACK, event.getChannel(), thread), Answering.ALWAYS,
                    origin -> new Inbound.Text(origin, text), null, event.getChannel()));
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab())) {
                pipeline.openHome(sender(event.getUser()), "slack:event:" + payload.getEventId(),
                        home -> publishHome(event.getUser(), home));
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
                ? Destination.dm(person) : new Destination.Thread(Platform.SLACK, channel, thread);
        pipeline.receive(arrival(payload.getUser().getId(), "slack:action:" + payload.getTriggerId(), place, Answering.ALWAYS,
                origin -> new Inbound.Action(origin, actionId, value,
                        channel == null || container.getMessageTs() == null || fromHome ? null
                                : new MessageRef(Platform.SLACK, origin.place(), channel + "/" + container.getMessageTs())),
                payload.getTriggerId(), channel));
    }

    private void viewSubmission(ViewSubmissionPayload payload) {
        View view = payload.getView();
        Map<String, String> values = SlackPayloads.formValues(view.getState());
        pipeline.receive(arrival(payload.getUser().getId(), "slack:view:" + view.getId() + ":" + view.getHash(),
                person -> SlackPlaces.decode(view.getPrivateMetadata(), person), Answering.ALWAYS,
                origin -> new Inbound.FormSubmission(origin, view.getCallbackId(), values), null, null));
    }

    /**
     * @param triggerId  lets a form open as a modal at once (valid 3 s); null when the payload has none
     * @param channelId  where the user spoke, for a private answer when they are not in the org; may be null
     */
    private InboundPipeline.Arrival arrival(String slackUserId, String deliveryId, Function<String, Destination> place,
                                            Answering answering, Function<Origin, Inbound> inbound, String triggerId,
                                            String channelId) {
        InboundPipeline.FormPresenter forms = (form, where) -> {
            if (triggerId != null) {
                messenger.openModal(triggerId, form, where);
            }
            return true; // a form without a trigger cannot open on Slack: the message keeps its "Answer all in one form" button
        };
        return new InboundPipeline.Arrival(sender(slackUserId), deliveryId, place, answering, inbound, forms,
                message -> whisper(channelId, slackUserId));
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
    }
}
