package dev.dealcoach.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.model.ActivityTargets;
import dev.dealcoach.core.model.CheckInPolicy;
import dev.dealcoach.core.model.Money;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The week against targets (Monday to Sunday), proposals over two weeks, and the streak over working days. */
class ActivityProgressTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    private static final LocalDate QUARTER_START = LocalDate.of(2026, 11, 1);
    private static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 25);
    private final ActivityStore store = new InMemoryStores(Clock.systemUTC()).activity();

    private void log(LocalDate day, int exec, int discovery, int proposals, String pipeline) {
        store.add("ria", day, new ActivityLog(exec, discovery, proposals, Money.of(pipeline, "USD")));
    }

    private ActivityProgress progress(LocalDate today) {
        return ActivityProgress.of(store, "ria", today, day -> CheckInPolicy.WEEKDAYS.contains(day.getDayOfWeek())
                && !day.equals(HOLIDAY), ActivityTargets.DEFAULT, QUARTER_START,
                Money.of("400000", "USD"));
    }

    @Test
    void thisWeekCountsFromMondayAndProposalsFromLastWeeksMonday() {
        log(WEDNESDAY.minusDays(2), 1, 2, 0, "50000");
        log(WEDNESDAY, 2, 1, 1, "70000");
        log(WEDNESDAY.minusDays(3), 4, 4, 0, "0");
        log(WEDNESDAY.minusDays(8), 0, 0, 1, "0");
        log(WEDNESDAY.minusDays(15), 0, 0, 5, "0");

        ActivityProgress progress = progress(WEDNESDAY);

        assertThat(progress.thisWeek()).isEqualTo(new ActivityLog(3, 3, 1, Money.of("120000", "USD")));
        assertThat(progress.proposalsTwoWeeks()).as("this week's and last week's, not older").isEqualTo(2);
        assertThat(progress.text()).startsWith("This week: exec meetings 3/5, discovery 3/8, proposals 2/2 (two weeks), new pipeline $120k. "
                + "New pipeline this quarter: $120k of $1.2M (3x the quota still to close).");
    }

    @Test
    void theStreakCountsWorkingDaysInARowSkipsWeekendsAndIsNotBrokenByTodayNotLoggedYet() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 1)}) {
            log(day, 1, 0, 0, "0");
        }

        assertThat(progress(WEDNESDAY).streak()).as("Thu, Fri, (weekend), Mon, Tue; Wednesday not logged yet").isEqualTo(4);
        log(LocalDate.of(2026, 11, 24), 1, 0, 0, "0");
        assertThat(progress(WEDNESDAY).streak()).as("and Tuesday before, across the Wednesday holiday").isEqualTo(5);
        log(WEDNESDAY, 0, 1, 0, "0");
        assertThat(progress(WEDNESDAY).streak()).isEqualTo(6);
        assertThat(progress(WEDNESDAY.plusDays(2)).streak()).as("Thursday missed").isZero();
    }

    @Test
    void aDayAnsweredWithNothingDoneDoesNotCountTowardsTheStreak() {
        log(WEDNESDAY.minusDays(1), 1, 0, 0, "0");
        log(WEDNESDAY, 0, 0, 0, "0");

        assertThat(progress(WEDNESDAY).streak()).isEqualTo(1);
        assertThat(progress(WEDNESDAY).text()).endsWith("1-day streak.");
    }
}
