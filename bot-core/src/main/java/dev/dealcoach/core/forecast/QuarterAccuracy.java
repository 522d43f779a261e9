package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.Org;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How well a closed quarter's weekly commit calls matched what closed won: for each week someone at
 * or below a person called, 1 - |commit the line counted - closed won| / closed won (at least 0), and
 * the quarter's mean. People whose part of the org closed nothing are left out: there is nothing to
 * be accurate about. Worked out the first time it is asked for after the quarter closed, then kept.
 */
public record QuarterAccuracy(FiscalQuarter quarter, Map<String, Double> mean) {

    /** The director's standard for commit accuracy. */
    public static final double GOOD = 0.9;

    public QuarterAccuracy {
        mean = Map.copyOf(mean);
    }

    /** The kept accuracy of {@code people} in the closed {@code quarter}, worked out and kept first if it is not yet. */
    static QuarterAccuracy of(Org org, FiscalQuarter quarter, DealTotals totals, ForecastStore forecasts, Collection<String> people) {
        String key = key(quarter);
        Map<String, Double> kept = forecasts.keptAccuracy(List.of(key), people).get(key);
        if (kept == null) {
            forecasts.keepAccuracy(key, workedOut(org, quarter, totals, forecasts));
            kept = forecasts.keptAccuracy(List.of(key), people).getOrDefault(key, Map.of());
        }
        return new QuarterAccuracy(quarter, kept);
    }

    /** {@code FY27-Q3}. */
    static String key(FiscalQuarter quarter) {
        return quarter.key();
    }

    private static Map<String, Double> workedOut(Org org, FiscalQuarter quarter, DealTotals totals, ForecastStore forecasts) {
        Map<String, ForecastNumbers> actual = new HashMap<>();
        totals.of(quarter, org.currency()).forEach((owner, ofOwner) -> actual.put(owner, ofOwner.numbers()));
        ForecastRollup closedWon = new ForecastRollup(org, actual, Map.of(), Map.of(), Set.of());
        List<ForecastWeek> weeks = new ArrayList<>();
        for (int n = 1; n <= quarter.weeks(); n++) {
            weeks.add(new ForecastWeek(quarter, n));
        }
        Map<String, List<Double>> weekly = new HashMap<>();
        for (Map<String, WeekLine> lines : new ForecastHistory(forecasts).lines(org, weeks, () -> actual, Optional.empty(),
                quarter.end().plusDays(2)).values()) {
            lines.forEach((person, line) -> {
                BigDecimal closed = org.person(person).isPresent() ? closedWon.line(person).deals().closed().amount() : BigDecimal.ZERO;
                if (closed.signum() > 0 && line.anyoneCalled()) {
                    BigDecimal off = line.counted().commit().amount().subtract(closed).abs();
                    weekly.computeIfAbsent(person, k -> new ArrayList<>())
                            .add(Math.max(0, 1 - off.divide(closed, MathContext.DECIMAL64).doubleValue()));
                }
            });
        }
        Map<String, Double> mean = new HashMap<>();
        weekly.forEach((person, values) -> mean.put(person, values.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        return mean;
    }

    public Optional<Double> of(String personId) {
        return Optional.ofNullable(mean.get(personId));
    }
}
