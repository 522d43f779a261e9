package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.risk.RiskStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryRiskStore implements RiskStore {

    private final Map<String, String> alerted = new ConcurrentHashMap<>();

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
}
