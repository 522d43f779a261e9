package dev.dealcoach.core.crm;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.time.Duration;

class InMemoryCrmStoresTest extends CrmStoresContract {

    private final MutableClock clock = MutableClock.at("2026-12-01T10:00:00Z");

    @Override
    protected Stores createEmptyStores() {
        return new InMemoryStores(clock);
    }

    @Override
    protected void pass(Duration time) {
        clock.set(clock.instant().plus(time));
    }
}
