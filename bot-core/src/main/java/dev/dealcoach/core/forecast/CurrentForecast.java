package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.Org;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The forecast of the week holding {@code today}, as the deals and the calls say it now: the week,
 * each person's own deals' numbers, the rollup, the rollups of the quarter's last weeks (oldest
 * first, this one last) for the trend, last quarter's commit accuracy, and which currencies were left out.
 */
public record CurrentForecast(ForecastWeek week, Map<String, QuarterTotals> ownDeals, ForecastRollup rollup,
                              List<ForecastRollup> trend, QuarterAccuracy lastQuarter, Set<String> otherCurrencies) {

    /** How many weeks the trend looks back over, this week included (within the quarter). */
    static final int TREND_WEEKS = 6;

    public static CurrentForecast of(Org org, LocalDate today, DealTotals totals, ForecastStore forecasts) {
        ForecastWeek week = ForecastWeek.of(org.calendar(), today);
        Map<String, QuarterTotals> own = totals.of(week.quarter(), org.currency());
        Map<String, ForecastNumbers> numbers = new HashMap<>();
        Set<String> other = new TreeSet<>();
        own.forEach((owner, ofOwner) -> {
            numbers.put(owner, ofOwner.numbers());
            other.addAll(ofOwner.otherCurrencies());
        });
        // Earlier weeks of the quarter, oldest first, each rolled up from its calls (deals as they are now where nobody called).
        List<String> keys = new ArrayList<>();
        for (int n = Math.max(1, week.number() - TREND_WEEKS + 1); n <= week.number(); n++) {
            keys.add(new ForecastWeek(week.quarter(), n).key());
        }
        List<Map<String, ForecastCall>> weeks = new ArrayList<>(forecasts.weeks(keys).values());
        List<ForecastRollup> trend = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            trend.add(new ForecastRollup(org, numbers, weeks.get(i), i == 0 ? Map.of() : weeks.get(i - 1), Set.of()));
        }
        Map<String, ForecastCall> lastWeek = weeks.size() < 2 ? Map.of() : weeks.get(weeks.size() - 2);
        ForecastRollup rollup = new ForecastRollup(org, numbers, weeks.get(weeks.size() - 1), lastWeek, forecasts.away(week.key()));
        QuarterAccuracy lastQuarter = QuarterAccuracy.of(org, org.calendar().previous(week.quarter()), totals, forecasts);
        return new CurrentForecast(week, Map.copyOf(own), rollup, List.copyOf(trend), lastQuarter, other);
    }

    /** What a person's call starts from: their own deals, or for someone with reports, their team's lines and own deals. */
    public ForecastNumbers startingPoint(String personId) {
        ForecastRollup.Line line = rollup.line(personId);
        return line.teamSum().orElse(line.deals());
    }
}
