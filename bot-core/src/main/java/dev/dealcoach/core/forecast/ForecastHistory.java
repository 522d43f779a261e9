package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.Org;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The weeks gone by, read from their kept lines. A week's lines are kept the first time they are
 * needed once it has ended everywhere (a day after its last day, so that no time zone still calls for
 * it): rolled up from that week's calls over the whole org, with the deals as they are at that moment
 * for whoever did not call. A week that ended less than a day ago is rolled up the same way but not
 * kept yet. A week nobody called has nothing to keep, and reads as no lines.
 */
final class ForecastHistory {

    private final ForecastStore forecasts;

    ForecastHistory(ForecastStore forecasts) {
        this.forecasts = forecasts;
    }

    /**
     * The lines of {@code people} (everyone's when empty) in each of {@code weeks}, all of one quarter
     * and ended by {@code today}, in the order asked. {@code quarterDeals} gives every owner's own deals
     * in that quarter now, the whole org's: read only when a week is rolled up.
     */
    Map<String, Map<String, WeekLine>> lines(Org org, List<ForecastWeek> weeks, Supplier<Map<String, ForecastNumbers>> quarterDeals,
                                             Optional<Collection<String>> people, LocalDate today) {
        List<String> keys = weeks.stream().map(ForecastWeek::key).toList();
        Map<String, Map<String, WeekLine>> kept = read(keys, people);
        List<String> unkept = keys.stream().filter(key -> !kept.containsKey(key)).toList();
        if (!unkept.isEmpty()) {
            boolean keptAny = false;
            Map<String, ForecastWeek> byKey = new HashMap<>();
            weeks.forEach(week -> byKey.put(week.key(), week));
            for (Map.Entry<String, Map<String, ForecastCall>> week : forecasts.weeks(unkept).entrySet()) {
                if (week.getValue().isEmpty()) {
                    continue;
                }
                Map<String, ForecastNumbers> called = new HashMap<>();
                week.getValue().forEach((person, call) -> called.put(person, call.called()));
                Map<String, WeekLine> every = new ForecastRollup(org, quarterDeals.get(), called, Map.of(), Set.of()).everyLine();
                if (endedEverywhere(byKey.get(week.getKey()), today)) {
                    forecasts.keepLines(week.getKey(), every);
                    keptAny = true;
                } else {
                    kept.put(week.getKey(), only(every, people));
                }
            }
            if (keptAny) {
                read(unkept, people).forEach(kept::put);
            }
        }
        Map<String, Map<String, WeekLine>> ordered = new LinkedHashMap<>();
        keys.forEach(key -> ordered.put(key, kept.getOrDefault(key, Map.of())));
        return ordered;
    }

    /** A day after the week's last day, no time zone is still in it. */
    private static boolean endedEverywhere(ForecastWeek week, LocalDate today) {
        return today.isAfter(week.start().plusDays(7));
    }

    private static Map<String, WeekLine> only(Map<String, WeekLine> every, Optional<Collection<String>> people) {
        if (people.isEmpty()) {
            return every;
        }
        Map<String, WeekLine> some = new HashMap<>();
        people.get().forEach(person -> {
            if (every.containsKey(person)) {
                some.put(person, every.get(person));
            }
        });
        return some;
    }

    private Map<String, Map<String, WeekLine>> read(List<String> keys, Optional<Collection<String>> people) {
        return new LinkedHashMap<>(people.isPresent() ? forecasts.keptLines(keys, people.get()) : forecasts.keptLines(keys));
    }
}
