package dev.dealcoach.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.conversation.ChatScript;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.review.Playbooks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** People in control: away, back, snooze and their own check-in settings, typed, and what the schedule makes of them. */
class CheckInControlsTest {

    private final MutableClock clock = MutableClock.at("2026-12-01T16:35:00Z");
    private final InMemoryStores stores = new InMemoryStores(clock);
    private final ChatScript chat;

    CheckInControlsTest() {
        new DataImport(stores).importDemo(clock);
        chat = ChatScript.over(stores, Playbooks.bundled(), clock);
    }

    private Optional<CheckInSchedule.Decision> ria(CheckInKind kind, String at) {
        Org org = stores.org().load().orElseThrow();
        Person ria = org.person("ria").orElseThrow();
        return CheckInSchedule.decide(org, ria, kind, Instant.parse(at), stores.preferences().of("ria"));
    }

    @Test
    void aSnoozePutsOffTodaysNudge() {
        chat.as("ria").says("snooze 2h").expectReply("Snoozed: if today's check-in hasn't come yet, it comes at 18:35 instead.");

        assertThat(ria(CheckInKind.DAILY_ACTIVITY, "2026-12-01T16:40:00Z")).isEmpty();
        assertThat(ria(CheckInKind.DAILY_ACTIVITY, "2026-12-01T18:35:00Z")).hasValueSatisfying(d -> assertThat(d.due()).isTrue());
        chat.as("ria").says("snooze 4h").expectReply("That's inside your quiet hours (20:00-08:00)");
        chat.as("ria").says("snooze 9h").expectReply("That runs past midnight");
        chat.as("ria").says("snooze 3 days").expectReply("For how long? Like `snooze 2h`");
    }

    @Test
    void awayForAWhileAndBackAreUnderstoodAndChecked() {
        chat.as("ria").says("away for 2 weeks").expectReply("You're away until Dec 14");
        assertThat(stores.preferences().of("ria").awayUntil()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(ria(CheckInKind.WEEKLY_FORECAST, "2026-12-07T09:00:00Z")).hasValueSatisfying(d ->
                assertThat(d.skip()).contains(CheckInSchedule.Skip.AWAY));

        chat.as("ria").says("coach back").expectReply("Welcome back");
        assertThat(ria(CheckInKind.WEEKLY_FORECAST, "2026-12-07T09:00:00Z")).hasValueSatisfying(d -> assertThat(d.due()).isTrue());
        chat.as("ria").says("back").expectReply("You weren't away");
        chat.as("ria").says("away until Nov 2").expectReply("has passed");
        chat.as("ria").says("away").expectReply("Until when?");
    }

    @Test
    void settingsShowAndChangeTheNudgeTimeDaysAndTheDailyNudge() {
        chat.as("ria").says("settings").expectReply("Daily nudge", "16:30 on Mon, Tue, Wed, Thu, Fri");

        chat.as("ria").says("settings nudge 17:15").expectReply("Done: your daily nudge comes at 17:15 Europe/London");
        chat.as("ria").says("settings days mon tue wed thu").expectReply("Done: check-ins come on Mon, Tue, Wed, Thu.");
        assertThat(ria(CheckInKind.DAILY_ACTIVITY, "2026-12-01T17:15:00Z")).hasValueSatisfying(d -> assertThat(d.due()).isTrue());
        assertThat(ria(CheckInKind.DAILY_ACTIVITY, "2026-12-04T17:15:00Z")).hasValueSatisfying(d ->
                assertThat(d.skip()).contains(CheckInSchedule.Skip.NOT_A_WORKING_DAY));

        chat.as("ria").says("settings daily-nudge off").expectReply("no more daily nudges", "The weekly forecast prompt still comes.");
        assertThat(ria(CheckInKind.DAILY_ACTIVITY, "2026-12-02T17:15:00Z")).hasValueSatisfying(d ->
                assertThat(d.skip()).contains(CheckInSchedule.Skip.OPTED_OUT));
        assertThat(ria(CheckInKind.WEEKLY_FORECAST, "2026-12-07T09:00:00Z")).hasValueSatisfying(d -> assertThat(d.due()).isTrue());
        chat.as("ria").says("settings").expectReply("Daily nudge", "off");
        chat.as("ria").says("settings nudge teatime").expectReply("Give a time like `settings nudge 17:15`");
        chat.as("ria").says("settings nudge 21:00").expectReply("21:00 is inside the quiet hours (20:00-08:00)");
    }

    @Test
    void aSnoozeToBeforeTheNudgeChangesNothingAndSaysSo() {
        clock.set(Instant.parse("2026-12-01T14:00:00Z"));
        chat.as("ria").says("snooze 30m").expectReply("Today's check-in comes at 16:30 anyway, after that.");
        assertThat(stores.preferences().of("ria").snoozedUntil()).isNull();
    }

    @Test
    void aShorterAwayGivesTheWeeksAfterItsNewEndBack() {
        chat.as("ria").says("away until Dec 31").expectReply("You're away until Dec 31");
        chat.as("ria").says("away until Dec 4").expectReply("You're away until Dec 4");

        Org org = stores.org().load().orElseThrow();
        String later = dev.dealcoach.core.forecast.ForecastWeek.of(org.calendar(), LocalDate.of(2026, 12, 16)).key();
        String now = dev.dealcoach.core.forecast.ForecastWeek.of(org.calendar(), LocalDate.of(2026, 12, 2)).key();
        assertThat(stores.forecasts().away(later)).doesNotContain("ria");
        assertThat(stores.forecasts().away(now)).contains("ria");
        assertThat(ria(CheckInKind.WEEKLY_FORECAST, "2026-12-14T09:00:00Z")).hasValueSatisfying(d -> assertThat(d.due()).isTrue());
    }
}
