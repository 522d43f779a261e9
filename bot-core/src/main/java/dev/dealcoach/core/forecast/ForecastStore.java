package dev.dealcoach.core.forecast;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Keeps forecast calls, every version of them, and who is away in a week. */
public interface ForecastStore {

    /**
     * Keeps a new version of the person's call for its week. The one that counts is the one made
     * last ({@link ForecastCall#at}); of two made at the same instant, the one saved last.
     */
    void save(ForecastCall call);

    /** The call that counts for the person in the week. */
    Optional<ForecastCall> latest(String personId, String week);

    /** Every version of the person's call for the week, newest first: the first is the one that counts. */
    List<ForecastCall> versions(String personId, String week);

    /** Everyone's call that counts in the week, by person id: the rollup reads a week in one go. */
    Map<String, ForecastCall> week(String week);

    /** Several weeks' calls that count, by week key, as {@link #week} gives each: in one round trip where the store can. */
    default Map<String, Map<String, ForecastCall>> weeks(List<String> weeks) {
        Map<String, Map<String, ForecastCall>> byWeek = new java.util.LinkedHashMap<>();
        weeks.forEach(week -> byWeek.put(week, week(week)));
        return byWeek;
    }

    /** Marks the person away for the week: not missing when they do not call. */
    void markAway(String personId, String week);

    /** Who is away in the week. */
    Set<String> away(String week);
}
