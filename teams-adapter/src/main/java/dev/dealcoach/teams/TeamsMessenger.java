package dev.dealcoach.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.restclient.RestException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.TextFormatTypes;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.store.ChannelAddress;
import dev.dealcoach.core.store.ChannelAddressStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends core messages to Teams as Adaptive Cards through stored conversation references. A send
 * tries once: Teams' throttling answers (429, 412, 502, 504) come back as {@link RetryLater}, with
 * Teams' {@code Retry-After} or a back-off with jitter, for the outbox to schedule. A 403 or 404
 * means the app was removed: the reference is marked stale and the recipient is unreachable here.
 */
final class TeamsMessenger implements Messenger {

    static final String PLATFORM = Platform.TEAMS.id();
    static final int MAX_ATTEMPTS = 4;
    /** The longest the rest of a long message waits in place for Teams; the outbox waits whatever Teams asks. */
    private static final Duration LONGEST_WAIT_IN_PLACE = Duration.ofSeconds(30);
    private static final Set<Integer> RETRIED = Set.of(429, 412, 502, 504);
    private static final Logger log = LoggerFactory.getLogger(TeamsMessenger.class);

    private final BotFrameworkAdapter adapter;
    private final String appId;
    private final ChannelAddressStore addresses;
    private final Clock clock;
    private final Duration backoff;
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    TeamsMessenger(BotFrameworkAdapter adapter, String appId, ChannelAddressStore addresses, Clock clock, Duration backoff) {
        this.adapter = adapter;
        this.appId = appId;
        this.addresses = addresses;
        this.clock = clock;
        this.backoff = backoff;
    }

    /** The address key of a destination: the person for a DM, else the Teams conversation. */
    static String addressKey(Destination to) {
        if (to instanceof Destination.DirectMessage dm) {
            return dm.personId();
        }
        return "channel:" + (to instanceof Destination.Channel channel ? channel.channelId() : ((Destination.Thread) to).channelId());
    }

    @Override
    public Platform platform() {
        return Platform.TEAMS;
    }

    /** Someone Teams can reach: DealCoach has their personal chat's reference, not marked stale. */
    @Override
    public boolean reaches(String personId) {
        return addresses.find(PLATFORM, personId).filter(a -> !a.stale()).isPresent();
    }

    /** Keeps the newest reference: the service URL can change between activities. */
    void remember(String key, ConversationReference reference) {
        addresses.save(new ChannelAddress(PLATFORM, key, Serialization.toStringSilent(reference), false, clock.instant()));
    }

    @Override
    public Delivery send(Destination to, Message message) {
        Optional<ChannelAddress> address = addresses.find(PLATFORM, addressKey(to)).filter(a -> !a.stale());
        if (address.isEmpty()) {
            return new Unreachable("not reachable on Teams: DealCoach is not installed for them yet");
        }
        ConversationReference reference = reference(address.get());
        List<AdaptiveCardRenderer.Card> cards = renderer.cards(message);
        if (cards.isEmpty()) {
            return new Failed("nothing to send");
        }
        String first;
        try {
            first = sendOnce(reference, activity(cards.get(0)));
        } catch (CompletionException | RestException e) {
            return refusal(e, address.get());
        }
        for (AdaptiveCardRenderer.Card card : cards.subList(1, cards.size())) {
            try {
                // The rest follow the first at once: waiting for the outbox could let another message in between.
                withRetries("send", () -> sendOnce(reference, activity(card)));
            } catch (TeamsCallFailed e) {
                log.warn("Teams: the rest of a long message was not sent: {}", e.getMessage());
                break;
            }
        }
        return new Delivered(new MessageRef(Platform.TEAMS, to, first == null ? "" : first));
    }

