package dev.dealcoach.core.backend;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.time.Duration;

class InMemoryStoresTest extends StoreContract {

    private final MutableClock clock = MutableClock.at("2026-11-23T09:00:00Z");

    @Override
    protected Stores createEmptyStores() {
        return new InMemoryStores(clock);
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }
}
