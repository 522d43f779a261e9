package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.StartResult;
import java.time.Clock;
import java.util.List;

/**
 * The bot speaking first: starts a flow in a person's DM, a channel or a thread, or sends a
 * message, once per key, through the {@link Outbox}. Scheduled check-ins and alerts call this.
 */
public final class Outreach {

    private final Coach coach;
    private final Outbox outbox;
    private final Clock clock;

    public Outreach(Coach coach, Outbox outbox, Clock clock) {
        this.coach = coach;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Starts the flow once per {@code key} ({@code checkin:daily-activity:ria:2026-12-01}); its first
     * messages are queued under the same key. A retry while the flow waits queues its current
     * question under that key again, so a start whose queuing failed still reaches the person, and
     * one that got through is not sent twice.
     */
    public StartResult start(String personId, Destination place, CommandHandler.StartFlow flow, String key) {
        return startQueued(personId, place, flow, key).result();
    }

    /** What {@link #start} did, and whether it queued anything new: a start whose first queuing failed is queued now. */
    public record Start(StartResult result, boolean queued) {
    }

    /** As {@link #start}, saying also whether anything new went into the outbox. */
    public Start startQueued(String personId, Destination place, CommandHandler.StartFlow flow, String key) {
        StartResult result = coach.start(personId, place, flow, key);
        boolean queued = false;
        if (result instanceof StartResult.Started started) {
            queued = queue(key, started.messages());
        } else if (result instanceof StartResult.AlreadyStarted again && !again.current().isEmpty()) {
            // Under the same key: dropped by the outbox if the first start's messages were queued, sent if they were not.
            queued = queue(key, again.current());
        }
        return new Start(result, queued);
    }

    /** Sends messages nobody asked for just now (an alert, a digest), once per {@code key}; false when all were queued before. */
    public boolean send(String key, List<Outgoing> messages) {
        return queue(key, messages);
    }

    private boolean queue(String key, List<Outgoing> messages) {
        boolean any = false;
        for (Envelope envelope : Envelope.perRecipient(key, messages, out -> null, clock.instant())) {
            any |= outbox.enqueue(envelope);
        }
        return any;
    }
}
