package dev.dealcoach.teams;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.Origin;
import dev.dealcoach.core.conversation.PlainTextRenderer;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.pipeline.InboundPipeline;
import dev.dealcoach.core.pipeline.PersonDirectory;
import dev.dealcoach.core.store.ChannelAddressStore;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DealCoach on Microsoft Teams through the Bot Framework SDK. The HTTP request is authenticated by
 * the SDK (with an app id), the activity is translated by {@link TeamsInbound} into an arrival for
 * the core's {@link InboundPipeline}, and the request is answered at once. Replies go out through
 * the outbox on {@link #messenger()}, proactively through the stored conversation reference. Every
 * {@code com.microsoft.bot} type stays in this module; the SDK's futures are joined here.
 */
public final class TeamsAdapter {

    private static final Logger log = LoggerFactory.getLogger(TeamsAdapter.class);

    private final TeamsSettings settings;
    private final InboundPipeline pipeline;
    private final BotFrameworkAdapter adapter;
    private final MicrosoftAppCredentials credentials;
    private final TeamsMessenger messenger;

    public TeamsAdapter(TeamsSettings settings, InboundPipeline pipeline, ChannelAddressStore addresses, Clock clock) {
        this.settings = settings;
        this.pipeline = pipeline;
        if (!settings.openIdMetadataUrl().isEmpty()) {
            ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadataUrl());
        }
        MicrosoftAppCredentials credentials = !settings.tokenUrl().isEmpty()
                ? new TokenEndpointCredentials(settings.appId(), settings.appPassword(), URI.create(settings.tokenUrl()), clock)
                : settings.singleTenant()
                ? new MicrosoftAppCredentials(settings.appId(), settings.appPassword(), settings.tenantId())
                : new MicrosoftAppCredentials(settings.appId(), settings.appPassword());
        this.credentials = credentials;
        this.adapter = new BotFrameworkAdapter(credentials, new AuthenticationConfiguration(), new SimpleChannelProvider(), null, null);
        this.messenger = new TeamsMessenger(adapter, settings.appId(), addresses, clock, Duration.ofMillis(500));
    }

    /** Sends on Teams: the outbox's delivery workers use it. */
    public Messenger messenger() {
        return messenger;
    }

    /** One activity posted to {@code /api/messages}: 401 for a missing or invalid token, changing nothing. */
    public TeamsHttpResponse handle(String body, String authorization) {
        Activity activity;
        try {
            activity = Serialization.treeToValue(Serialization.jsonToTree(body == null ? "" : body), Activity.class);
        } catch (IOException | RuntimeException e) {
            return notAnActivity(rootName(e));
        }
        if (activity == null || activity.getType() == null || activity.getServiceUrl() == null) {
            return notAnActivity(activity == null ? "no activity" : activity.getType() == null ? "no type" : "no serviceUrl");
        }
        try {
            InvokeResponse invoke = adapter.processActivity(authorization == null ? "" : authorization, activity, this::onTurn).join();
            if (invoke == null) {
                return new TeamsHttpResponse(202, "");
            }
            return new TeamsHttpResponse(invoke.getStatus(), invoke.getBody() == null ? "" : Serialization.toStringSilent(invoke.getBody()));
        } catch (AuthenticationException | CompletionException | JWTVerificationException e) {
            if (refusedToken(e)) {
                log.info("Refused a Teams request: {}", e.getClass().getSimpleName());
                return new TeamsHttpResponse(401, "unauthorized");
            }
            log.warn("Teams: ignored a {} activity {} it could not handle: {}", TeamsInbound.kind(activity),
                    TeamsInbound.loggableId(activity), rootName(e));
            return new TeamsHttpResponse(200, "");
        } catch (RuntimeException e) {
            log.warn("Teams: ignored a {} activity {} it could not read: {}", TeamsInbound.kind(activity),
                    TeamsInbound.loggableId(activity), rootName(e));
            return new TeamsHttpResponse(200, "");
        }
    }

    private static TeamsHttpResponse notAnActivity(String reason) {
        log.warn("Teams: refused a request that is not an activity: {}", reason);
        return new TeamsHttpResponse(400, "not an activity");
    }

    /** A missing or bad token, found by the SDK (its own exception) or by the JWT library under it (a header that is not a JWT). */
    private static boolean refusedToken(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationException || cause instanceof JWTVerificationException) {
                return true;
            }
        }
        return false;
    }

    private static String rootName(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    /**
     * A channel message arrives in its thread ({@code 19:x@thread.tacv2;messageid=...}); a new post in
     * the channel itself (a manager's alert channel, named by its id in the org file) goes to the
     * channel's own conversation id, so that is kept too.
     */
    private void rememberChannel(String channelId, ConversationReference reference) {
        if (channelId == null || reference.getConversation() == null || channelId.equals(reference.getConversation().getId())) {
            return;
        }
        ConversationReference toChannel = ConversationReference.clone(reference);
        ConversationAccount conversation = ConversationAccount.clone(reference.getConversation());
        conversation.setId(channelId);
        toChannel.setConversation(conversation);
        toChannel.setActivityId(null);
        messenger.remember(TeamsMessenger.addressKey(new Destination.Channel(Platform.TEAMS, channelId)), toChannel);
    }

    /**
     * Whether the bot can get a token to reply with now (the Bot Framework's, cached until shortly
     * before it expires), for health.
     *
     * @param refused the token endpoint refused the app id or secret (not just unreachable)
     */
    public record TokenCheck(boolean ok, boolean refused, String problem) {
    }

    public TokenCheck checkToken() {
        try {
            credentials.getToken().get(20, java.util.concurrent.TimeUnit.SECONDS);
            return new TokenCheck(true, false, "");
        } catch (java.util.concurrent.ExecutionException e) {
            String problem = e.getCause() == null ? e.toString() : e.getCause().getMessage();
            boolean refused = problem != null && problem.matches(".*HTTP 4\\d\\d.*|.*(invalid_client|unauthorized_client|AADSTS).*");
            return new TokenCheck(false, refused, String.valueOf(problem));
        } catch (java.util.concurrent.TimeoutException e) {
            return new TokenCheck(false, false, "the token endpoint did not answer in 20 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TokenCheck(false, false, "interrupted");
        }
    }

    /**
     * Runs on the request thread: reads the activity, then keeps channel references, hands it to the
     * pipeline and answers invokes. Nothing is kept for an activity that cannot be read.
     */
    private CompletableFuture<Void> onTurn(TurnContext turn) {
        Activity activity = turn.getActivity();
        Optional<String> unreadable = TeamsInbound.unreadable(activity);
        if (unreadable.isPresent()) {
            log.warn("Teams: ignored a {} activity {} with {}", TeamsInbound.kind(activity), TeamsInbound.loggableId(activity),
                    unreadable.get());
            return CompletableFuture.completedFuture(null);
        }
        // Read first: what cannot be read throws here, before anything is kept.
        Optional<Function<Origin, Inbound>> inbound = TeamsInbound.inbound(activity);
        boolean installed = inbound.isEmpty() && TeamsInbound.installed(activity);
        ConversationReference reference = activity.getConversationReference();
        if (TeamsInbound.isChannel(activity)) {
            String channelId = TeamsInbound.teamsChannel(activity).orElse(null);
            messenger.remember(TeamsMessenger.addressKey(TeamsInbound.place(activity, null)), reference);
            rememberChannel(channelId, reference);
        }
        String deliveryId = TeamsInbound.deliveryId(activity);
        PersonDirectory.Sender sender = sender(activity, reference);
        Consumer<String> keepReference = person -> messenger.remember(TeamsMessenger.addressKey(TeamsInbound.place(activity, person)), reference);
        if (inbound.isPresent()) {
            InboundPipeline.Receipt receipt = pipeline.receive(new InboundPipeline.Arrival(sender, deliveryId,
                    person -> TeamsInbound.place(activity, person), InboundPipeline.Answering.ALWAYS, inbound.get(), null,
                    message -> privately(activity, reference, message), keepReference));
            if (receipt == InboundPipeline.Receipt.STORE_UNAVAILABLE) {
                // Teams does not reliably deliver an activity again: say so now, where the person spoke.
                say(reference, Message.text(Coach.STORE_UNREACHABLE));
            }
        } else if (installed) {
            pipeline.welcome(sender, deliveryId, TeamsInbound.isChannel(activity), keepReference, message -> say(reference, message));
        }
        if (ActivityTypes.INVOKE.equals(activity.getType())) {
            Activity answer = new Activity(ActivityTypes.INVOKE_RESPONSE);
            answer.setValue(new InvokeResponse(200, null));
            return turn.sendActivity(answer).thenApply(sent -> null);
        }
        return CompletableFuture.completedFuture(null);
    }

    /** The sender; their email is read from the Teams roster, only when the org file does not link their Entra id. */
    private PersonDirectory.Sender sender(Activity activity, ConversationReference reference) {
        ChannelAccount from = activity.getFrom();
        return new PersonDirectory.Sender(Platform.TEAMS, from.getId(), from.getAadObjectId(), () -> rosterEmail(reference, from.getId()));
    }

    private Optional<String> rosterEmail(ConversationReference reference, String userId) {
        AtomicReference<Optional<String>> email = new AtomicReference<>(Optional.empty());
        try {
            adapter.continueConversation(settings.appId(), reference, turn -> TeamsInfo.getMember(turn, userId).thenAccept(member -> {
                if (member != null) {
                    email.set(Optional.ofNullable(member.getEmail() != null ? member.getEmail() : member.getUserPrincipalName()));
                }
            })).join();
        } catch (CompletionException | IllegalArgumentException e) {
            log.warn("Teams roster look-up failed: {}", e.getClass().getSimpleName());
            throw new PersonDirectory.LookupFailed("the Teams roster look-up failed");
        }
        return email.get();
    }

    /** Not in the org: told in a personal chat, which only they see; in a channel nothing is posted for all to read. */
    private void privately(Activity activity, ConversationReference reference, Message message) {
        if (!TeamsInbound.isChannel(activity)) {
            say(reference, message);
            return;
        }
        // In a channel: a personal chat with the sender, which the bot can open with anyone in the tenant.
        ConversationParameters personal = new ConversationParameters();
        personal.setIsGroup(false);
        personal.setBot(activity.getRecipient());
        personal.setMembers(List.of(activity.getFrom()));
        personal.setTenantId(activity.getConversation().getTenantId());
        try {
            adapter.createConversation(activity.getChannelId(), activity.getServiceUrl(), credentials, personal,
                    turn -> turn.sendActivity(new PlainTextRenderer().render(message)).thenApply(sent -> null)).join();
        } catch (RuntimeException e) {
            log.warn("Failed to open a personal chat to say something privately: {}", rootName(e));
        }
    }

    /** Says a short text into the conversation now (a welcome, "not in the org"): nothing the outbox keeps. */
    private void say(ConversationReference reference, Message message) {
        try {
            adapter.continueConversation(settings.appId(), reference,
                    turn -> turn.sendActivity(new PlainTextRenderer().render(message)).thenApply(sent -> null)).join();
        } catch (RuntimeException e) {
            log.warn("Failed to say something to a Teams conversation: {}", rootName(e));
        }
    }
}
