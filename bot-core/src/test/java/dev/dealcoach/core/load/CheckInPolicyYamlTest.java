package dev.dealcoach.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dealcoach.core.model.ActivityTargets;
import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.model.CheckInPolicy;
import dev.dealcoach.core.model.Holiday;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.QuietHours;
import dev.dealcoach.core.model.Slot;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The org file's check-ins: times per kind, working days, holidays, quiet hours, window, targets, and a person's own times. */
class CheckInPolicyYamlTest {

    private static final String PEOPLE = """
            people:
              - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: America/New_York, quota: 1}
              - {id: ria, name: Ria Patel, email: ria@example.com, role: rep, manager: mo, time-zone: Europe/London, quota: 1,
                 nudge-time: "17:15", working-days: [MON, TUE, WED, THU]}
            """;

    private static Org read(String yaml) {
        return new OrgYamlReader().read("org.yml", new StringReader(yaml));
    }

    @Test
    void readsEveryKnobAndEachPersonsOwnTimes() {
        CheckInPolicy policy = read("""
                check-ins:
                  daily-activity: "16:45"
                  weekly-forecast: "MON 08:30"
                  forecast-reminder: "Tuesday 11:00"
                  working-days: [MON, TUE, WED, THU, FRI, SAT]
                  holidays: [2026-12-25, {date: 2026-12-28, time-zone: Europe/London}]
                  quiet-hours: "21:00-07:30"
                  window: 90m
                  targets: {exec-meetings: 4, discovery-calls: 10}
                """ + PEOPLE).checkIns();

        assertThat(policy.slot(CheckInKind.DAILY_ACTIVITY, "mo")).isEqualTo(new Slot(null, LocalTime.of(16, 45)));
        assertThat(policy.slot(CheckInKind.WEEKLY_FORECAST, "mo")).isEqualTo(new Slot(DayOfWeek.MONDAY, LocalTime.of(8, 30)));
        assertThat(policy.slot(CheckInKind.FORECAST_REMINDER, "mo")).isEqualTo(new Slot(DayOfWeek.TUESDAY, LocalTime.of(11, 0)));
        assertThat(policy.slot(CheckInKind.MANAGER_DIGEST, "mo")).as("unset: the default").isEqualTo(CheckInKind.MANAGER_DIGEST.defaultSlot());
        assertThat(policy.workingDays("mo")).hasSize(6).contains(DayOfWeek.SATURDAY);
        assertThat(policy.holidays()).containsExactly(new Holiday(LocalDate.of(2026, 12, 25), null),
                new Holiday(LocalDate.of(2026, 12, 28), ZoneId.of("Europe/London")));
        assertThat(policy.quietHours()).isEqualTo(new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 30)));
        assertThat(policy.window()).isEqualTo(Duration.ofMinutes(90));
        assertThat(policy.targets()).isEqualTo(new ActivityTargets(4, 10, 2, 3));
        assertThat(policy.slot(CheckInKind.DAILY_ACTIVITY, "ria")).isEqualTo(new Slot(null, LocalTime.of(17, 15)));
        assertThat(policy.workingDays("ria")).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
    }

    @Test
    void withoutCheckInsTheDefaultsApply() {
        CheckInPolicy policy = read("people:\n  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: UTC, quota: 1}\n")
                .checkIns();

        assertThat(policy).isEqualTo(CheckInPolicy.defaults());
        assertThat(policy.slot(CheckInKind.DAILY_ACTIVITY, "mo").time()).isEqualTo(LocalTime.of(16, 30));
        assertThat(policy.workingDays("mo")).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    @Test
    void everyBadValueIsReportedWithItsLine() {
        DataFileException e = catchThrowableOfType(DataFileException.class, () -> read("""
                check-ins:
                  daily-activity: "MON 16:30"
                  weekly-forecast: "09:00"
                  working-days: [MON, FUNDAY]
                  quiet-hours: "late"
                  window: 3 days
                  holidays: [2026-13-01]
                  targets: {exec-meetings: -1, calls: 3}
                  cadence: weekly
                people:
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: UTC, quota: 1, nudge-time: "5pm"}
                """));

        assertThat(e.problems()).extracting(LoadProblem::toString).allMatch(p -> p.startsWith("org.yml:1: ") || p.startsWith("org.yml:11: "))
                .anyMatch(p -> p.contains("daily-activity 'MON 16:30' must be a time like 16:30"))
                .anyMatch(p -> p.contains("weekly-forecast '09:00' must be a weekday and time like MON 09:00"))
                .anyMatch(p -> p.contains("'FUNDAY' is not a weekday"))
                .anyMatch(p -> p.contains("quiet-hours: 'late' is not hours like 20:00-08:00"))
                .anyMatch(p -> p.contains("window '3 days' must be a span like 2h or 90m"))
                .anyMatch(p -> p.contains("'2026-13-01' is not a date"))
                .anyMatch(p -> p.contains("exec-meetings must be a whole number of 0 or more"))
                .anyMatch(p -> p.contains("targets: unknown key 'calls'"))
                .anyMatch(p -> p.contains("unknown key 'cadence'"))
                .anyMatch(p -> p.contains("person 'mo': nudge-time '5pm' must be a time like 17:15"));
    }

    @Test
    void aManagersAlertChannelsAreReadAndABadOneReported() {
        Org org = read("""
                people:
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: UTC, quota: 1,
                     alert-channel: {slack: C0ALERTS1, teams: "19:abc@thread.tacv2"}}
                """);
        assertThat(org.alertChannels()).containsEntry("mo", new dev.dealcoach.core.model.AlertChannels("C0ALERTS1", "19:abc@thread.tacv2", null));

        DataFileException e = catchThrowableOfType(DataFileException.class, () -> read("""
                people:
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: UTC, quota: 1, alert-channel: {skype: x}}
                """));
        assertThat(e.problems()).extracting(LoadProblem::toString)
                .containsExactly("org.yml:2: person 'mo': alert-channel: unknown key 'skype' (expected slack, teams or playground)");
    }
}
