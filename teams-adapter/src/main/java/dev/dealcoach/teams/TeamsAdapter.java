package dev.dealcoach.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Inbound;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.OrderedWorkers;
import dev.dealcoach.core.conversation.Origin;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.store.ChannelAddressStore;
import dev.dealcoach.core.store.IdempotencyStore;
import dev.dealcoach.core.store.OrgStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DealCoach on Microsoft Teams through the Bot Framework SDK. The HTTP request is authenticated by
 * the SDK (with an app id), answered at once, and the work goes to a worker thread that resolves
 * the person, asks the {@link Coach} and replies proactively through the stored conversation
 * reference. Every {@code com.microsoft.bot} type stays in this module; the SDK's futures are joined here.
 */
public final class TeamsAdapter implements AutoCloseable {

    static final Duration DELIVERY_MEMORY = Duration.ofHours(1);
    static final String WELCOME = "Hi, I'm DealCoach. I pressure-test your deals the way a good sales director would. "
            + "Type `review` and a deal's name to start, or `help` to see what I can do.";
    private static final Logger log = LoggerFactory.getLogger(TeamsAdapter.class);

    private final TeamsSettings settings;
    private final Coach coach;
    private final IdempotencyStore once;
    private final BotFrameworkAdapter adapter;
    private final TeamsIdentity identity;
    private final TeamsMessenger messenger;
    private final OrderedWorkers workers = new OrderedWorkers("teams-worker", 16);

