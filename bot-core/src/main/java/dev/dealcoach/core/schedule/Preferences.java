package dev.dealcoach.core.schedule;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a person asked of the check-ins themself.
 *
 * @param awayUntil     away up to and including this date ({@code away until Dec 24}); null when not away
 * @param snoozedUntil  today's daily nudge is put off until then ({@code snooze 2h}); null when not snoozed
 * @param dailyNudgeOff the daily nudge is turned off (forecast prompts cannot be)
 */
public record Preferences(LocalDate awayUntil, Instant snoozedUntil, boolean dailyNudgeOff) {

    public static final Preferences NONE = new Preferences(null, null, false);

    public boolean awayOn(LocalDate date) {
        return awayUntil != null && !date.isAfter(awayUntil);
    }

    public Preferences away(LocalDate until) {
        return new Preferences(until, snoozedUntil, dailyNudgeOff);
    }

    public Preferences back() {
        return new Preferences(null, snoozedUntil, dailyNudgeOff);
    }

    public Preferences snoozed(Instant until) {
        return new Preferences(awayUntil, until, dailyNudgeOff);
    }

    public Preferences dailyNudge(boolean on) {
        return new Preferences(awayUntil, snoozedUntil, !on);
    }
}
