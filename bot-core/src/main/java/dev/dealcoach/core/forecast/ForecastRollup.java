package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A week's forecast rolled up the org tree. A person's line counts their own call where there is
 * one; a manager without a call counts the sum of the lines below them (their "team sum") plus their
 * own deals; a rep without a call counts what their deals say, and is missing unless away.
 */
public final class ForecastRollup {

    private final Org org;
    private final Map<String, ForecastNumbers> ownDeals;
    private final Map<String, ForecastNumbers> calls;
    private final Map<String, WeekLine> lastWeek;
    private final Set<String> away;
    private final ForecastNumbers zero;
    private final Map<String, Line> lines = new HashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();

    /**
     * One person's line.
     *
     * @param deals    what the deals of everyone at and below the person say (the CRM's number)
     * @param call     the person's own call this week, if they made one
     * @param teamSum  for someone with reports, the sum of their reports' lines plus their own deals
     * @param counted  what this line counts towards the line above: the call, else the team sum, else the deals
     * @param lastWeek what the line counted last week, where anyone at or below the person called then
     * @param anyoneCalled whether the person or anyone below them called this week
     */
    public record Line(Person person, int depth, ForecastNumbers deals, Optional<ForecastNumbers> call,
                       Optional<ForecastNumbers> teamSum, ForecastNumbers counted, Optional<ForecastNumbers> lastWeek,
                       boolean anyoneCalled) {

        public boolean called() {
            return call.isPresent();
        }
    }

    /**
     * @param calls    what each person who called this week called ({@link ForecastCall#called})
     * @param lastWeek last week's lines as kept ({@link ForecastHistory}), of the people whose change since then is wanted
     */
    public ForecastRollup(Org org, Map<String, ForecastNumbers> ownDeals, Map<String, ForecastNumbers> calls,
                          Map<String, WeekLine> lastWeek, Set<String> away) {
        this.org = org;
        // HashMap copies: Map.copyOf probes linearly, slow for thousands of ids that hash close together (rep-00001, ...).
        this.ownDeals = new HashMap<>(ownDeals);
        this.calls = new HashMap<>(calls);
        this.lastWeek = new HashMap<>(lastWeek);
        this.away = Set.copyOf(away);
        this.zero = ForecastNumbers.zero(org.currency());
    }

    /** The line of {@code personId}, computed once for the whole subtree below them. */
    public Line line(String personId) {
        Line cached = lines.get(personId);
        if (cached != null) {
            return cached;
        }
        Person person = org.person(personId).orElseThrow(() -> new IllegalArgumentException("no person " + personId));
        ForecastNumbers own = ownDeals.getOrDefault(personId, zero);
        List<Person> reports = org.directReports(personId);
        ForecastNumbers deals = own;
        ForecastNumbers sum = own;
        boolean anyoneCalled = calls.containsKey(personId);
        for (Person report : reports) {
            Line below = line(report.id());
            deals = deals.plus(below.deals());
            sum = sum.plus(below.counted());
            anyoneCalled |= below.anyoneCalled();
        }
        Optional<ForecastNumbers> call = Optional.ofNullable(calls.get(personId));
        Optional<ForecastNumbers> teamSum = reports.isEmpty() ? Optional.empty() : Optional.of(sum);
        ForecastNumbers counted = call.orElse(sum);
        Optional<ForecastNumbers> last = Optional.ofNullable(lastWeek.get(personId)).filter(WeekLine::anyoneCalled).map(WeekLine::counted);
        Line line = new Line(person, depth(personId), deals, call, teamSum, counted, last, anyoneCalled);
        lines.put(personId, line);
        return line;
    }

    /**
     * The lines a person sees: each direct report, and below a report who manages managers, those
     * managers too (at any depth), each after their own manager. A rep sees no lines but their own total.
     */
    public List<Line> linesFor(String personId) {
        List<String> ids = shownIn(org, personId);
        return ids.subList(1, ids.size()).stream().map(this::line).toList();
    }

    /** True when the person or anyone below them called this week. */
    public boolean anyoneCalled(String personId) {
        return line(personId).anyoneCalled();
    }

    /** Everyone's line, as a week that has gone by is kept. */
    Map<String, WeekLine> everyLine() {
        Map<String, WeekLine> every = new HashMap<>();
        org.people().forEach(person -> every.put(person.id(), WeekLine.of(line(person.id()))));
        return every;
    }

    /** Whose lines a person's view shows: the person and {@link #linesFor their lines}, without rolling anything up. */
    static List<String> shownIn(Org org, String personId) {
        List<String> ids = new ArrayList<>();
        ids.add(personId);
        addReports(org, personId, ids);
        return ids;
    }

    private static void addReports(Org org, String personId, List<String> ids) {
        for (Person report : org.directReports(personId)) {
            ids.add(report.id());
            if (managesManagers(org, report.id())) {
                addReports(org, report.id(), ids);
            }
        }
    }

    private static boolean managesManagers(Org org, String personId) {
        return org.directReports(personId).stream().anyMatch(r -> !org.directReports(r.id()).isEmpty());
    }

    /** The reps at or below the person who have not called this week and are not away, in org order. */
    public List<Person> missing(String personId) {
        return reps(personId).stream().filter(p -> !calls.containsKey(p.id()) && !away.contains(p.id())).toList();
    }

    /** The reps at or below the person who are away this week and have not called. */
    public List<Person> away(String personId) {
        return reps(personId).stream().filter(p -> away.contains(p.id()) && !calls.containsKey(p.id())).toList();
    }

    /** Who is expected to call: everyone at or below the person who has no reports (managers may call, need not). */
    private List<Person> reps(String personId) {
        List<Person> scope = new ArrayList<>();
        org.person(personId).ifPresent(scope::add);
        scope.addAll(org.below(personId));
        return scope.stream().filter(p -> org.directReports(p.id()).isEmpty()).toList();
    }

    /** How far below the top of the org the person is, worked out once per person. */
    private int depth(String personId) {
        Integer known = depths.get(personId);
        if (known != null) {
            return known;
        }
        int depth = org.person(personId).flatMap(Person::manager).map(manager -> depth(manager) + 1).orElse(0);
        depths.put(personId, depth);
        return depth;
    }
}
