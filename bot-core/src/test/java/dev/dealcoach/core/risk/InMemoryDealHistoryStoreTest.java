package dev.dealcoach.core.risk;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.time.Clock;

class InMemoryDealHistoryStoreTest extends DealHistoryStoreContract {

    @Override
    protected Stores createEmptyStores() {
        return new InMemoryStores(Clock.systemUTC());
    }
}
