package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.store.DealStore;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The forecast of the week holding {@code today}, as the deals and the calls say it now: the week,
 * each person's own deals' numbers, the rollup, and which currencies were left out.
 */
public record CurrentForecast(ForecastWeek week, Map<String, DealNumbers> ownDeals, ForecastRollup rollup,
                              Set<String> otherCurrencies) {

    public static CurrentForecast of(Org org, LocalDate today, DealStore deals, ForecastStore forecasts) {
        ForecastWeek week = ForecastWeek.of(org.calendar(), today);
        Map<String, List<Deal>> byOwner = deals.all().stream().collect(Collectors.groupingBy(Deal::ownerId));
        Map<String, DealNumbers> own = new HashMap<>();
        Map<String, ForecastNumbers> numbers = new HashMap<>();
        Set<String> other = new TreeSet<>();
        byOwner.forEach((owner, owned) -> {
            DealNumbers ofOwner = DealNumbers.of(owned, week.quarter(), org.currency());
            own.put(owner, ofOwner);
            numbers.put(owner, ofOwner.numbers());
            other.addAll(ofOwner.otherCurrencies());
        });
        Map<String, ForecastCall> lastWeek = week.number() == 1 ? Map.of() : forecasts.week(week.previous(org.calendar()).key());
        ForecastRollup rollup = new ForecastRollup(org, numbers, forecasts.week(week.key()), lastWeek, forecasts.away(week.key()));
        return new CurrentForecast(week, Map.copyOf(own), rollup, other);
    }

    /** What a person's call starts from: their own deals, or for someone with reports, their team's lines and own deals. */
    public ForecastNumbers startingPoint(String personId) {
        ForecastRollup.Line line = rollup.line(personId);
        return line.teamSum().orElse(line.deals());
    }
}
