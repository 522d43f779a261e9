package dev.dealcoach.core.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The durable queue of everything the bot says. Queuing is idempotent per key; envelopes are
 * claimed by delivery workers and stay claimed (not lost) until completed, so a stopped worker's
 * envelopes are taken over by another after {@code abandonedAfter}. With Redis: a stream with a
 * consumer group shared by every app instance.
 */
public interface Outbox {

    /** How long a key is remembered: the same key queued again within it is ignored. */
    Duration KEY_MEMORY = Duration.ofDays(8);

    /**
     * One envelope held by one worker.
     *
     * @param id         the queue's own id of this envelope
     * @param deliveries how many times it has been claimed, this time included (more than 1 after a takeover)
     */
    record Claim(String id, Envelope envelope, int deliveries) {
    }

    /** Queues the envelope unless its key was queued within {@link #KEY_MEMORY}; atomically across instances. */
    boolean enqueue(Envelope envelope);

    /**
     * Up to {@code max} envelopes for {@code worker}, oldest first: envelopes claimed by a worker
     * that has not touched them for {@code abandonedAfter}, then new ones. Waits up to {@code wait}
     * when there are none.
     */
    List<Claim> claim(String worker, int max, Duration wait, Duration abandonedAfter);

    /**
     * {@code worker} still holds these (for instance while waiting out a rate limit): not abandoned.
     *
     * @return the ids of those it no longer holds (another worker took them over, or they were completed): drop them
     */
    Set<String> touch(String worker, List<Claim> claims);

    /**
     * Hands back claims {@code worker} holds but will not deliver (it is stopping): any worker may
     * claim them at once, instead of after {@code abandonedAfter}. Claims it no longer holds are left alone.
     */
    void release(String worker, List<Claim> claims);

    /** Records the outcome and removes the envelope from the queue, in one step. */
    void complete(Claim claim, DeliveryOutcome outcome);

    Optional<DeliveryOutcome> outcome(String key);

    /** Envelopes queued and not yet completed. */
    long pending();

    /** When the oldest envelope not yet completed was queued; empty when there is none. */
    java.util.Optional<java.time.Instant> oldestQueuedAt();
}
