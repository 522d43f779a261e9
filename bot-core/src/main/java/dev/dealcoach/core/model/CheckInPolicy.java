package dev.dealcoach.core.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An org's check-in rules (the org file's {@code check-ins:}): when each kind happens, the working
 * days, holidays, quiet hours, how long after its time a missed check-in may still go out, activity
 * targets, and each person's own times.
 *
 * @param window how long after its time a check-in may still be delivered (after downtime, or quiet hours)
 */
public record CheckInPolicy(Map<CheckInKind, Slot> slots, Set<DayOfWeek> workingDays, List<Holiday> holidays,
                            QuietHours quietHours, Duration window, ActivityTargets targets, Map<String, PersonCheckIns> people) {

    public static final Duration DEFAULT_WINDOW = Duration.ofHours(2);
    public static final Set<DayOfWeek> WEEKDAYS = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public CheckInPolicy {
        Map<CheckInKind, Slot> all = new EnumMap<>(CheckInKind.class);
        for (CheckInKind kind : CheckInKind.values()) {
            all.put(kind, slots == null ? kind.defaultSlot() : slots.getOrDefault(kind, kind.defaultSlot()));
        }
        if (all.get(CheckInKind.DAILY_ACTIVITY).weekly()) {
            throw new IllegalArgumentException("daily-activity is every working day: give a time like 16:30, not a weekday");
        }
        all.forEach((kind, slot) -> {
            if (kind != CheckInKind.DAILY_ACTIVITY && !slot.weekly()) {
                throw new IllegalArgumentException(kind.id() + " is weekly: give a weekday and time like MON 09:00");
            }
        });
        slots = Map.copyOf(all);
        workingDays = workingDays == null || workingDays.isEmpty() ? WEEKDAYS : Set.copyOf(workingDays);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        quietHours = quietHours == null ? QuietHours.DEFAULT : quietHours;
        window = window == null ? DEFAULT_WINDOW : window;
        if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofHours(12)) > 0) {
            throw new IllegalArgumentException("the check-in window must be more than 0 and at most 12h, was " + window);
        }
        targets = targets == null ? ActivityTargets.DEFAULT : targets;
        people = people == null ? Map.of() : Map.copyOf(people);
    }

    public static CheckInPolicy defaults() {
        return new CheckInPolicy(null, null, null, null, null, null, null);
    }

    /** When the kind happens for the person: their own nudge time for the daily nudge, else the org's. */
    public Slot slot(CheckInKind kind, String personId) {
        Slot slot = slots.get(kind);
        LocalTime own = people.getOrDefault(personId, PersonCheckIns.NONE).nudgeTime();
        return kind == CheckInKind.DAILY_ACTIVITY && own != null ? new Slot(null, own) : slot;
    }

    public Set<DayOfWeek> workingDays(String personId) {
        Set<DayOfWeek> own = people.getOrDefault(personId, PersonCheckIns.NONE).workingDays();
        return own == null ? workingDays : own;
    }

    public boolean holiday(LocalDate date, ZoneId zone) {
        return holidays.stream().anyMatch(h -> h.appliesTo(date, zone));
    }

    public CheckInPolicy withPeople(Map<String, PersonCheckIns> ownTimes) {
        return new CheckInPolicy(slots, workingDays, holidays, quietHours, window, targets, Objects.requireNonNull(ownTimes));
    }
}
