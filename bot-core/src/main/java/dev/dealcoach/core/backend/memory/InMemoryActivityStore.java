package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.activity.ActivityLog;
import dev.dealcoach.core.activity.ActivityStore;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryActivityStore implements ActivityStore {

    private final Map<String, Map<LocalDate, ActivityLog>> logs = new ConcurrentHashMap<>();

    @Override
    public void add(String personId, LocalDate date, ActivityLog logged) {
        logs.computeIfAbsent(personId, p -> new ConcurrentHashMap<>()).merge(date, logged, ActivityLog::plus);
    }

    @Override
    public Map<LocalDate, ActivityLog> between(String personId, LocalDate from, LocalDate to, Currency currency) {
        Map<LocalDate, ActivityLog> found = new TreeMap<>();
        logs.getOrDefault(personId, Map.of()).forEach((date, log) -> {
            if (!date.isBefore(from) && !date.isAfter(to) && log.newPipeline().currency().equals(currency)) {
                found.put(date, log);
            }
        });
        return found;
    }

    void forget(String personId) {
        logs.remove(personId);
    }

    /** Drops the days before {@code cutoff}; how many. */
    int prune(LocalDate cutoff) {
        int[] dropped = {0};
        logs.values().forEach(days -> days.keySet().removeIf(date -> {
            boolean old = date.isBefore(cutoff);
            dropped[0] += old ? 1 : 0;
            return old;
        }));
        return dropped[0];
    }
}
