package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.risk.RiskStore;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryRiskStore implements RiskStore {

    private final Map<String, String> alerted = new ConcurrentHashMap<>();
    private final Map<String, LocalDate> snoozed = new ConcurrentHashMap<>();
    private final Map<String, String> dismissed = new ConcurrentHashMap<>();
    private final Map<String, Integer> sent = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> alertedDeals = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> actedDeals = new ConcurrentHashMap<>();
    private final Set<String> morningDigest = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> held = new ConcurrentHashMap<>();

    @Override
    public Optional<String> alerted(String dealId) {
        return Optional.ofNullable(alerted.get(dealId));
    }

    @Override
    public boolean markAlerted(String dealId, String state) {
        return !state.equals(alerted.put(dealId, state));
    }

    @Override
    public void clear(String dealId) {
        alerted.remove(dealId);
    }

    @Override
    public void snooze(String dealId, LocalDate until) {
        snoozed.put(dealId, until);
    }

    @Override
    public Optional<LocalDate> snoozedUntil(String dealId) {
        return Optional.ofNullable(snoozed.get(dealId));
    }

    @Override
    public void dismiss(String dealId, String facts) {
        dismissed.put(dealId, facts);
    }

    @Override
    public Optional<String> dismissed(String dealId) {
        return Optional.ofNullable(dismissed.get(dealId));
    }

    @Override
    public void recordAlerted(String managerId, String quarter, String dealId) {
        alertedDeals.computeIfAbsent(managerId + "|" + quarter, k -> ConcurrentHashMap.newKeySet()).add(dealId);
    }

    @Override
    public void recordActed(String managerId, String quarter, String dealId) {
        actedDeals.computeIfAbsent(managerId + "|" + quarter, k -> ConcurrentHashMap.newKeySet()).add(dealId);
    }

    @Override
    public AlertRecord record(String managerId, String quarter) {
        Set<String> alerted = Set.copyOf(alertedDeals.getOrDefault(managerId + "|" + quarter, Set.of()));
        Set<String> acted = new HashSet<>(actedDeals.getOrDefault(managerId + "|" + quarter, Set.of()));
        acted.retainAll(alerted);
        return new AlertRecord(alerted, Set.copyOf(acted));
    }

    @Override
    public int countAlert(String managerId, LocalDate date) {
        return sent.merge(managerId + "|" + date, 1, Integer::sum);
    }

    @Override
    public void morningDigest(String managerId, boolean on) {
        if (on) {
            morningDigest.add(managerId);
        } else {
            morningDigest.remove(managerId);
        }
    }

    @Override
    public Set<String> morningDigestManagers() {
        return Set.copyOf(morningDigest);
    }

    @Override
    public void hold(String managerId, String dealId) {
        held.computeIfAbsent(managerId, k -> ConcurrentHashMap.newKeySet()).add(dealId);
    }

    @Override
    public Set<String> takeHeld(String managerId) {
        Set<String> taken = held.remove(managerId);
        return taken == null ? Set.of() : Set.copyOf(taken);
    }

    /** The manager's morning digest choice, held alerts and alert records. */
    void forget(String managerId) {
        morningDigest.remove(managerId);
        held.remove(managerId);
        alertedDeals.keySet().removeIf(key -> key.startsWith(managerId + "|"));
        actedDeals.keySet().removeIf(key -> key.startsWith(managerId + "|"));
    }

    /** Drops the alert records of quarters before {@code cutoff}; how many. */
    int prune(String cutoff) {
        int before = alertedDeals.size() + actedDeals.size();
        java.util.function.Predicate<String> old = key -> key.substring(key.lastIndexOf('|') + 1).compareTo(cutoff) < 0;
        alertedDeals.keySet().removeIf(old);
        actedDeals.keySet().removeIf(old);
        return before - alertedDeals.size() - actedDeals.size();
    }
}
