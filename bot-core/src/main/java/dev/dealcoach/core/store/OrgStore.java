package dev.dealcoach.core.store;

import dev.dealcoach.core.model.Org;
import java.util.Optional;

/** Keeps the org (people, fiscal calendar, currency) as one consistent whole. */
public interface OrgStore {

    /** Replaces the stored org in one step. */
    void save(Org org);

    Optional<Org> load();
}
