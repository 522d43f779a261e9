package dev.dealcoach.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.model.CheckInPolicy;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.Holiday;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.PersonCheckIns;
import dev.dealcoach.core.model.QuietHours;
import dev.dealcoach.core.model.Role;
import dev.dealcoach.core.model.Slot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The due set over simulated minutes: daylight saving, working days, holidays, away, snooze, quiet hours, the window. */
class CheckInScheduleTest {

    private static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    private static final EnumSetHolder EVERY_DAY = new EnumSetHolder();

    /** Every day of the week, so that the (Sunday) daylight-saving days are working days. */
    private static final class EnumSetHolder {
        final java.util.Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
    }

    private static Person person(String id, Role role, String manager, ZoneId zone) {
        return new Person(id, id, id + "@example.com", role, manager, zone, Money.of("500000", "USD"), null, null);
    }

    private static Org org(ZoneId zone, CheckInPolicy policy) {
        return Org.of(new FiscalCalendar(2), Currency.getInstance("USD"),
                List.of(person("mo", Role.MANAGER, null, zone), person("ria", Role.REP, "mo", zone))).withCheckIns(policy);
    }

    private static CheckInPolicy policy(LocalTime nudge, QuietHours quiet) {
        return new CheckInPolicy(Map.of(CheckInKind.DAILY_ACTIVITY, new Slot(null, nudge)), EVERY_DAY.days, List.of(), quiet,
                Duration.ofHours(2), null, null);
    }

    /** Asks every minute from {@code from} for {@code days}: the first instant each check-in was found due, by key. */
    private static Map<String, Instant> firstDue(Org org, CheckInKind kind, Instant from, int days, Map<String, Preferences> preferences) {
        Map<String, Instant> first = new LinkedHashMap<>();
        for (Instant now = from; now.isBefore(from.plus(Duration.ofDays(days))); now = now.plusSeconds(60)) {
            for (CheckInSchedule.Decision decision : CheckInSchedule.at(org, kind, now, preferences)) {
                if (decision.due()) {
                    first.putIfAbsent(decision.checkIn().key(), now);
                }
            }
        }
        return first;
    }

    static Stream<Arguments> daylightSaving() {
        return Stream.of(
                Arguments.of("America/Chicago", "2026-03-08"), Arguments.of("America/Chicago", "2026-11-01"),
                Arguments.of("Europe/London", "2026-03-29"), Arguments.of("Europe/London", "2026-10-25"),
                Arguments.of("Australia/Sydney", "2026-04-05"), Arguments.of("Australia/Sydney", "2026-10-04"),
                Arguments.of("Asia/Kolkata", "2026-03-08"),
                Arguments.of("America/Havana", "2026-03-08"), Arguments.of("America/Santiago", "2026-04-05"));
    }

    @ParameterizedTest(name = "{0} around {1}")
    @MethodSource("daylightSaving")
    void exactlyOneNudgePerDayAcrossAClockChangeAtItsLocalTimeOrJustAfterAGap(String zoneId, String changeDay) {
        ZoneId zone = ZoneId.of(zoneId);
        LocalDate change = LocalDate.parse(changeDay);
        // Nudge times around the change: the usual end of day, and inside the hour that is skipped or repeated.
        for (LocalTime nudge : List.of(LocalTime.of(16, 30), LocalTime.of(2, 30), LocalTime.of(1, 30), LocalTime.of(0, 30),
                LocalTime.of(23, 30))) {
            Org org = org(zone, policy(nudge, NONE));
            Instant from = change.minusDays(4).atStartOfDay(zone).toInstant();
            Map<String, Instant> first = firstDue(org, CheckInKind.DAILY_ACTIVITY, from, 9, Map.of());

            for (int d = -3; d <= 3; d++) {
                LocalDate day = change.plusDays(d);
                Instant expected = ZonedDateTime.of(day, nudge, zone).toInstant();
                assertThat(first.get("checkin:daily-activity:ria:" + day)).as("%s on %s at %s", zoneId, day, nudge).isEqualTo(expected);
                LocalTime local = expected.atZone(zone).toLocalTime();
                assertThat(Duration.between(nudge, local)).as("at its time, or just after a gap it falls in")
                        .isBetween(Duration.ZERO, Duration.ofHours(1));
            }
            assertThat(first.keySet().stream().filter(key -> key.endsWith(":" + change))).as("once on the day of the change").hasSize(1);
        }
    }

