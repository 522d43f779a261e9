package dev.dealcoach.core.load;

import dev.dealcoach.core.activity.ActivityLog;
import dev.dealcoach.core.activity.ActivityStore;
import dev.dealcoach.core.forecast.ForecastStore;
import dev.dealcoach.core.forecast.ForecastWeek;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.schedule.PreferenceStore;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Two weeks of activity logs for the demo org's reps, so that a first run's digest shows real
 * progress and streaks: most working days logged, a few skipped, one rep who logged nothing this
 * week; and two reps away for the next few days (one of them the forecast's away rep). The same
 * every run for the same day; a rep who already has logs (a restart on Redis) is left alone.
 */
final class DemoActivityHistory {

    private static final int DAYS = 14;
    /** The reps, by position, who are away: the first is also the forecast's away rep this week. */
    private static final int AWAY = 3;
    private static final int ALSO_AWAY = 6;
    /** The rep, by position, who logged nothing this week. */
    private static final int QUIET = 11;

    private DemoActivityHistory() {
    }

    static void seed(ActivityStore activity, PreferenceStore preferences, ForecastStore forecasts, Org org, LocalDate today) {
        List<Person> reps = org.people().stream().filter(p -> org.directReports(p.id()).isEmpty()).toList();
        for (int i = 0; i < reps.size(); i++) {
            Person rep = reps.get(i);
            if (!activity.between(rep.id(), today.minusDays(DAYS), today, org.currency()).isEmpty()) {
                continue;
            }
            Random random = new Random(rep.id().hashCode() * 31L + today.toEpochDay());
            LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
            for (LocalDate day = today.minusDays(DAYS); day.isBefore(today); day = day.plusDays(1)) {
                boolean working = org.checkIns().workingDays(rep.id()).contains(day.getDayOfWeek());
                boolean quiet = i == QUIET && !day.isBefore(monday);
                if (!working || quiet || random.nextInt(6) == 0) {
                    continue;
                }
                activity.add(rep.id(), day, new ActivityLog(random.nextInt(3), random.nextInt(4), random.nextInt(5) == 0 ? 1 : 0,
                        Money.of(Integer.toString(random.nextInt(3) == 0 ? 20_000 + 5_000 * random.nextInt(20) : 0), org.currency().getCurrencyCode())));
            }
            if (i == AWAY || i == ALSO_AWAY) {
                LocalDate until = today.plusDays(4);
                if (preferences.of(rep.id()).awayUntil() == null) {
                    preferences.save(rep.id(), preferences.of(rep.id()).away(until));
                }
                if (i == AWAY) {
                    forecasts.markAway(rep.id(), ForecastWeek.of(org.calendar(), today).key());
                }
            }
        }
    }
}
