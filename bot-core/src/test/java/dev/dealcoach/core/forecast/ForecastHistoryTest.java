package dev.dealcoach.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.model.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Weeks gone by are kept once, from their calls and the deals as they stood, and read from what was kept. */
class ForecastHistoryTest {

    private static final FiscalCalendar CALENDAR = new FiscalCalendar(2);
    private static final FiscalQuarter Q4 = CALENDAR.quarterOf(LocalDate.of(2026, 11, 15));
    private static final ForecastWeek WEEK_1 = new ForecastWeek(Q4, 1);
    private static final ForecastWeek WEEK_2 = new ForecastWeek(Q4, 2);
    private static final LocalDate LATER = LocalDate.of(2026, 12, 31);

    private static Person person(String id, Role role, String manager) {
        return new Person(id, id, id + "@example.com", role, manager, ZoneId.of("UTC"), Money.of("500000", "USD"), null, null);
    }

    private final Org org = Org.of(CALENDAR, Currency.getInstance("USD"), List.of(person("mo", Role.MANAGER, null),
            person("ria", Role.REP, "mo"), person("ana", Role.REP, "mo")));
    private final InMemoryStores stores = new InMemoryStores(Clock.systemUTC());
    private final ForecastStore forecasts = stores.forecasts();
    private final ForecastHistory history = new ForecastHistory(forecasts);

    private static ForecastNumbers commit(long commit) {
        Money amount = Money.of(Long.toString(commit), "USD");
        return new ForecastNumbers(Money.zero(amount.currency()), amount, amount, amount);
    }

    private void call(String person, ForecastWeek week, long commit) {
        forecasts.save(new ForecastCall(person, week.key(), commit(commit), commit(commit), "", person, Instant.EPOCH));
    }

    @Test
    void aWeekGoneByIsRolledUpOnceFromItsCallsAndTheDealsThenAndReadAsKeptAfterwards() {
        call("ria", WEEK_1, 300);

        Map<String, WeekLine> first = history.lines(org, List.of(WEEK_1), () -> Map.of("ana", commit(200)), Optional.empty(), LATER)
                .get(WEEK_1.key());
        assertThat(first.get("mo").counted()).isEqualTo(commit(500));
        assertThat(first.get("ana").anyoneCalled()).isFalse();

        call("ria", WEEK_1, 900);
        Map<String, WeekLine> later = history.lines(org, List.of(WEEK_1), () -> Map.of("ana", commit(700)), Optional.of(List.of("mo")), LATER)
                .get(WEEK_1.key());
        assertThat(later).as("the kept lines, not the week rolled up again").containsOnlyKeys("mo");
        assertThat(later.get("mo").counted()).isEqualTo(commit(500));
        assertThat(later.get("mo").deals()).isEqualTo(commit(200));
    }

    @Test
    void aWeekNobodyCalledHasNoLinesAndIsKeptOnlyOnceSomebodyCallsForIt() {
        assertThat(history.lines(org, List.of(WEEK_1, WEEK_2), () -> Map.of(), Optional.empty(), LATER))
                .containsExactly(Map.entry(WEEK_1.key(), Map.of()), Map.entry(WEEK_2.key(), Map.of()));
        assertThat(forecasts.keptLines(List.of(WEEK_1.key(), WEEK_2.key()))).isEmpty();

        call("ana", WEEK_2, 100);
        assertThat(history.lines(org, List.of(WEEK_1, WEEK_2), () -> Map.of(), Optional.of(List.of("ana", "mo")), LATER).get(WEEK_2.key()))
                .containsOnlyKeys("ana", "mo");
        assertThat(forecasts.keptLines(List.of(WEEK_1.key(), WEEK_2.key()))).containsOnlyKeys(WEEK_2.key());
    }

    @Test
    void aWeekThatEndedLessThanADayAgoIsRolledUpButNotKeptYet() {
        call("ria", WEEK_1, 300);
        LocalDate nextWeeksFirstDay = WEEK_1.start().plusDays(7);

        Map<String, WeekLine> now = history.lines(org, List.of(WEEK_1), () -> Map.of("ana", commit(200)), Optional.of(List.of("mo")),
                nextWeeksFirstDay).get(WEEK_1.key());
        assertThat(now.get("mo").counted()).isEqualTo(commit(500));
        assertThat(forecasts.keptLines(List.of(WEEK_1.key()))).as("another zone may still call for it").isEmpty();

        call("ana", WEEK_1, 250);
        assertThat(history.lines(org, List.of(WEEK_1), () -> Map.of("ana", commit(200)), Optional.of(List.of("mo")),
                nextWeeksFirstDay.plusDays(1)).get(WEEK_1.key()).get("mo").counted()).isEqualTo(commit(550));
        assertThat(forecasts.keptLines(List.of(WEEK_1.key()))).containsOnlyKeys(WEEK_1.key());
    }

    @Test
    void aWeekKeptWhenARepLooksFirstHoldsTheWholeOrgSoTheirManagerSeesTheirTeamInIt() {
        stores.deals().replaceAll(List.of(new dev.dealcoach.core.model.Deal("D-1", "Deal", "Acme", "ana", Money.of("200", "USD"),
                dev.dealcoach.core.model.Stage.NEGOTIATION, dev.dealcoach.core.model.ForecastCategory.COMMIT, LocalDate.of(2026, 12, 20),
                "", null, LocalDate.of(2026, 10, 1))));
        call("ria", WEEK_1, 300);
        LocalDate weekThree = new ForecastWeek(Q4, 3).start();

        CurrentForecast.of(org, weekThree, "ria", stores.dealTotals(), forecasts);
        CurrentForecast mos = CurrentForecast.of(org, weekThree, "mo", stores.dealTotals(), forecasts);

        assertThat(mos.pastWeeks().get(0).get("mo").counted().commit()).as("Ria's call and Ana's deals").isEqualTo(Money.of("500", "USD"));
    }
}
