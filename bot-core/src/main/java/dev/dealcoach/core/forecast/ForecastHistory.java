package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.Org;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The weeks gone by, read from their kept lines. A week's lines are kept the first time they are
 * needed after it ended: rolled up from that week's calls, with the deals as they are at that moment
 * for whoever did not call. A week nobody called has nothing to keep, and reads as no lines.
 */
final class ForecastHistory {

    private final ForecastStore forecasts;

    ForecastHistory(ForecastStore forecasts) {
        this.forecasts = forecasts;
    }

    /**
     * The lines of {@code people} (everyone's when empty) in each of {@code weeks}, all of one quarter
     * and gone by, in the order asked; {@code quarterDeals} are each person's own deals in that quarter now.
     */
    Map<String, Map<String, WeekLine>> lines(Org org, List<ForecastWeek> weeks, Map<String, ForecastNumbers> quarterDeals,
                                             Optional<Collection<String>> people) {
        List<String> keys = weeks.stream().map(ForecastWeek::key).toList();
        Map<String, Map<String, WeekLine>> kept = read(keys, people);
        List<String> unkept = keys.stream().filter(key -> !kept.containsKey(key)).toList();
        if (!unkept.isEmpty()) {
            boolean keptAny = false;
            for (Map.Entry<String, Map<String, ForecastCall>> week : forecasts.weeks(unkept).entrySet()) {
                if (!week.getValue().isEmpty()) {
                    Map<String, ForecastNumbers> called = new HashMap<>();
                    week.getValue().forEach((person, call) -> called.put(person, call.called()));
                    forecasts.keepLines(week.getKey(), new ForecastRollup(org, quarterDeals, called, Map.of(), Set.of()).everyLine());
                    keptAny = true;
                }
            }
            if (keptAny) {
                kept.putAll(read(unkept, people));
            }
        }
        Map<String, Map<String, WeekLine>> ordered = new LinkedHashMap<>();
        keys.forEach(key -> ordered.put(key, kept.getOrDefault(key, Map.of())));
        return ordered;
    }

    private Map<String, Map<String, WeekLine>> read(List<String> keys, Optional<Collection<String>> people) {
        return new LinkedHashMap<>(people.isPresent() ? forecasts.keptLines(keys, people.get()) : forecasts.keptLines(keys));
    }
}
