package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.pipeline.DeliveryOutcome;
import dev.dealcoach.core.pipeline.Envelope;
import dev.dealcoach.core.pipeline.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The outbox of one process, behaving as the Redis one does: keys and outcomes are remembered for
 * {@link #KEY_MEMORY} and claims are abandoned after {@code abandonedAfter}, both as the injected
 * clock tells time; a claim's wait for new envelopes is real time.
 */
final class InMemoryOutbox implements Outbox {

    /** One queued envelope; {@code worker} is null until it is first claimed. */
    private static final class Entry {
        private final String id;
        private final Envelope envelope;
        private String worker;
        private Instant heldSince;
        private int deliveries;

        private Entry(String id, Envelope envelope) {
            this.id = id;
            this.envelope = envelope;
        }

        private Claim claimBy(String claimer, Instant now) {
            worker = claimer;
            heldSince = now;
            deliveries++;
            return new Claim(id, envelope, deliveries);
        }
    }

    private record Kept(DeliveryOutcome outcome, Instant expiresAt) {
    }

    private static final int PURGE_EVERY = 1024;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    /** In queue order. */
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Map<String, Instant> keyExpiries = new HashMap<>();
    private final Map<String, Kept> outcomes = new HashMap<>();
    private final Clock clock;
    private long lastId;
    private long writes;

    InMemoryOutbox(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean enqueue(Envelope envelope) {
        lock.lock();
        try {
            Instant now = clock.instant();
            Instant expiresAt = keyExpiries.get(envelope.key());
            if (expiresAt != null && now.isBefore(expiresAt)) {
                return false;
            }
            keyExpiries.put(envelope.key(), now.plus(KEY_MEMORY));
            String id = Long.toString(++lastId);
            entries.put(id, new Entry(id, envelope));
            queued.signalAll();
            purgeNowAndThen(now);
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<Claim> claim(String worker, int max, Duration wait, Duration abandonedAfter) {
        if (max < 1) {
            throw new IllegalArgumentException("claim at least one envelope, not " + max);
        }
        lock.lock();
        try {
            long nanosLeft = wait.toNanos();
            while (true) {
                List<Claim> claims = take(worker, max, abandonedAfter);
                if (!claims.isEmpty() || nanosLeft <= 0) {
                    return claims;
                }
                nanosLeft = queued.awaitNanos(nanosLeft);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            lock.unlock();
        }
    }

    /** Abandoned entries first, then new ones, each group in queue order. */
    private List<Claim> take(String worker, int max, Duration abandonedAfter) {
        Instant now = clock.instant();
        List<Claim> claims = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (claims.size() < max && entry.worker != null && !now.isBefore(entry.heldSince.plus(abandonedAfter))) {
                claims.add(entry.claimBy(worker, now));
            }
        }
        for (Entry entry : entries.values()) {
            if (claims.size() < max && entry.worker == null) {
                claims.add(entry.claimBy(worker, now));
            }
        }
        return claims;
    }

    @Override
    public Set<String> touch(String worker, List<Claim> claims) {
        lock.lock();
        try {
            Instant now = clock.instant();
            Set<String> lost = new HashSet<>();
            for (Claim claim : claims) {
                Entry entry = entries.get(claim.id());
                if (entry != null && worker.equals(entry.worker)) {
                    entry.heldSince = now;
                } else {
                    lost.add(claim.id());
                }
            }
            return lost;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void release(String worker, List<Claim> claims) {
        lock.lock();
        try {
            for (Claim claim : claims) {
                Entry entry = entries.get(claim.id());
                if (entry != null && worker.equals(entry.worker)) {
                    entry.heldSince = Instant.EPOCH;
                }
            }
            queued.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A second completion of one entry (by a worker that lost it, say) changes nothing: the first outcome stands. */
    @Override
    public void complete(Claim claim, DeliveryOutcome outcome) {
        String key = claim.envelope().key();
        if (!key.equals(outcome.key())) {
            throw new IllegalArgumentException("the outcome of " + outcome.key() + " does not belong to envelope " + key);
        }
        lock.lock();
        try {
            if (entries.remove(claim.id()) != null) {
                Instant now = clock.instant();
                outcomes.put(key, new Kept(outcome, now.plus(KEY_MEMORY)));
                purgeNowAndThen(now);
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<DeliveryOutcome> outcome(String key) {
        lock.lock();
        try {
            Kept kept = outcomes.get(key);
            return kept == null || !clock.instant().isBefore(kept.expiresAt()) ? Optional.empty() : Optional.of(kept.outcome());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long pending() {
        lock.lock();
        try {
            return entries.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<Instant> oldestQueuedAt() {
        lock.lock();
        try {
            return entries.values().stream().findFirst().map(entry -> entry.envelope.queuedAt());
        } finally {
            lock.unlock();
        }
    }

    private void purgeNowAndThen(Instant now) {
        if (++writes % PURGE_EVERY == 0) {
            keyExpiries.values().removeIf(expiresAt -> !now.isBefore(expiresAt));
            outcomes.values().removeIf(kept -> !now.isBefore(kept.expiresAt()));
        }
    }

    /** The kept outcomes of envelopes whose key ends with {@code suffix}. */
    List<DeliveryOutcome> outcomesEndingWith(String suffix) {
        lock.lock();
        try {
            Instant now = clock.instant();
            return outcomes.entrySet().stream().filter(e -> e.getKey().endsWith(suffix) && now.isBefore(e.getValue().expiresAt()))
                    .map(e -> e.getValue().outcome()).toList();
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the outcomes and queued keys of envelopes whose key ends with {@code suffix}. */
    void forgetEndingWith(String suffix) {
        lock.lock();
        try {
            outcomes.keySet().removeIf(key -> key.endsWith(suffix));
            keyExpiries.keySet().removeIf(key -> key.endsWith(suffix));
        } finally {
            lock.unlock();
        }
    }

    /** Drops the outcomes recorded before {@code cutoff}; how many. */
    int prune(Instant cutoff) {
        lock.lock();
        try {
            int before = outcomes.size();
            outcomes.values().removeIf(kept -> kept.outcome().at().isBefore(cutoff));
            return before - outcomes.size();
        } finally {
            lock.unlock();
        }
    }
}
