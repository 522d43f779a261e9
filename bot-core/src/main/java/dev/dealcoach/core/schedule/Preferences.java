package dev.dealcoach.core.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What a person asked of the check-ins themself; each wins over the org file's.
 *
 * @param awayUntil     away up to and including this date ({@code away until Dec 24}); null when not away
 * @param snoozedUntil  today's daily nudge is put off until then ({@code snooze 2h}); null when not snoozed
 * @param dailyNudgeOff the daily nudge is turned off (forecast prompts cannot be)
 * @param nudgeTime     their daily nudge's time ({@code settings nudge 17:15}); null for the org file's
 * @param workingDays   their working days ({@code settings days mon tue wed thu}); null for the org file's
 */
public record Preferences(LocalDate awayUntil, Instant snoozedUntil, boolean dailyNudgeOff, LocalTime nudgeTime,
                          Set<DayOfWeek> workingDays) {

    public static final Preferences NONE = new Preferences(null, null, false, null, null);

    public Preferences {
        workingDays = workingDays == null ? null : Set.copyOf(workingDays);
    }

    public boolean awayOn(LocalDate date) {
        return awayUntil != null && !date.isAfter(awayUntil);
    }

    public Preferences away(LocalDate until) {
        return new Preferences(until, snoozedUntil, dailyNudgeOff, nudgeTime, workingDays);
    }

    public Preferences back() {
        return new Preferences(null, snoozedUntil, dailyNudgeOff, nudgeTime, workingDays);
    }

    public Preferences snoozed(Instant until) {
        return new Preferences(awayUntil, until, dailyNudgeOff, nudgeTime, workingDays);
    }

    public Preferences dailyNudge(boolean on) {
        return new Preferences(awayUntil, snoozedUntil, !on, nudgeTime, workingDays);
    }

    public Preferences nudgeAt(LocalTime time) {
        return new Preferences(awayUntil, snoozedUntil, dailyNudgeOff, time, workingDays);
    }

    public Preferences working(Set<DayOfWeek> days) {
        return new Preferences(awayUntil, snoozedUntil, dailyNudgeOff, nudgeTime, days);
    }
}
