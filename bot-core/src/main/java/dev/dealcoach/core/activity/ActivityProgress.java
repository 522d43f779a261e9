package dev.dealcoach.core.activity;

import dev.dealcoach.core.format.Amounts;
import dev.dealcoach.core.model.ActivityTargets;
import dev.dealcoach.core.model.Money;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A rep's activity against their targets: this week's executive meetings and discovery calls
 * (Monday to Sunday, their local dates), proposals over this week and last, new pipeline this week
 * and this quarter against the target (the coverage multiple of the quota still to close), and their
 * streak: working days in a row, up to today, on which they logged something done (today not logged
 * yet does not break it).
 *
 * @param pipelineTarget empty for someone with no quota left to close
 */
public record ActivityProgress(ActivityLog thisWeek, int proposalsTwoWeeks, int streak, ActivityTargets targets,
                               Money quarterPipeline, Optional<Money> pipelineTarget) {

    /** How far back a streak is counted. */
    static final int STREAK_DAYS = 60;

    /**
     * @param quarterStart the first day of the fiscal quarter
     * @param stillToClose the person's quota less what they closed won this quarter
     */
    public static ActivityProgress of(ActivityStore store, String personId, LocalDate today, Predicate<LocalDate> workingDay,
                                      ActivityTargets targets, LocalDate quarterStart, Money stillToClose) {
        Currency currency = stillToClose.currency();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate from = quarterStart.isBefore(today.minusDays(STREAK_DAYS)) ? quarterStart : today.minusDays(STREAK_DAYS);
        Map<LocalDate, ActivityLog> days = store.between(personId, from, today, currency);
        Money quarter = Money.zero(currency);
        ActivityLog week = ActivityLog.nothing(currency);
        int proposals = 0;
        for (Map.Entry<LocalDate, ActivityLog> day : days.entrySet()) {
            if (!day.getKey().isBefore(monday)) {
                week = week.plus(day.getValue());
            }
            if (!day.getKey().isBefore(monday.minusWeeks(1))) {
                proposals += day.getValue().proposals();
            }
            if (!day.getKey().isBefore(quarterStart)) {
                quarter = quarter.plus(day.getValue().newPipeline());
            }
        }
        Optional<Money> target = stillToClose.amount().signum() <= 0 ? Optional.empty() : Optional.of(new Money(
                stillToClose.amount().multiply(java.math.BigDecimal.valueOf(targets.pipelineCoverage())), currency));
        return new ActivityProgress(week, proposals, streak(days, today, workingDay), targets, quarter, target);
    }

    private static int streak(Map<LocalDate, ActivityLog> days, LocalDate today, Predicate<LocalDate> workingDay) {
        int streak = 0;
        LocalDate day = today;
        if (!did(days, today)) {
            day = today.minusDays(1);
        }
        for (int n = 0; n < STREAK_DAYS; n++, day = day.minusDays(1)) {
            if (!workingDay.test(day) && !did(days, day)) {
                continue;
            }
            if (!did(days, day)) {
                break;
            }
            streak++;
        }
        return streak;
    }

    private static boolean did(Map<LocalDate, ActivityLog> days, LocalDate day) {
        ActivityLog log = days.get(day);
        return log != null && log.anything();
    }

    /**
     * {@code This week: exec meetings 3/5, discovery 6/8, proposals 1/2 (two weeks), new pipeline $120k. New pipeline this
     * quarter: $450k of $1.2M (3x the quota still to close). 4-day streak.}
     */
    public String text() {
        Money pipeline = thisWeek.newPipeline();
        return "This week: exec meetings " + thisWeek.execMeetings() + "/" + targets.execMeetingsPerWeek() + ", discovery "
                + thisWeek.discoveryCalls() + "/" + targets.discoveryCallsPerWeek() + ", proposals " + proposalsTwoWeeks + "/"
                + targets.proposalsPerTwoWeeks() + " (two weeks)"
                + (pipeline.amount().signum() > 0 ? ", new pipeline " + Amounts.brief(pipeline) : "") + ". "
                + pipelineTarget.map(t -> "New pipeline this quarter: " + Amounts.brief(quarterPipeline) + " of " + Amounts.brief(t)
                        + " (" + targets.pipelineCoverage() + "x the quota still to close). ").orElse("")
                + (streak == 0 ? "No streak yet: log something done today to start one." : streak + "-day streak.");
    }
}
