package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.schedule.PreferenceStore;
import dev.dealcoach.core.schedule.Preferences;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryPreferenceStore implements PreferenceStore {

    private final Map<String, Preferences> preferences = new ConcurrentHashMap<>();

    @Override
    public Preferences of(String personId) {
        return preferences.getOrDefault(personId, Preferences.NONE);
    }

    @Override
    public Map<String, Preferences> all() {
        return Map.copyOf(preferences);
    }

    @Override
    public void save(String personId, Preferences saved) {
        Objects.requireNonNull(personId, "personId");
        if (saved.equals(Preferences.NONE)) {
            preferences.remove(personId);
        } else {
            preferences.put(personId, saved);
        }
    }

    void forget(String personId) {
        preferences.remove(personId);
    }
}
