package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How well a closed quarter's weekly commit calls matched what closed won: for each week someone at
 * or below a person called, 1 - |commit called - closed won| / closed won (at least 0), and the
 * quarter's mean. People whose part of the org closed nothing are left out: there is nothing to be
 * accurate about.
 */
public record QuarterAccuracy(FiscalQuarter quarter, Map<String, Double> mean) {

    /** The director's standard for commit accuracy. */
    public static final double GOOD = 0.9;

    public QuarterAccuracy {
        mean = Map.copyOf(mean);
    }

    public static QuarterAccuracy of(Org org, FiscalQuarter quarter, DealTotals totals, ForecastStore forecasts) {
        Map<String, ForecastNumbers> actual = new HashMap<>();
        totals.of(quarter, org.currency()).forEach((owner, ofOwner) -> actual.put(owner, ofOwner.numbers()));
        Map<String, List<Double>> weekly = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (int n = 1; n <= quarter.weeks(); n++) {
            keys.add(new ForecastWeek(quarter, n).key());
        }
        for (Map<String, ForecastCall> calls : forecasts.weeks(keys).values()) {
            if (calls.isEmpty()) {
                continue;
            }
            ForecastRollup rollup = new ForecastRollup(org, actual, calls, Map.of(), Set.of());
            for (Person person : org.people()) {
                BigDecimal closed = rollup.line(person.id()).deals().closed().amount();
                if (closed.signum() > 0 && rollup.anyoneCalled(person.id())) {
                    BigDecimal off = rollup.line(person.id()).counted().commit().amount().subtract(closed).abs();
                    double accuracy = Math.max(0, 1 - off.divide(closed, MathContext.DECIMAL64).doubleValue());
                    weekly.computeIfAbsent(person.id(), k -> new ArrayList<>()).add(accuracy);
                }
            }
        }
        Map<String, Double> mean = new HashMap<>();
        weekly.forEach((person, values) -> mean.put(person, values.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        return new QuarterAccuracy(quarter, mean);
    }

    public Optional<Double> of(String personId) {
        return Optional.ofNullable(mean.get(personId));
    }
}
