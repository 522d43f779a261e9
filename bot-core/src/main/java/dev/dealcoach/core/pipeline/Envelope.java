package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Platform;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing to deliver, queued in the {@link Outbox}.
 *
 * @param key      idempotency key: the same key queued twice is delivered once
 *                 ({@code reply:slack:Ev123:0}, {@code checkin:daily-activity:ria:2026-12-01:0})
 * @param via      the platform to use, or null to route a DM by person (their preferred platform)
 */
public record Envelope(String key, Outgoing outgoing, Platform via, Instant queuedAt) {

    public Envelope {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(outgoing, "outgoing");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }

    /**
     * Who or what it goes to, for ordering: everything to one person (or one channel) is delivered
     * in the order it was queued, and a wait for one recipient delays nobody else.
     */
    public String recipient() {
        Destination to = outgoing instanceof Outgoing.Update update ? update.ref().destination() : ((Outgoing.Send) outgoing).to();
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
