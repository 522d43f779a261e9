package dev.dealcoach.core.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * One person's own check-in times from the org file ({@code nudge-time}, {@code working-days}).
 *
 * @param nudgeTime   their daily nudge's time; null for the org's
 * @param workingDays their working days; null for the org's
 */
public record PersonCheckIns(LocalTime nudgeTime, Set<DayOfWeek> workingDays) {

    public static final PersonCheckIns NONE = new PersonCheckIns(null, null);

    public PersonCheckIns {
        workingDays = workingDays == null ? null : Set.copyOf(workingDays);
    }
}
