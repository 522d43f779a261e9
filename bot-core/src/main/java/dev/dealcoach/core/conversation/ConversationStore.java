package dev.dealcoach.core.conversation;

import java.time.Duration;
import java.util.Optional;

/** Keeps the state of running conversations; a state not saved again within its time-to-live is gone. */
public interface ConversationStore {

    Optional<ConversationState> find(ConversationKey key);

    /** Saves the state and restarts its time-to-live. */
    void save(ConversationKey key, ConversationState state, Duration timeToLive);

    /**
     * Saves {@code next} only if what is stored is still {@code expected} (same run, same revision),
     * or nothing is stored when {@code expected} is null; atomically.
     *
     * @return false, saving nothing, when someone changed the conversation in between
     */
    boolean replace(ConversationKey key, ConversationState expected, ConversationState next, Duration timeToLive);

    void delete(ConversationKey key);
}
