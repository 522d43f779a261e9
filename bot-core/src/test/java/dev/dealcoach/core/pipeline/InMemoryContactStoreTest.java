package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.store.memory.InMemoryStores;

class InMemoryContactStoreTest extends ContactStoreContract {

    @Override
    protected PipelineStores createEmptyStores() {
        return new InMemoryStores(MutableClock.at("2026-12-01T09:00:00Z"));
    }
}
