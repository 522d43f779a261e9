package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.store.OrgStore;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

final class InMemoryOrgStore implements OrgStore {

    private final AtomicReference<Org> org = new AtomicReference<>();

    @Override
    public void save(Org org) {
        this.org.set(org);
    }

    @Override
    public Optional<Org> load() {
        return Optional.ofNullable(org.get());
    }
}
