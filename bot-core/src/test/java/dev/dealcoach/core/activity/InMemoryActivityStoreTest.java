package dev.dealcoach.core.activity;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.time.Clock;

class InMemoryActivityStoreTest extends ActivityStoreContract {

    @Override
    protected Stores createEmptyStores() {
        return new InMemoryStores(Clock.systemUTC());
    }
}
