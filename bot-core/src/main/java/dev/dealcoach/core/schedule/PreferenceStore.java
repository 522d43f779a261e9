package dev.dealcoach.core.schedule;

import java.util.Map;

/** Keeps each person's {@link Preferences}: away, snoozed, the daily nudge turned off. */
public interface PreferenceStore {

    /** The person's preferences; {@link Preferences#NONE} when they set none. */
    Preferences of(String personId);

    /** Everyone who set any, in one read: the scheduler asks every minute. */
    Map<String, Preferences> all();

    void save(String personId, Preferences preferences);
}
