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
    private final Map<String, ForecastCall> calls;
    private final Map<String, ForecastCall> lastWeek;
    private final Set<String> away;
    private final ForecastNumbers zero;
    private final Map<String, Line> lines = new HashMap<>();

    /**
     * One person's line.
     *
     * @param deals    what the deals of everyone at and below the person say (the CRM's number)
     * @param call     the person's own call this week, if they made one
     * @param teamSum  for someone with reports, the sum of their reports' lines plus their own deals
     * @param counted  what this line counts towards the line above: the call, else the team sum, else the deals
     * @param lastWeek what the line counted last week, where anyone at or below the person called then
     */
    public record Line(Person person, int depth, ForecastNumbers deals, Optional<ForecastNumbers> call,
                       Optional<ForecastNumbers> teamSum, ForecastNumbers counted, Optional<ForecastNumbers> lastWeek) {

        public boolean called() {
            return call.isPresent();
        }
    }

    public ForecastRollup(Org org, Map<String, ForecastNumbers> ownDeals, Map<String, ForecastCall> calls,
                          Map<String, ForecastCall> lastWeek, Set<String> away) {
        this.org = org;
        this.ownDeals = Map.copyOf(ownDeals);
        this.calls = Map.copyOf(calls);
        this.lastWeek = Map.copyOf(lastWeek);
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
        Optional<ForecastNumbers> sumLastWeek = Optional.empty();
        for (Person report : reports) {
            Line below = line(report.id());
            deals = deals.plus(below.deals());
            sum = sum.plus(below.counted());
            if (below.lastWeek().isPresent()) {
                sumLastWeek = Optional.of(sumLastWeek.orElse(zero).plus(below.lastWeek().get()));
            }
        }
        Optional<ForecastNumbers> call = Optional.ofNullable(calls.get(personId)).map(ForecastCall::called);
        Optional<ForecastNumbers> teamSum = reports.isEmpty() ? Optional.empty() : Optional.of(sum);
        ForecastNumbers counted = call.orElse(sum);
        Optional<ForecastNumbers> last = Optional.ofNullable(lastWeek.get(personId)).map(ForecastCall::called);
        if (last.isEmpty() && !reports.isEmpty()) {
            last = sumLastWeek;
        }
        Line line = new Line(person, depth(personId), deals, call, teamSum, counted, last);
        lines.put(personId, line);
        return line;
    }

    /**
     * The lines a person sees: each direct report, and below a report who manages managers, those
     * managers too (at any depth), each after their own manager. A rep sees no lines but their own total.
     */
    public List<Line> linesFor(String personId) {
        List<Line> shown = new ArrayList<>();
        addReports(personId, shown);
        return shown;
    }

    private void addReports(String personId, List<Line> shown) {
        for (Person report : org.directReports(personId)) {
            shown.add(line(report.id()));
            if (org.directReports(report.id()).stream().anyMatch(r -> !org.directReports(r.id()).isEmpty())) {
                addReports(report.id(), shown);
            }
        }
    }

    /** True when the person or anyone below them called this week. */
    public boolean anyoneCalled(String personId) {
        return calls.containsKey(personId) || org.below(personId).stream().anyMatch(p -> calls.containsKey(p.id()));
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

    private int depth(String personId) {
        int depth = 0;
        Optional<String> manager = org.person(personId).flatMap(Person::manager);
        while (manager.isPresent()) {
            depth++;
            manager = org.person(manager.get()).flatMap(Person::manager);
        }
        return depth;
    }
}
