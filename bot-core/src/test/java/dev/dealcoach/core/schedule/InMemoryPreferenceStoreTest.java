package dev.dealcoach.core.schedule;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.time.Clock;

class InMemoryPreferenceStoreTest extends PreferenceStoreContract {

    @Override
    protected Stores createEmptyStores() {
        return new InMemoryStores(Clock.systemUTC());
    }
}
