package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.risk.DealChange;
import dev.dealcoach.core.risk.DealHistoryStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class InMemoryDealHistoryStore implements DealHistoryStore {

    private final Map<String, List<DealChange>> changes = new HashMap<>();

    @Override
    public synchronized void append(List<DealChange> added) {
        added.forEach(change -> changes.computeIfAbsent(change.dealId(), id -> new ArrayList<>()).add(change));
    }

    @Override
    public synchronized Map<String, List<DealChange>> of(Collection<String> dealIds) {
        Map<String, List<DealChange>> found = new HashMap<>();
        dealIds.forEach(id -> {
            if (changes.containsKey(id)) {
                found.put(id, List.copyOf(changes.get(id)));
            }
        });
        return found;
    }

    /** Drops the changes made before {@code cutoff}; how many. */
    synchronized int prune(java.time.LocalDate cutoff) {
        int before = size();
        changes.values().forEach(list -> list.removeIf(change -> change.on().isBefore(cutoff)));
        changes.values().removeIf(List::isEmpty);
        return before - size();
    }

    private int size() {
        return changes.values().stream().mapToInt(List::size).sum();
    }
}
