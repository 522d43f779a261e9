package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.forecast.ForecastCall;
import dev.dealcoach.core.forecast.ForecastStore;
import dev.dealcoach.core.forecast.WeekLine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Per week and person, every version newest first: the first is the one that counts. */
final class InMemoryForecastStore implements ForecastStore {

    private final Map<String, Map<String, List<ForecastCall>>> weeks = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> away = new ConcurrentHashMap<>();
    private final Map<String, Map<String, WeekLine>> lines = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Double>> accuracy = new ConcurrentHashMap<>();

    @Override
    public void save(ForecastCall call) {
        weeks.computeIfAbsent(call.week(), week -> new ConcurrentHashMap<>())
                .merge(call.personId(), List.of(call), (versions, added) -> withVersion(versions, call));
    }

    /** Before every version not newer than it: of two with the same time, the one saved later counts. */
    private static List<ForecastCall> withVersion(List<ForecastCall> versions, ForecastCall call) {
        int position = 0;
        while (position < versions.size() && versions.get(position).at().isAfter(call.at())) {
            position++;
        }
        List<ForecastCall> next = new ArrayList<>(versions);
        next.add(position, call);
        return List.copyOf(next);
    }

    @Override
    public Optional<ForecastCall> latest(String personId, String week) {
        return versions(personId, week).stream().findFirst();
    }

    @Override
    public List<ForecastCall> versions(String personId, String week) {
        return weeks.getOrDefault(week, Map.of()).getOrDefault(personId, List.of());
    }

    @Override
    public Map<String, ForecastCall> week(String week) {
        return weeks.getOrDefault(week, Map.of()).entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> entry.getValue().get(0)));
    }

    @Override
    public void markAway(String personId, String week) {
        away.computeIfAbsent(week, w -> ConcurrentHashMap.newKeySet()).add(Objects.requireNonNull(personId, "personId"));
    }

    @Override
    public void unmarkAway(String personId, String week) {
        away.getOrDefault(week, Set.of()).remove(personId);
    }

    @Override
    public Set<String> away(String week) {
        return Set.copyOf(away.getOrDefault(week, Set.of()));
    }

    @Override
    public void keepLines(String week, Map<String, WeekLine> kept) {
        lines.putIfAbsent(week, Map.copyOf(kept));
    }

    @Override
    public Map<String, Map<String, WeekLine>> keptLines(List<String> weeks, Collection<String> people) {
        return only(keptLines(weeks), people);
    }

    @Override
    public Map<String, Map<String, WeekLine>> keptLines(List<String> weeks) {
        return kept(lines, weeks);
    }

    @Override
    public void keepAccuracy(String quarter, Map<String, Double> kept) {
        accuracy.putIfAbsent(quarter, Map.copyOf(kept));
    }

    @Override
    public Map<String, Map<String, Double>> keptAccuracy(List<String> quarters, Collection<String> people) {
        return only(kept(accuracy, quarters), people);
    }

    private static <T> Map<String, Map<String, T>> kept(Map<String, Map<String, T>> store, List<String> keys) {
        Map<String, Map<String, T>> found = new LinkedHashMap<>();
        keys.stream().filter(store::containsKey).forEach(key -> found.put(key, store.get(key)));
        return found;
    }

    private static <T> Map<String, Map<String, T>> only(Map<String, Map<String, T>> byKey, Collection<String> people) {
        Set<String> wanted = Set.copyOf(people);
        Map<String, Map<String, T>> found = new LinkedHashMap<>();
        byKey.forEach((key, values) -> found.put(key, values.entrySet().stream().filter(e -> wanted.contains(e.getKey()))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue))));
        return found;
    }

    /** The weeks the person has a call in, oldest first. */
    List<String> weeksOf(String personId) {
        return weeks.entrySet().stream().filter(week -> week.getValue().containsKey(personId)).map(Map.Entry::getKey).sorted().toList();
    }

    /** Keeps only the call that counts in each week, without its note; the person is away in no week. */
    void forget(String personId) {
        weeks.values().forEach(calls -> calls.computeIfPresent(personId, (person, versions) -> List.of(versions.get(0).withoutNote())));
        away.values().forEach(people -> people.remove(personId));
    }

    /** Drops the weeks before {@code cutoffWeek} and the accuracy of the quarters before {@code cutoffQuarter}; how many of each. */
    int[] prune(String cutoffWeek, String cutoffQuarter) {
        java.util.Set<String> old = new java.util.HashSet<>();
        java.util.stream.Stream.of(weeks.keySet(), away.keySet(), lines.keySet()).forEach(keys -> keys.removeIf(week -> {
            boolean before = week.compareTo(cutoffWeek) < 0;
            if (before) {
                old.add(week);
            }
            return before;
        }));
        int quarters = accuracy.size();
        accuracy.keySet().removeIf(quarter -> quarter.compareTo(cutoffQuarter) < 0);
        return new int[] {old.size(), quarters - accuracy.size()};
    }
}
