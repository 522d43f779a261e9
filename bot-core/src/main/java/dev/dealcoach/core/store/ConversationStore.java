package dev.dealcoach.core.store;

import java.time.Duration;
import java.util.Optional;

/** Keeps the state of running conversations; a state not saved again within its time-to-live is gone. */
public interface ConversationStore {

    Optional<ConversationState> find(ConversationKey key);

    /** Saves the state and restarts its time-to-live. */
    void save(ConversationKey key, ConversationState state, Duration timeToLive);

    void delete(ConversationKey key);
}
