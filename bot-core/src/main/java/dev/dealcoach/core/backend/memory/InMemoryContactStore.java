package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.pipeline.ContactStore;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryContactStore implements ContactStore {

    private final Map<String, Platform> preferred = new ConcurrentHashMap<>();
    private final Map<String, Platform> last = new ConcurrentHashMap<>();

    @Override
    public void prefer(String personId, Optional<Platform> platform) {
        Objects.requireNonNull(personId, "personId");
        platform.ifPresentOrElse(chosen -> preferred.put(personId, chosen), () -> preferred.remove(personId));
    }

    @Override
    public Optional<Platform> preferred(String personId) {
        return Optional.ofNullable(preferred.get(personId));
    }

    @Override
    public void talkedOn(String personId, Platform platform) {
        last.put(Objects.requireNonNull(personId, "personId"), Objects.requireNonNull(platform, "platform"));
    }

    @Override
    public Optional<Platform> lastTalkedOn(String personId) {
        return Optional.ofNullable(last.get(personId));
    }

    void forget(String personId) {
        preferred.remove(personId);
        last.remove(personId);
    }
}
