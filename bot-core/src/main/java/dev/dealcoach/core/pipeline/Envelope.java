package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Objects;

/**
 * What to deliver to one recipient, queued in the {@link Outbox}: the messages of one turn go
 * together, in order, so that two app instances cannot deliver a question before its intro.
 *
 * @param key      idempotency key: the same key queued twice is delivered once
 *                 ({@code reply:slack:Ev123:person:ria}, {@code checkin:daily-activity:ria:2026-12-01})
 * @param messages sends and updates, all to the same {@link #recipient()}
 * @param via      the platform to use, or null to reach a person's DM on their preferred platform
 */
public record Envelope(String key, List<Outgoing> messages, Platform via, Instant queuedAt) {

    public Envelope {
        Objects.requireNonNull(key, "key");
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("an envelope needs at least one message");
        }
        Objects.requireNonNull(queuedAt, "queuedAt");
        String recipient = recipient(messages.get(0));
        if (messages.stream().anyMatch(m -> !recipient(m).equals(recipient))) {
            throw new IllegalArgumentException("an envelope goes to one recipient");
        }
    }

    /**
     * Who or what it goes to, for ordering: everything to one person (or one channel) is delivered
     * in the order it was queued, and a wait for one recipient delays nobody else.
     */
    public String recipient() {
        return recipient(messages.get(0));
    }

    /**
     * The outgoing messages of one turn as one envelope per recipient, in order, each keyed
     * {@code keyPrefix:recipient}.
     */
    public static List<Envelope> perRecipient(String keyPrefix, List<Outgoing> messages, Function<Outgoing, Platform> via,
                                              Instant now) {
        Map<String, List<Outgoing>> byRecipient = new LinkedHashMap<>();
        Map<String, Platform> platforms = new LinkedHashMap<>();
        for (Outgoing out : messages) {
            byRecipient.computeIfAbsent(recipient(out), r -> new ArrayList<>()).add(out);
            platforms.putIfAbsent(recipient(out), via.apply(out));
        }
        return byRecipient.entrySet().stream()
                .map(e -> new Envelope(keyPrefix + ":" + e.getKey(), e.getValue(), platforms.get(e.getKey()), now))
                .toList();
    }

    public static String recipient(Outgoing outgoing) {
        if (outgoing instanceof Outgoing.Write write) {
            return "crm:" + write.dealId();
        }
        return recipient(outgoing instanceof Outgoing.Update update ? update.ref().destination() : ((Outgoing.Send) outgoing).to());
    }

    /** Who or what a place is, as {@link #recipient()} names it: a person, or a channel on its platform. */
    public static String recipient(Destination to) {
        if (to instanceof Destination.DirectMessage dm) {
            return "person:" + dm.personId();
        }
        if (to instanceof Destination.Channel channel) {
            return channel.platform().id() + ":" + channel.channelId();
        }
        Destination.Thread thread = (Destination.Thread) to;
        return thread.platform().id() + ":" + thread.channelId();
    }
}
