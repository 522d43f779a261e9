package dev.dealcoach.core.forecast;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps forecast calls, every version of them, and who is away in a week; and, once a week or a
 * quarter has gone by, its lines and its accuracy, each kept once.
 */
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

    /** What {@code people} called in the week ({@link ForecastCall#called} of the calls that count), by person id, in one go. */
    default Map<String, ForecastNumbers> called(String week, Collection<String> people) {
        return called(week(week), people);
    }

    /** The numbers called in {@code calls}, of {@code people} only. */
    static Map<String, ForecastNumbers> called(Map<String, ForecastCall> calls, Collection<String> people) {
        Set<String> wanted = people instanceof Set<String> set ? set : Set.copyOf(people);
        Map<String, ForecastNumbers> called = new java.util.HashMap<>();
        calls.forEach((person, call) -> {
            if (wanted.contains(person)) {
                called.put(person, call.called());
            }
        });
        return called;
    }

    /** Several weeks' calls that count, by week key, as {@link #week} gives each: in one round trip where the store can. */
    default Map<String, Map<String, ForecastCall>> weeks(List<String> weeks) {
        Map<String, Map<String, ForecastCall>> byWeek = new java.util.LinkedHashMap<>();
        weeks.forEach(week -> byWeek.put(week, week(week)));
        return byWeek;
    }

    /** Marks the person away for the week: not missing when they do not call. */
    void markAway(String personId, String week);

    /** Undoes {@link #markAway} for the week. */
    void unmarkAway(String personId, String week);

    /** Who is away in the week. */
    Set<String> away(String week);

    /**
     * Keeps a week's lines once it has gone by, every person's at once. The first kept stay: another
     * instance keeping the same week at the same moment changes nothing.
     */
    void keepLines(String week, Map<String, WeekLine> lines);

    /**
     * The kept lines of {@code people} in each of the weeks that has lines kept, by week key then
     * person id; a week without kept lines is left out. In one round trip where the store can.
     */
    Map<String, Map<String, WeekLine>> keptLines(List<String> weeks, Collection<String> people);

    /** Every person's kept lines in each of the weeks that has them, as {@link #keptLines(List, Collection)}. */
    Map<String, Map<String, WeekLine>> keptLines(List<String> weeks);

    /** Keeps a closed quarter's commit accuracy per person ({@link QuarterAccuracy}); the first kept stays. */
    void keepAccuracy(String quarter, Map<String, Double> accuracy);

    /** The kept accuracy of {@code people} in each quarter that has it, by quarter key then person id. */
    Map<String, Map<String, Double>> keptAccuracy(List<String> quarters, Collection<String> people);
}
