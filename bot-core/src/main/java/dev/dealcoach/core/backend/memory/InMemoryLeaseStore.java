package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.store.LeaseStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryLeaseStore implements LeaseStore {

    private record Lease(String holder, Instant until) {
    }

    private final Map<String, Lease> leases = new ConcurrentHashMap<>();
    private final Clock clock;

    InMemoryLeaseStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean acquire(String name, String holder, Duration ttl) {
        Instant now = clock.instant();
        Lease mine = new Lease(holder, now.plus(ttl));
        return leases.compute(name, (key, held) -> held == null || !held.until().isAfter(now) || held.holder().equals(holder) ? mine : held)
                == mine;
    }

    @Override
    public void release(String name, String holder) {
        leases.computeIfPresent(name, (key, held) -> held.holder().equals(holder) ? null : held);
    }
}
