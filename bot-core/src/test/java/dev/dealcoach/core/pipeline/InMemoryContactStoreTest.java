package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;

class InMemoryContactStoreTest extends ContactStoreContract {

    @Override
    protected Stores createEmptyStores() {
        return new InMemoryStores(MutableClock.at("2026-12-01T09:00:00Z"));
    }
}
