package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.store.IdempotencyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

final class InMemoryIdempotencyStore implements IdempotencyStore {

    private static final int PURGE_EVERY = 1024;

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final Clock clock;

    InMemoryIdempotencyStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean markFirst(String key, Duration timeToLive) {
        Instant now = clock.instant();
        AtomicBoolean first = new AtomicBoolean(false);
        expiries.compute(key, (k, expiresAt) -> {
            if (expiresAt != null && now.isBefore(expiresAt)) {
                return expiresAt;
            }
            first.set(true);
            return now.plus(timeToLive);
        });
        if (calls.incrementAndGet() % PURGE_EVERY == 0) {
            expiries.values().removeIf(expiresAt -> !now.isBefore(expiresAt));
        }
        return first.get();
    }

    @Override
    public boolean marked(String key) {
        Instant expiresAt = expiries.get(key);
        return expiresAt != null && clock.instant().isBefore(expiresAt);
    }
}
