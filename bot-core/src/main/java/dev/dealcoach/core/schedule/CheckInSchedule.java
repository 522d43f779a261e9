package dev.dealcoach.core.schedule;

import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.model.CheckInPolicy;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Slot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is due for which check-in at an instant, and why the others whose time it is are not: plain
 * Java over the org's {@link CheckInPolicy} and people's {@link Preferences}; the scheduler only asks.
 *
 * <p>A check-in is due from its local time on its local date (a time inside a daylight-saving gap
 * moves on by the gap; one inside a repeated hour is its first) for the policy's window, and only
 * outside quiet hours: one whose time falls in them goes out at their end if that is within the
 * window, else not at all. Asked every minute, each check-in is found due for as long as its window
 * lasts; {@link CheckIn#key()} makes it go out once.
 */
public final class CheckInSchedule {

    /** Why a check-in whose time it is does not go out. */
    public enum Skip {
        NOT_A_WORKING_DAY("not a working day"),
        HOLIDAY("holiday"),
        AWAY("away"),
        OPTED_OUT("daily nudge turned off"),
        QUIET_HOURS("quiet hours");

        private final String reason;

        Skip(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** A check-in whose time it is, and why it does not go out; empty when it does. */
    public record Decision(CheckIn checkIn, Optional<Skip> skip) {

        public boolean due() {
            return skip.isEmpty();
        }
    }

    private CheckInSchedule() {
    }

    /** Every check-in of {@code kind} whose time it is at {@code now}, in org order, each due or skipped. */
    public static List<Decision> at(Org org, CheckInKind kind, Instant now, Map<String, Preferences> preferences) {
        List<Decision> decisions = new ArrayList<>();
        for (Person person : org.people()) {
            decide(org, person, kind, now, preferences.getOrDefault(person.id(), Preferences.NONE)).ifPresent(decisions::add);
        }
        return decisions;
    }

    /** The person's check-in of {@code kind} whose time it is at {@code now}; empty when none is (or the kind is not for them). */
    public static Optional<Decision> decide(Org org, Person person, CheckInKind kind, Instant now, Preferences preferences) {
        if (!receives(org, person, kind)) {
            return Optional.empty();
        }
        CheckInPolicy policy = org.checkIns();
        ZoneId zone = person.timeZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        for (LocalDate date : List.of(today, today.minusDays(1))) {
            Slot slot = slot(policy, kind, person, preferences);
            if (slot.weekly() && !weeklyDay(policy, person, preferences, slot, date).filter(date::equals).isPresent()) {
                continue;
            }
            Instant at = ZonedDateTime.of(date, slot.time(), zone).toInstant();
            if (kind == CheckInKind.DAILY_ACTIVITY && preferences.snoozedUntil() != null
                    && preferences.snoozedUntil().isAfter(at) && preferences.snoozedUntil().atZone(zone).toLocalDate().equals(date)) {
                at = preferences.snoozedUntil();
            }
            if (now.isBefore(at) || !now.isBefore(at.plus(policy.window()))) {
                continue;
            }
            return Optional.of(new Decision(new CheckIn(person, kind, date, at), skip(policy, person, kind, date, now, preferences)));
        }
        return Optional.empty();
    }

    /**
     * When the person's check-in of {@code kind} is due in their current week, for running it "now"
     * as if it were due (the playground's "run now"): the daily nudge of today, or of their last
     * working day before; a weekly one on its weekday of this week (Monday to Sunday), passed or not.
     */
    public static Instant thisWeeks(Org org, Person person, CheckInKind kind, Instant now, Preferences preferences) {
        CheckInPolicy policy = org.checkIns();
        LocalDate today = now.atZone(person.timeZone()).toLocalDate();
        Slot slot = slot(policy, kind, person, preferences);
        LocalDate date = today;
        if (slot.weekly()) {
            date = weeklyDay(policy, person, preferences, slot, today).orElse(today.with(java.time.temporal.TemporalAdjusters
                    .previousOrSame(java.time.DayOfWeek.MONDAY)).with(java.time.temporal.TemporalAdjusters.nextOrSame(slot.day())));
        } else {
            for (int back = 0; back < 7 && !workingDays(policy, person, preferences).contains(date.getDayOfWeek()); back++) {
                date = date.minusDays(1);
            }
        }
        return ZonedDateTime.of(date, slot.time(), person.timeZone()).toInstant();
    }

    /**
     * The day of {@code date}'s week (Monday to Sunday) a weekly check-in falls on for the person: its
     * weekday, or when that is not one of their working days or is a holiday, their next working day
     * of that week that is not; empty when the week has none left.
     */
    static Optional<LocalDate> weeklyDay(CheckInPolicy policy, Person person, Preferences preferences, Slot slot, LocalDate date) {
        LocalDate monday = date.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        java.util.Set<java.time.DayOfWeek> working = workingDays(policy, person, preferences);
        for (LocalDate day = monday.with(java.time.temporal.TemporalAdjusters.nextOrSame(slot.day())); day.isBefore(monday.plusDays(7));
             day = day.plusDays(1)) {
            if (working.contains(day.getDayOfWeek()) && !policy.holiday(day, person.timeZone())) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** When the kind happens for the person: their own nudge time for the daily nudge (settings, then the org file), else the org's. */
    public static Slot slot(CheckInPolicy policy, CheckInKind kind, Person person, Preferences preferences) {
        return kind == CheckInKind.DAILY_ACTIVITY && preferences.nudgeTime() != null ? new Slot(null, preferences.nudgeTime())
                : policy.slot(kind, person.id());
    }

    /** The person's working days: their own (settings, then the org file), else the org's. */
    public static java.util.Set<java.time.DayOfWeek> workingDays(CheckInPolicy policy, Person person, Preferences preferences) {
        return preferences.workingDays() != null ? preferences.workingDays() : policy.workingDays(person.id());
    }

    /** Reps get the daily nudge and the forecast prompts; managers of reps get escalations and digests. */
    public static boolean receives(Org org, Person person, CheckInKind kind) {
        List<Person> reports = org.directReports(person.id());
        return kind.forReps() ? reports.isEmpty() : reports.stream().anyMatch(r -> org.directReports(r.id()).isEmpty());
    }

    private static Optional<Skip> skip(CheckInPolicy policy, Person person, CheckInKind kind, LocalDate date, Instant now,
                                       Preferences preferences) {
        // A weekly check-in has already moved off days off (weeklyDay); the daily nudge skips them.
        if (kind == CheckInKind.DAILY_ACTIVITY && !workingDays(policy, person, preferences).contains(date.getDayOfWeek())) {
            return Optional.of(Skip.NOT_A_WORKING_DAY);
        }
        if (kind == CheckInKind.DAILY_ACTIVITY && policy.holiday(date, person.timeZone())) {
            return Optional.of(Skip.HOLIDAY);
        }
        if (preferences.awayOn(date)) {
            return Optional.of(Skip.AWAY);
        }
        if (kind == CheckInKind.DAILY_ACTIVITY && preferences.dailyNudgeOff()) {
            return Optional.of(Skip.OPTED_OUT);
        }
        if (policy.quietHours().contains(now.atZone(person.timeZone()).toLocalTime())) {
            return Optional.of(Skip.QUIET_HOURS);
        }
        return Optional.empty();
    }
}
