package dev.dealcoach.core.privacy;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.time.Clock;

class InMemoryRecordKeepingTest extends RecordKeepingContract {

    @Override
    protected Stores createEmptyStores() {
        return new InMemoryStores(Clock.systemUTC());
    }
}
