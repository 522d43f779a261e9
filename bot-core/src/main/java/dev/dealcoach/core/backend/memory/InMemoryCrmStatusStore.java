package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.crm.CrmStatus;
import dev.dealcoach.core.crm.CrmStatusStore;
import java.util.concurrent.atomic.AtomicReference;

final class InMemoryCrmStatusStore implements CrmStatusStore {

    private final AtomicReference<CrmStatus> status = new AtomicReference<>(CrmStatus.NEVER);

    @Override
    public CrmStatus load() {
        return status.get();
    }

    @Override
    public void save(CrmStatus status) {
        this.status.set(status);
    }
}