    @Override
    public Delivery update(MessageRef ref, Message message) {
        Optional<ChannelAddress> address = addresses.find(PLATFORM, addressKey(ref.destination())).filter(a -> !a.stale());
        List<AdaptiveCardRenderer.Card> cards = renderer.cards(message);
        if (address.isEmpty()) {
            return new Unreachable("not reachable on Teams: no conversation reference");
        }
        if (cards.isEmpty()) {
            return new Failed("nothing to send");
        }
        Activity activity = activity(cards.get(0));
        activity.setId(ref.platformId());
        ConversationReference reference = reference(address.get());
        try {
            adapter.continueConversation(appId, reference, turn -> turn.updateActivity(activity).thenApply(r -> null)).join();
            return new Delivered(ref);
        } catch (CompletionException | RestException e) {
            return refusal(e, address.get());
        }
    }

    /** What a failed call means: try later when Teams throttles, unreachable when the app was removed, else failed. */
    private Delivery refusal(RuntimeException e, ChannelAddress address) {
        RestException rest = restException(e);
        int status = rest == null || rest.response() == null ? 0 : rest.response().code();
        if (RETRIED.contains(status)) {
            Duration wait = retryAfter(rest).orElse(backoff).plusMillis(ThreadLocalRandom.current().nextLong(backoff.toMillis() / 2 + 1));
            return new RetryLater(wait, status == 429, "Teams: HTTP " + status);
        }
        if (status == 403 || status == 404) {
            addresses.save(address.asStale());
            return new Unreachable("not reachable on Teams: DealCoach was removed from that conversation");
        }
        log.warn("Teams call failed with HTTP {}", status);
        return new Failed("Teams: HTTP " + status);
    }

    /** One activity into the conversation the reference points at; its id, as the connector gave it. */
    private String sendOnce(ConversationReference reference, Activity activity) {
        AtomicReference<String> id = new AtomicReference<>();
        adapter.continueConversation(appId, reference, turn -> turn.sendActivity(activity).thenAccept((ResourceResponse r) -> {
            if (r != null) {
                id.set(r.getId());
            }
        })).join();
        return id.get();
    }

    /**
     * The card alone, with the plain text as its summary (what notifications show): Teams shows text
     * and a card in one activity as two messages.
     */
    private Activity activity(AdaptiveCardRenderer.Card card) {
        Activity activity = Activity.createMessageActivity();
        activity.setSummary(card.fallbackText());
        activity.setTextFormat(TextFormatTypes.PLAIN);
        activity.setAttachments(List.of(AdaptiveCardRenderer.attachment(card.content())));
        return activity;
    }

    private <T> T withRetries(String what, Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            int status;
            Duration wait;
            try {
                return call.get();
            } catch (CompletionException | RestException e) {
                RestException rest = restException(e);
                status = rest == null || rest.response() == null ? 0 : rest.response().code();
                if (!RETRIED.contains(status) || attempt >= MAX_ATTEMPTS) {
                    log.warn("Teams {} failed with HTTP {}", what, status);
                    throw new TeamsCallFailed("Teams " + what, status, e);
                }
                wait = retryAfter(rest).filter(after -> after.compareTo(LONGEST_WAIT_IN_PLACE) <= 0)
                        .orElse(backoff.multipliedBy(1L << (attempt - 1)))
                        .plusMillis(ThreadLocalRandom.current().nextLong(backoff.toMillis() / 2 + 1));
            }
            log.info("Teams {} answered HTTP {}; retrying in {} ms", what, status, wait.toMillis());
            sleep(wait);
        }
    }

    private static RestException restException(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RestException rest) {
                return rest;
            }
        }
        return null;
    }

    private static Optional<Duration> retryAfter(RestException e) {
        String header = e.response().headers().get("Retry-After");
        try {
            return header == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.min(Long.parseLong(header.trim()), 900)));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    private static ConversationReference reference(ChannelAddress address) {
        try {
            return Serialization.treeToValue(Serialization.jsonToTree(address.data()), ConversationReference.class);
        } catch (IOException e) {
            throw new IllegalStateException("stored Teams conversation reference is not readable", e);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TeamsCallFailed("retry", 0, e);
        }
    }
}
