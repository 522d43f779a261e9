package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The forecast of the week holding {@code today} as one person's view needs it, read for that
 * person and everyone below them only: the week, each person's own deals' numbers, the rollup (with last week's lines of the people the view shows), the
 * quarter's weeks gone by as kept (oldest first, for the trend), the accuracy of the last closed
 * quarters (newest first), and which currencies were left out.
 */
public record CurrentForecast(ForecastWeek week, Map<String, QuarterTotals> ownDeals, ForecastRollup rollup,
                              List<Map<String, WeekLine>> pastWeeks, List<QuarterAccuracy> closedQuarters,
                              Set<String> otherCurrencies) {

    /** How many weeks the trend looks back over, this week included (within the quarter). */
    static final int TREND_WEEKS = 6;
    /** How many closed quarters' accuracy is shown. */
    static final int CLOSED_QUARTERS = 2;

    /** The forecast as {@code subjectId}'s view shows it: their line, the lines below them it lists, and the totals. */
    public static CurrentForecast of(Org org, LocalDate today, String subjectId, DealTotals totals, ForecastStore forecasts) {
        ForecastWeek week = ForecastWeek.of(org.calendar(), today);
        Set<String> scope = new HashSet<>();
        scope.add(subjectId);
        org.below(subjectId).forEach(person -> scope.add(person.id()));
        Map<String, QuarterTotals> own = totals.of(week.quarter(), org.currency(), scope);
        Map<String, ForecastNumbers> numbers = new HashMap<>();
        Set<String> other = new TreeSet<>();
        own.forEach((owner, ofOwner) -> {
            numbers.put(owner, ofOwner.numbers());
            other.addAll(ofOwner.otherCurrencies());
        });
        Collection<String> shown = ForecastRollup.shownIn(org, subjectId);
        List<ForecastWeek> gone = new ArrayList<>();
        for (int n = Math.max(1, week.number() - TREND_WEEKS + 1); n < week.number(); n++) {
            gone.add(new ForecastWeek(week.quarter(), n));
        }
        // Keeping a week rolls up the whole org, not only this view's part of it.
        Supplier<Map<String, ForecastNumbers>> everyone = () -> ownNumbers(totals.of(week.quarter(), org.currency()));
        List<Map<String, WeekLine>> past = List.copyOf(new ForecastHistory(forecasts).lines(org, gone, everyone, Optional.of(shown),
                today).values());
        Map<String, WeekLine> lastWeek = past.isEmpty() ? Map.of() : past.get(past.size() - 1);
        ForecastRollup rollup = new ForecastRollup(org, numbers, forecasts.called(week.key(), scope), lastWeek, forecasts.away(week.key()));
        List<QuarterAccuracy> closed = new ArrayList<>();
        FiscalQuarter quarter = week.quarter();
        for (int i = 0; i < CLOSED_QUARTERS; i++) {
            quarter = org.calendar().previous(quarter);
            closed.add(QuarterAccuracy.of(org, quarter, totals, forecasts, shown));
        }
        return new CurrentForecast(week, Collections.unmodifiableMap(own), rollup, past, List.copyOf(closed), other);
    }

    private static Map<String, ForecastNumbers> ownNumbers(Map<String, QuarterTotals> totals) {
        Map<String, ForecastNumbers> numbers = new HashMap<>();
        totals.forEach((owner, ofOwner) -> numbers.put(owner, ofOwner.numbers()));
        return numbers;
    }

    /** What a person's call starts from: their own deals, or for someone with reports, their team's lines and own deals. */
    public ForecastNumbers startingPoint(String personId) {
        ForecastRollup.Line line = rollup.line(personId);
        return line.teamSum().orElse(line.deals());
    }

    /** The commit the person's line counted in each of the quarter's last weeks where anyone at or below them called, this one last. */
    public List<Money> commitTrend(String personId) {
        List<Money> commits = new ArrayList<>();
        for (Map<String, WeekLine> lines : pastWeeks) {
            WeekLine line = lines.get(personId);
            if (line != null && line.anyoneCalled()) {
                commits.add(line.counted().commit());
            }
        }
        if (rollup.anyoneCalled(personId)) {
            commits.add(rollup.line(personId).counted().commit());
        }
        return commits;
    }
}