    @Test
    void onlyWorkingDaysGetTheNudgeAndAPersonsOwnDaysAndTimeWin() {
        ZoneId zone = ZoneId.of("Europe/London");
        CheckInPolicy policy = new CheckInPolicy(null, null, null, null, null, null,
                Map.of("ria", new PersonCheckIns(LocalTime.of(17, 15), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY))));
        Org org = org(zone, policy);
        Instant monday = LocalDate.of(2026, 11, 30).atStartOfDay(zone).toInstant();

        Map<String, Instant> first = firstDue(org, CheckInKind.DAILY_ACTIVITY, monday, 7, Map.of());

        assertThat(first.keySet()).containsExactly("checkin:daily-activity:ria:2026-11-30", "checkin:daily-activity:ria:2026-12-01",
                "checkin:daily-activity:ria:2026-12-02", "checkin:daily-activity:ria:2026-12-03");
        assertThat(first.get("checkin:daily-activity:ria:2026-11-30")).isEqualTo(Instant.parse("2026-11-30T17:15:00Z"));
        assertThat(CheckInSchedule.decide(org, org.person("ria").orElseThrow(), CheckInKind.DAILY_ACTIVITY,
                Instant.parse("2026-12-04T17:20:00Z"), Preferences.NONE)).hasValueSatisfying(d ->
                assertThat(d.skip()).contains(CheckInSchedule.Skip.NOT_A_WORKING_DAY));
    }

    @Test
    void holidaysEverywhereOrInOneZoneAwayAndATurnedOffNudgeAreSkippedWithTheReason() {
        ZoneId london = ZoneId.of("Europe/London");
        CheckInPolicy policy = new CheckInPolicy(null, null, List.of(new Holiday(LocalDate.of(2026, 12, 25), null),
                new Holiday(LocalDate.of(2026, 12, 28), london), new Holiday(LocalDate.of(2026, 12, 29), ZoneId.of("Asia/Kolkata"))),
                null, null, null, null);
        Org org = org(london, policy);
        Person ria = org.person("ria").orElseThrow();

        assertThat(skip(org, ria, "2026-12-25T16:31:00Z", Preferences.NONE)).contains(CheckInSchedule.Skip.HOLIDAY);
        assertThat(skip(org, ria, "2026-12-28T16:31:00Z", Preferences.NONE)).contains(CheckInSchedule.Skip.HOLIDAY);
        assertThat(skip(org, ria, "2026-12-29T16:31:00Z", Preferences.NONE)).as("a holiday in another zone").isEmpty();
        Preferences away = Preferences.NONE.away(LocalDate.of(2026, 12, 30));
        assertThat(skip(org, ria, "2026-12-30T16:31:00Z", away)).contains(CheckInSchedule.Skip.AWAY);
        assertThat(skip(org, ria, "2026-12-31T16:31:00Z", away)).as("back the day after").isEmpty();
        assertThat(skip(org, ria, "2026-12-31T16:31:00Z", Preferences.NONE.dailyNudge(false))).contains(CheckInSchedule.Skip.OPTED_OUT);
    }

    private static Optional<CheckInSchedule.Skip> skip(Org org, Person person, String now, Preferences preferences) {
        return CheckInSchedule.decide(org, person, CheckInKind.DAILY_ACTIVITY, Instant.parse(now), preferences).orElseThrow().skip();
    }

    @Test
    void aCheckInInsideQuietHoursGoesOutWhenTheyEndIfStillInItsWindowElseNotAtAll() {
        ZoneId zone = ZoneId.of("America/Chicago");
        Org early = org(zone, policy(LocalTime.of(7, 0), QuietHours.DEFAULT));
        Instant from = LocalDate.of(2026, 12, 1).atStartOfDay(zone).toInstant();
        assertThat(firstDue(early, CheckInKind.DAILY_ACTIVITY, from, 1, Map.of()))
                .containsExactly(Map.entry("checkin:daily-activity:ria:2026-12-01", ZonedDateTime.of(2026, 12, 1, 8, 0, 0, 0, zone).toInstant()));

        Org late = org(zone, policy(LocalTime.of(21, 0), QuietHours.DEFAULT));
        assertThat(firstDue(late, CheckInKind.DAILY_ACTIVITY, from, 2, Map.of())).as("its window ends before the quiet hours do").isEmpty();
    }

    @Test
    void aMissedCheckInGoesOutWithinItsWindowAfterDowntimeAndNeverLater() {
        ZoneId zone = ZoneId.of("Asia/Kolkata");
        Org org = org(zone, policy(LocalTime.of(16, 30), NONE));
        Person ria = org.person("ria").orElseThrow();
        Instant time = ZonedDateTime.of(2026, 12, 1, 16, 30, 0, 0, zone).toInstant();

        assertThat(CheckInSchedule.decide(org, ria, CheckInKind.DAILY_ACTIVITY, time.minusSeconds(1), Preferences.NONE)).isEmpty();
        assertThat(CheckInSchedule.decide(org, ria, CheckInKind.DAILY_ACTIVITY, time.plus(Duration.ofMinutes(119)), Preferences.NONE))
                .hasValueSatisfying(d -> assertThat(d.due()).isTrue());
        assertThat(CheckInSchedule.decide(org, ria, CheckInKind.DAILY_ACTIVITY, time.plus(Duration.ofHours(2)), Preferences.NONE))
                .as("back after the window: skipped, not sent stale").isEmpty();
    }

    @Test
    void aSnoozePutsTodaysNudgeOffAndItsWindowWithIt() {
        ZoneId zone = ZoneId.of("Europe/London");
        Org org = org(zone, policy(LocalTime.of(16, 30), NONE));
        Preferences snoozed = Preferences.NONE.snoozed(Instant.parse("2026-12-01T18:35:00Z"));

        Map<String, Instant> first = firstDue(org, CheckInKind.DAILY_ACTIVITY, Instant.parse("2026-12-01T00:00:00Z"), 2,
                Map.of("ria", snoozed));

        assertThat(first).containsEntry("checkin:daily-activity:ria:2026-12-01", Instant.parse("2026-12-01T18:35:00Z"))
                .containsEntry("checkin:daily-activity:ria:2026-12-02", Instant.parse("2026-12-02T16:30:00Z"));
    }

    @Test
    void repsGetTheNudgeAndThePromptsManagersOfRepsTheEscalationInTheirOwnZone() {
        Org org = Org.of(new FiscalCalendar(2), Currency.getInstance("USD"), List.of(
                person("dana", Role.DIRECTOR, null, ZoneId.of("America/New_York")),
                person("mo", Role.MANAGER, "dana", ZoneId.of("Europe/London")),
                person("ria", Role.REP, "mo", ZoneId.of("Asia/Kolkata"))));
        Instant tuesday = Instant.parse("2026-12-01T17:00:00Z");

        assertThat(CheckInSchedule.at(org, CheckInKind.FORECAST_ESCALATION, tuesday, Map.of()))
                .extracting(d -> d.checkIn().person().id()).containsExactly("mo");
        assertThat(CheckInSchedule.at(org, CheckInKind.WEEKLY_FORECAST, Instant.parse("2026-11-30T03:30:00Z"), Map.of()))
                .extracting(d -> d.checkIn().key()).containsExactly("checkin:weekly-forecast:ria:2026-11-30");
    }

    @Test
    void aWeeklyCheckInOnAHolidayOrADayOffMovesToTheNextWorkingDayOfItsWeek() {
        ZoneId london = ZoneId.of("Europe/London");
        CheckInPolicy policy = new CheckInPolicy(null, null, List.of(new Holiday(LocalDate.of(2026, 12, 28), null)), null, null, null,
                Map.of("ria", new PersonCheckIns(null, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY))));
        Org org = org(london, policy);

        Map<String, Instant> prompts = firstDue(org, CheckInKind.WEEKLY_FORECAST, Instant.parse("2026-12-27T00:00:00Z"), 7, Map.of());
        assertThat(prompts).as("Monday Dec 28 is a holiday: Tuesday, at the prompt's time")
                .containsExactly(Map.entry("checkin:weekly-forecast:ria:2026-12-29", Instant.parse("2026-12-29T09:00:00Z")));

        Map<String, Instant> usual = firstDue(org, CheckInKind.WEEKLY_FORECAST, Instant.parse("2026-11-30T00:00:00Z"), 7, Map.of());
        assertThat(usual).as("Ria works no Mondays").containsOnlyKeys("checkin:weekly-forecast:ria:2026-12-01");
    }
}
