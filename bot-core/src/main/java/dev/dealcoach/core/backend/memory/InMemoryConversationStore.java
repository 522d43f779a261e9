package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.conversation.ConversationState;
import dev.dealcoach.core.conversation.ConversationStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

final class InMemoryConversationStore implements ConversationStore {

    private record Entry(ConversationState state, Instant expiresAt) {
    }

    private static final int PURGE_EVERY = 1024;

    private final Map<ConversationKey, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong saves = new AtomicLong();
    private final Clock clock;

    InMemoryConversationStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<ConversationState> find(ConversationKey key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.state());
    }

    @Override
    public void save(ConversationKey key, ConversationState state, Duration timeToLive) {
        Instant now = clock.instant();
        entries.put(key, new Entry(state, now.plus(timeToLive)));
        if (saves.incrementAndGet() % PURGE_EVERY == 0) {
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
        }
    }

    @Override
    public boolean replace(ConversationKey key, ConversationState expected, ConversationState next, Duration timeToLive) {
        Instant now = clock.instant();
        AtomicBoolean replaced = new AtomicBoolean();
        entries.compute(key, (k, entry) -> {
            ConversationState current = entry == null || !now.isBefore(entry.expiresAt()) ? null : entry.state();
            boolean unchanged = expected == null ? current == null : expected.sameRevisionAs(current);
            replaced.set(unchanged);
            return unchanged ? new Entry(next, now.plus(timeToLive)) : entry;
        });
        return replaced.get();
    }

    @Override
    public void delete(ConversationKey key) {
        entries.remove(key);
    }

    /** The person's live conversations, by place. */
    Map<String, ConversationState> of(String personId) {
        Instant now = clock.instant();
        Map<String, ConversationState> found = new java.util.TreeMap<>();
        entries.forEach((key, entry) -> {
            if (key.personId().equals(personId) && now.isBefore(entry.expiresAt())) {
                found.put(key.place(), entry.state());
            }
        });
        return found;
    }

    void forget(String personId) {
        entries.keySet().removeIf(key -> key.personId().equals(personId));
    }
}
