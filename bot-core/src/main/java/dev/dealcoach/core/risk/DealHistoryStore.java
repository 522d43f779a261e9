package dev.dealcoach.core.risk;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Keeps each deal's changes between loads, oldest first. */
public interface DealHistoryStore {

    void append(List<DealChange> changes);

    /** The changes of each of {@code dealIds} that has any, oldest first, in one read where the store can. */
    Map<String, List<DealChange>> of(Collection<String> dealIds);
}
