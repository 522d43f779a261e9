package dev.dealcoach.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Role;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rollup arithmetic over a four-level org: a VP over a director (a director under a director) over
 * two managers over reps, with a manager who calls and one who does not, a rep without a quota, and
 * a rep away.
 */
class ForecastRollupTest {

    private static final Currency USD = Currency.getInstance("USD");

    private static Person person(String id, Role role, String manager, String quota) {
        return new Person(id, id.substring(0, 1).toUpperCase() + id.substring(1) + " Example", id + "@example.com", role, manager,
                ZoneId.of("UTC"), Money.of(quota, "USD"), null, null);
    }

    private final Org org = Org.of(new FiscalCalendar(2), USD, List.of(
            person("vp", Role.DIRECTOR, null, "8000000"),
            person("dana", Role.DIRECTOR, "vp", "6000000"),
            person("mo", Role.MANAGER, "dana", "2000000"),
            person("sam", Role.MANAGER, "dana", "2000000"),
            person("ria", Role.REP, "mo", "500000"),
            person("ana", Role.REP, "mo", "500000"),
            person("lee", Role.REP, "sam", "500000"),
            person("jo", Role.REP, "sam", "0")));

    private static ForecastNumbers numbers(long closed, long commit, long bestCase, long pipeline) {
        return new ForecastNumbers(usd(closed), usd(commit), usd(bestCase), usd(pipeline));
    }

    private static Money usd(long amount) {
        return Money.of(Long.toString(amount), "USD");
    }

    private final Map<String, ForecastNumbers> ownDeals = new HashMap<>(Map.of(
            "ria", numbers(100, 300, 400, 900),
            "ana", numbers(50, 200, 300, 700),
            "lee", numbers(0, 100, 250, 600),
            "jo", numbers(20, 20, 80, 300)));

    @Test
    void aRepWithoutACallCountsTheirDealsAndAManagerWithoutACallCountsTheTeamSum() {
        Map<String, ForecastNumbers> calls = Map.of("ria", numbers(100, 350, 450, 900));

        ForecastRollup rollup = new ForecastRollup(org, ownDeals, calls, Map.of(), Set.of());

        assertThat(rollup.line("ana").counted()).isEqualTo(numbers(50, 200, 300, 700));
        assertThat(rollup.line("mo").call()).isEmpty();
        assertThat(rollup.line("mo").teamSum()).contains(numbers(150, 550, 750, 1600));
        assertThat(rollup.line("mo").counted()).isEqualTo(numbers(150, 550, 750, 1600));
        assertThat(rollup.line("mo").deals()).as("the CRM's number ignores calls").isEqualTo(numbers(150, 500, 700, 1600));
    }

    @Test
    void aManagersOwnCallCountsUpTheTreeAndTheTeamSumIsKeptBesideIt() {
        Map<String, ForecastNumbers> calls = Map.of(
                "ria", numbers(100, 350, 450, 900),
                "sam", numbers(20, 90, 300, 900));

        ForecastRollup rollup = new ForecastRollup(org, ownDeals, calls, Map.of(), Set.of());

        assertThat(rollup.line("sam").call()).contains(numbers(20, 90, 300, 900));
        assertThat(rollup.line("sam").teamSum()).contains(numbers(20, 120, 330, 900));
        assertThat(rollup.line("dana").counted()).as("Mo's team sum plus Sam's own call")
                .isEqualTo(numbers(170, 640, 1050, 2500));
        assertThat(rollup.line("vp").counted()).as("a director under a director rolls up the same way")
                .isEqualTo(rollup.line("dana").counted());
    }

    @Test
    void aDirectorSeesEveryManagerBelowAtAnyDepthAManagerTheirRepsAndARepNoOne() {
        ForecastRollup rollup = new ForecastRollup(org, ownDeals, Map.of(), Map.of(), Set.of());

        assertThat(rollup.linesFor("vp")).extracting(line -> line.person().id()).containsExactly("dana", "mo", "sam");
        assertThat(rollup.linesFor("dana")).extracting(line -> line.person().id()).containsExactly("mo", "sam");
        assertThat(rollup.linesFor("mo")).extracting(line -> line.person().id()).containsExactly("ria", "ana");
        assertThat(rollup.linesFor("ria")).isEmpty();
        assertThat(rollup.line("sam").depth()).isEqualTo(rollup.line("dana").depth() + 1);
    }

    @Test
    void repsWhoHaveNotCalledAreMissingUnlessAwayAndManagersNeedNotCall() {
        Map<String, ForecastNumbers> calls = Map.of("ria", numbers(100, 350, 450, 900));

        ForecastRollup rollup = new ForecastRollup(org, ownDeals, calls, Map.of(), Set.of("lee"));

        assertThat(rollup.missing("vp")).extracting(Person::id).containsExactly("ana", "jo");
        assertThat(rollup.away("vp")).extracting(Person::id).containsExactly("lee");
        assertThat(rollup.missing("mo")).extracting(Person::id).containsExactly("ana");
        assertThat(rollup.missing("ria")).isEmpty();
    }

    @Test
    void lastWeekIsWhatTheLineCountedLastWeekWhereAnyoneAtOrBelowItCalled() {
        Map<String, ForecastNumbers> lastWeekCalls = Map.of("ria", numbers(100, 250, 400, 900),
                "ana", numbers(50, 150, 300, 700));
        Map<String, WeekLine> lastWeek = new ForecastRollup(org, ownDeals, lastWeekCalls, Map.of(), Set.of()).everyLine();
        Map<String, ForecastNumbers> thisWeek = Map.of("ria", numbers(100, 350, 450, 900));

        ForecastRollup rollup = new ForecastRollup(org, ownDeals, thisWeek, lastWeek, Set.of());

        assertThat(rollup.line("ria").lastWeek()).contains(numbers(100, 250, 400, 900));
        assertThat(rollup.line("lee").lastWeek()).isEmpty();
        assertThat(rollup.line("mo").lastWeek()).contains(numbers(150, 400, 700, 1600));
        assertThat(rollup.line("sam").lastWeek()).as("nobody in Sam's team called last week").isEmpty();
        assertThat(rollup.line("dana").lastWeek()).as("Mo's calls, and Sam's team's deals as they stood")
                .contains(numbers(170, 520, 1030, 2500));
    }

    @Test
    void anyoneCalledLooksAtTheWholeSubtreeButNotAbove() {
        ForecastRollup rollup = new ForecastRollup(org, ownDeals, Map.of("jo", numbers(20, 20, 80, 300)), Map.of(), Set.of());

        assertThat(List.of("jo", "sam", "dana", "vp")).allMatch(rollup::anyoneCalled);
        assertThat(List.of("lee", "mo", "ria", "ana")).noneMatch(rollup::anyoneCalled);
    }

    @Test
    void aRepMovedToAnotherTeamCountsWhereTheOrgFileNowPutsThem() {
        Org moved = Org.of(org.calendar(), USD, org.people().stream()
                .map(p -> p.id().equals("ana") ? person("ana", Role.REP, "sam", "500000") : p).toList());

        ForecastRollup rollup = new ForecastRollup(moved, ownDeals, Map.of(), Map.of(), Set.of());

        assertThat(rollup.line("mo").counted()).isEqualTo(numbers(100, 300, 400, 900));
        assertThat(rollup.line("sam").counted()).isEqualTo(numbers(70, 320, 630, 1600));
        assertThat(rollup.line("dana").counted()).isEqualTo(numbers(170, 620, 1030, 2500));
    }
}
