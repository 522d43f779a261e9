package dev.dealcoach.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Role;
import dev.dealcoach.core.model.Stage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Accuracy at quarter close: each week's commit call against what closed won, and the quarter's mean. */
class QuarterAccuracyTest {

    private static final FiscalCalendar CALENDAR = new FiscalCalendar(2);
    private static final FiscalQuarter Q3 = CALENDAR.quarterOf(LocalDate.of(2026, 9, 15));

    private static Person person(String id, Role role, String manager) {
        return new Person(id, id, id + "@example.com", role, manager, ZoneId.of("UTC"), Money.of("500000", "USD"), null, null);
    }

    private final Org org = Org.of(CALENDAR, Currency.getInstance("USD"), List.of(person("mo", Role.MANAGER, null),
            person("ria", Role.REP, "mo"), person("ana", Role.REP, "mo"), person("lee", Role.REP, "mo")));
    private static final List<String> EVERYONE = List.of("mo", "ria", "ana", "lee");

    private final InMemoryStores stores = new InMemoryStores(java.time.Clock.systemUTC());
    private final ForecastStore forecasts = stores.forecasts();

    private static Deal won(String owner, String amount) {
        return new Deal("D-" + owner, owner, owner, owner, Money.of(amount, "USD"), Stage.CLOSED_WON, ForecastCategory.CLOSED,
                LocalDate.of(2026, 10, 20), "", null, LocalDate.of(2026, 6, 1));
    }

    private void call(String person, int week, String commit) {
        Money amount = Money.of(commit, "USD");
        ForecastNumbers numbers = new ForecastNumbers(Money.zero(amount.currency()), amount, amount, amount);
        forecasts.save(new ForecastCall(person, new ForecastWeek(Q3, week).key(), numbers, numbers, "", person, Instant.EPOCH));
    }

    @Test
    void eachWeeksCommitIsComparedWithWhatClosedWonAndTheQuarterIsTheirMean() {
        call("ria", 1, "90000");
        call("ria", 2, "120000");
        call("ana", 1, "300000");
        call("lee", 2, "50000");

        stores.deals().replaceAll(List.of(won("ria", "100000"), won("ana", "100000")));

        QuarterAccuracy accuracy = QuarterAccuracy.of(org, Q3, stores.dealTotals(), forecasts, EVERYONE);

        assertThat(accuracy.of("ria")).hasValueSatisfying(a -> assertThat(a).isCloseTo(0.85, within(1e-9)));
        assertThat(accuracy.of("ana")).as("more than double what closed: no accuracy at all, not a negative one").contains(0.0);
        assertThat(accuracy.of("lee")).as("Lee closed nothing: nothing to be accurate about").isEmpty();
        // Mo's team sum against 200k closed: week 1 Ria 90k + Ana 300k + Lee's deals 0 = 390k (5%);
        // week 2 Ria 120k + Ana's deals (100k closed won) + Lee 50k = 270k (65%).
        assertThat(accuracy.of("mo")).hasValueSatisfying(a -> assertThat(a).isCloseTo((0.05 + 0.65) / 2, within(1e-9)));
    }

    @Test
    void onceWorkedOutTheAccuracyIsKeptAndDealsOrCallsChangedLaterDoNotMoveIt() {
        call("ria", 1, "90000");
        stores.deals().replaceAll(List.of(won("ria", "100000")));
        assertThat(QuarterAccuracy.of(org, Q3, stores.dealTotals(), forecasts, List.of("ria")).of("ria"))
                .hasValueSatisfying(a -> assertThat(a).isCloseTo(0.9, within(1e-9)));

        stores.deals().replaceAll(List.of(won("ria", "400000")));
        call("ria", 2, "400000");

        QuarterAccuracy again = QuarterAccuracy.of(org, Q3, stores.dealTotals(), forecasts, EVERYONE);
        assertThat(again.of("ria")).hasValueSatisfying(a -> assertThat(a).isCloseTo(0.9, within(1e-9)));
        assertThat(again.mean()).as("only who was asked for, and whoever had an accuracy").containsOnlyKeys("ria", "mo");
    }

    @Test
    void aQuarterNobodyCalledIsKeptAsHavingNoAccuracy() {
        stores.deals().replaceAll(List.of(won("ria", "100000")));
        assertThat(QuarterAccuracy.of(org, Q3, stores.dealTotals(), forecasts, EVERYONE).mean()).isEmpty();

        call("ria", 1, "100000");
        assertThat(QuarterAccuracy.of(org, Q3, stores.dealTotals(), forecasts, EVERYONE).mean())
                .as("kept when the quarter was first looked at, after it closed").isEmpty();
    }
}
