package dev.dealcoach.core.forecast;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.memory.InMemoryStores;

class InMemoryDealTotalsTest extends DealTotalsContract {

    @Override
    protected Stores createEmptyStores() {
        return new InMemoryStores(MutableClock.at("2026-11-23T09:00:00Z"));
    }
}
