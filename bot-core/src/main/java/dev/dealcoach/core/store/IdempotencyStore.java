package dev.dealcoach.core.store;

import java.time.Duration;

/** Answers "have I already handled X?" across restarts and app instances. */
public interface IdempotencyStore {

    /**
     * Marks {@code key} as handled for {@code timeToLive}, atomically.
     *
     * @return true for the one caller that marked it first; false while the mark is alive
     */
    boolean markFirst(String key, Duration timeToLive);

    /** True while {@code key} is marked: a cheap look before doing work that {@link #markFirst} would only refuse after. */
    boolean marked(String key);
}