    public TeamsAdapter(TeamsSettings settings, Coach coach, OrgStore orgs, ChannelAddressStore addresses,
                        IdempotencyStore once, Clock clock) {
        this.settings = settings;
        this.coach = coach;
        this.once = once;
        if (!settings.openIdMetadataUrl().isEmpty()) {
            ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadataUrl());
        }
        MicrosoftAppCredentials credentials = settings.singleTenant()
                ? new MicrosoftAppCredentials(settings.appId(), settings.appPassword(), settings.tenantId())
                : new MicrosoftAppCredentials(settings.appId(), settings.appPassword());
        this.adapter = new BotFrameworkAdapter(credentials, new AuthenticationConfiguration(), new SimpleChannelProvider(), null, null);
        this.identity = new TeamsIdentity(orgs, clock);
        this.messenger = new TeamsMessenger(adapter, settings.appId(), addresses, clock, Duration.ofMillis(500));
    }

    public Messenger messenger() {
        return messenger;
    }

    /** One activity posted to {@code /api/messages}: 401 for a missing or invalid token, changing nothing. */
    public TeamsHttpResponse handle(String body, String authorization) {
        Activity activity;
        try {
            activity = Serialization.treeToValue(Serialization.jsonToTree(body), Activity.class);
        } catch (IOException | RuntimeException e) {
            return new TeamsHttpResponse(400, "not an activity");
        }
        if (activity == null || activity.getType() == null || activity.getServiceUrl() == null) {
            return new TeamsHttpResponse(400, "not an activity");
        }
        try {
            InvokeResponse invoke = adapter.processActivity(authorization == null ? "" : authorization, activity, this::onTurn).join();
            if (invoke == null) {
                return new TeamsHttpResponse(202, "");
            }
            return new TeamsHttpResponse(invoke.getStatus(), invoke.getBody() == null ? "" : Serialization.toStringSilent(invoke.getBody()));
        } catch (AuthenticationException | CompletionException e) {
            if (e instanceof AuthenticationException || e.getCause() instanceof AuthenticationException) {
                log.info("Refused a Teams request: {}", e.getMessage());
                return new TeamsHttpResponse(401, "unauthorized");
            }
            log.error("Teams request failed", e);
            return new TeamsHttpResponse(500, "error");
        }
    }

    /** Runs on the request thread: de-duplicates, hands off, answers invokes. No outbound call here. */
    private CompletableFuture<Void> onTurn(TurnContext turn) {
        Activity activity = turn.getActivity();
        ConversationReference reference = activity.getConversationReference();
        if (isChannel(activity)) {
            messenger.remember(TeamsMessenger.addressKey(place(activity, null)), reference);
        }
        String deliveryId = "teams:" + activity.getConversation().getId() + ":" + activity.getId();
        boolean first = activity.getId() == null || once.markFirst("teams-seen:" + deliveryId, DELIVERY_MEMORY);
        String lane = activity.getConversation().getId() + "/" + (activity.getFrom() == null ? "" : activity.getFrom().getId());
        boolean fromPerson = ActivityTypes.MESSAGE.equals(activity.getType()) || ActivityTypes.INVOKE.equals(activity.getType());
        if (first && fromPerson) {
            workers.submit(lane, () -> message(reference, activity, deliveryId));
        } else if (first && installed(activity)) {
            workers.submit(lane, () -> welcome(reference));
        }
        if (ActivityTypes.INVOKE.equals(activity.getType())) {
            Activity answer = new Activity(ActivityTypes.INVOKE_RESPONSE);
            answer.setValue(new InvokeResponse(200, null));
            return turn.sendActivity(answer).thenApply(sent -> null);
        }
        return CompletableFuture.completedFuture(null);
    }

    private void message(ConversationReference reference, Activity activity, String deliveryId) {
        try {
            AtomicReference<Inbound> inbound = new AtomicReference<>();
            adapter.continueConversation(settings.appId(), reference, turn -> {
                Optional<String> person = identity.personId(turn);
                if (person.isEmpty()) {
                    return turn.sendActivity(Coach.NOT_IN_ORG).thenApply(sent -> null);
                }
                Destination where = place(activity, person.get());
                messenger.remember(TeamsMessenger.addressKey(where), reference);
                inbound(activity, new Origin(person.get(), where, deliveryId)).ifPresent(inbound::set);
                return CompletableFuture.completedFuture(null);
            }).join();
            if (inbound.get() != null) {
                deliver(coach.handle(inbound.get()));
            }
        } catch (RuntimeException e) {
            log.error("Failed to handle Teams activity {}", deliveryId, e);
        }
    }

    private void welcome(ConversationReference reference) {
        try {
            adapter.continueConversation(settings.appId(), reference, turn -> {
                Optional<String> person = identity.personId(turn);
                if (person.isPresent() && !isChannel(turn.getActivity())) {
                    messenger.remember(person.get(), reference);
                }
                return turn.sendActivity(person.isPresent() || isChannel(turn.getActivity()) ? WELCOME : Coach.NOT_IN_ORG)
                        .thenApply(sent -> null);
            }).join();
        } catch (RuntimeException e) {
            log.error("Failed to welcome a Teams conversation", e);
        }
    }

    private static Optional<Inbound> inbound(Activity activity, Origin origin) {
        Optional<CardSubmissions.Submission> submitted = CardSubmissions.read(cardData(activity));
        if (submitted.isPresent()) {
            CardSubmissions.Submission submission = submitted.get();
            if (submission instanceof CardSubmissions.Pressed pressed) {
                MessageRef card = activity.getReplyToId() == null ? null : new MessageRef(origin.place(), activity.getReplyToId());
                return Optional.of(new Inbound.Action(origin, pressed.actionId(), pressed.value(), card));
            }
            CardSubmissions.Submitted form = (CardSubmissions.Submitted) submission;
            return Optional.of(new Inbound.FormSubmission(origin, form.formId(), form.values()));
        }
        if (!ActivityTypes.MESSAGE.equals(activity.getType()) || activity.getText() == null) {
            return Optional.empty();
        }
        if (isChannel(activity) && !mentionsBot(activity)) {
            return Optional.empty();
        }
        String text = Activity.removeRecipientMentionImmutable(activity);
        return Optional.of(new Inbound.Text(origin, (text == null ? activity.getText() : text).strip()));
    }

    /** Action.Submit data arrives as a message's value; an invoke (Action.Execute) wraps it in {@code action.data}. */
    private static Object cardData(Activity activity) {
        if (ActivityTypes.INVOKE.equals(activity.getType()) && activity.getValue() != null) {
            return Serialization.objectToTree(activity.getValue()).path("action").path("data");
        }
        return activity.getValue();
    }

    private void deliver(List<Outgoing> outgoing) {
        for (Outgoing out : outgoing) {
            try {
                if (out instanceof Outgoing.Update update) {
                    messenger.update(update.ref(), update.message());
                } else {
                    Outgoing.Send send = (Outgoing.Send) out;
                    Messenger.Delivery delivery = messenger.send(send.to(), send.message());
                    if (!delivery.delivered()) {
                        log.warn("Teams reply not delivered: {}", delivery.problem());
                    }
                }
            } catch (RuntimeException e) {
                log.error("Failed to deliver a Teams reply", e);
            }
        }
    }

    /** A personal chat is the person's DM; a channel or group chat is its own conversation. */
    private static Destination place(Activity activity, String personId) {
        return isChannel(activity) ? new Destination.Channel(activity.getConversation().getId()) : Destination.dm(personId);
    }

    private static boolean isChannel(Activity activity) {
        String type = activity.getConversation() == null ? null : activity.getConversation().getConversationType();
        return "channel".equals(type) || "groupChat".equals(type);
    }

    private static boolean mentionsBot(Activity activity) {
        ChannelAccount bot = activity.getRecipient();
        return bot != null && activity.getText() != null && activity.getEntities() != null && activity.getEntities().stream()
                .anyMatch(entity -> "mention".equals(entity.getType()) && entity.getProperties() != null
                        && String.valueOf(entity.getProperties().get("mentioned")).contains(bot.getId()));
    }

    private static boolean installed(Activity activity) {
        if (ActivityTypes.INSTALLATION_UPDATE.equals(activity.getType())) {
            return "add".equals(activity.getAction());
        }
        if (!ActivityTypes.CONVERSATION_UPDATE.equals(activity.getType()) || activity.getMembersAdded() == null) {
            return false;
        }
        String bot = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        return activity.getMembersAdded().stream().anyMatch(member -> member.getId() != null && member.getId().equals(bot));
    }

    @Override
    public void close() {
        workers.close();
    }
}
