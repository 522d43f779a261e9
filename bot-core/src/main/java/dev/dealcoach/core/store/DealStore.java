package dev.dealcoach.core.store;

import dev.dealcoach.core.model.Deal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Keeps deals by id. */
public interface DealStore {

    /** Replaces every stored deal with {@code deals}, in one step: readers see the old set or the new one. */
    void replaceAll(Collection<Deal> deals);

    /** Adds the deal or replaces the one with its id. */
    void save(Deal deal);

    Optional<Deal> find(String id);

    /** Every deal, ordered by id. */
    List<Deal> all();

    /** The deals owned by {@code personId}, ordered by id. */
    List<Deal> ownedBy(String personId);
}
