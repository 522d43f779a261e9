package dev.dealcoach.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.store.DealStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DealTotals} must do: after any writes to the deal store, each owner's totals
 * for a quarter are what {@link DealNumbers} makes of the stored deals. Subclasses supply fresh,
 * empty stores.
 */
public abstract class DealTotalsContract {

    private static final FiscalCalendar CALENDAR = new FiscalCalendar(2);
    private static final FiscalQuarter Q4 = CALENDAR.quarterOf(LocalDate.of(2026, 11, 23));
    private static final FiscalQuarter Q3 = CALENDAR.previous(Q4);
    private static final FiscalQuarter NEXT = CALENDAR.next(Q4);
    private static final Currency USD = Currency.getInstance("USD");

    private Stores stores;
    private DealStore deals;
    private DealTotals totals;

    protected abstract Stores createEmptyStores();

    @BeforeEach
    void openStores() {
        stores = createEmptyStores();
        deals = stores.deals();
        totals = stores.dealTotals();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    private static Deal deal(String id, String owner, String amount, String currency, Stage stage, ForecastCategory category,
                             String close) {
        return new Deal(id, id, id, owner, Money.of(amount, currency), stage, category, LocalDate.parse(close), "", null,
                LocalDate.of(2026, 6, 1));
    }

    /** What the deals as stored say, per owner whose deals in the quarter add up to anything. */
    private Map<String, QuarterTotals> recomputed(FiscalQuarter quarter, Currency currency) {
        QuarterTotals nothing = new QuarterTotals(ForecastNumbers.zero(currency), 0, 0, Set.of());
        Map<String, QuarterTotals> expected = new HashMap<>();
        deals.all().stream().collect(Collectors.groupingBy(Deal::ownerId)).forEach((owner, owned) -> {
            QuarterTotals ofOwner = DealNumbers.of(owned, quarter, currency).totals();
            if (!ofOwner.equals(nothing)) {
                expected.put(owner, ofOwner);
            }
        });
        return expected;
    }

    private void assertTotalsMatchTheDeals() {
        for (FiscalQuarter quarter : List.of(Q3, Q4, NEXT)) {
            for (Currency currency : List.of(USD, Currency.getInstance("EUR"), Currency.getInstance("JPY"))) {
                Map<String, QuarterTotals> read = totals.of(quarter, currency);
                Map<String, QuarterTotals> expected = recomputed(quarter, currency);
                assertThat(read).as("%s in %s", quarter.label(), currency).containsOnlyKeys(expected.keySet());
                expected.forEach((owner, ofOwner) -> assertThat(read.get(owner)).as("%s, %s, %s", owner, quarter.label(), currency)
                        .isEqualTo(ofOwner));
            }
        }
    }

    @Test
    void anEmptyStoreHasNoTotals() {
        assertThat(totals.of(Q4, USD)).isEmpty();
    }

    @Test
    void savedDealsAddUpPerOwnerAndQuarter() {
        deals.save(deal("won", "ria", "100.50", "USD", Stage.CLOSED_WON, ForecastCategory.CLOSED, "2026-11-10"));
        deals.save(deal("commit", "ria", "200", "USD", Stage.NEGOTIATION, ForecastCategory.COMMIT, "2026-12-12"));
        deals.save(deal("best", "ria", "300", "USD", Stage.PROOF, ForecastCategory.BEST_CASE, "2027-01-20"));
        deals.save(deal("lost", "ria", "600", "USD", Stage.CLOSED_LOST, ForecastCategory.OMITTED, "2026-11-12"));
        deals.save(deal("euros", "ria", "800", "EUR", Stage.NEGOTIATION, ForecastCategory.COMMIT, "2026-12-01"));
        deals.save(deal("ana", "ana", "50", "USD", Stage.DISCOVERY, ForecastCategory.PIPELINE, "2026-12-01"));

        QuarterTotals ria = totals.of(Q4, USD).get("ria");
        assertThat(ria.numbers()).isEqualTo(new ForecastNumbers(Money.of("100.50", "USD"), Money.of("300.50", "USD"),
                Money.of("600.50", "USD"), Money.of("500", "USD")));
        assertThat(ria.won()).isEqualTo(1);
        assertThat(ria.lost()).isEqualTo(1);
        assertThat(ria.otherCurrencies()).containsExactly("EUR");
        assertThat(totals.of(Q4, USD)).containsOnlyKeys("ria", "ana");
        assertThat(totals.of(NEXT, USD)).isEmpty();
        assertTotalsMatchTheDeals();
    }

    @Test
    void aTeamsTotalsAreReadWithoutTheRestAndWithTheSameNumbers() {
        List<Deal> many = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            many.add(deal("d" + i, "rep-" + i, Integer.toString(100 + i), "USD", Stage.NEGOTIATION, ForecastCategory.COMMIT, "2026-12-01"));
            many.add(deal("w" + i, "rep-" + i, "10.25", "USD", Stage.CLOSED_WON, ForecastCategory.CLOSED, "2026-11-03"));
        }
        deals.replaceAll(many);
        Map<String, QuarterTotals> everyone = totals.of(Q4, USD);

        assertThat(totals.of(Q4, USD, Set.of("rep-7", "rep-1199", "nobody")))
                .isEqualTo(Map.of("rep-7", everyone.get("rep-7"), "rep-1199", everyone.get("rep-1199")));
        Set<String> most = new HashSet<>();
        for (int i = 0; i < 1_100; i++) {
            most.add("rep-" + i);
        }
        Map<String, QuarterTotals> read = totals.of(Q4, USD, most);
        assertThat(read).as("a large team, read whole and picked out").containsOnlyKeys(most);
        most.forEach(owner -> assertThat(read.get(owner)).isEqualTo(everyone.get(owner)));
        assertThat(totals.of(Q4, USD, Set.of())).isEmpty();
    }

    @Test
    void anUpdateMovesTheDealBetweenOwnersQuartersAndNumbers() {
        deals.save(deal("D-1", "ria", "1000", "USD", Stage.PROOF, ForecastCategory.BEST_CASE, "2026-12-15"));
        deals.save(deal("D-2", "ria", "500", "USD", Stage.PROOF, ForecastCategory.COMMIT, "2026-12-15"));

        deals.save(deal("D-1", "ana", "1000", "USD", Stage.PROOF, ForecastCategory.BEST_CASE, "2026-12-15"));
        assertThat(totals.of(Q4, USD).get("ana").numbers().bestCase()).isEqualTo(Money.of("1000", "USD"));
        assertThat(totals.of(Q4, USD).get("ria").numbers().bestCase()).isEqualTo(Money.of("500", "USD"));
        assertTotalsMatchTheDeals();

        deals.save(deal("D-1", "ana", "1000", "USD", Stage.PROOF, ForecastCategory.BEST_CASE, "2027-02-15"));
        assertThat(totals.of(Q4, USD)).containsOnlyKeys("ria");
        assertThat(totals.of(NEXT, USD)).containsOnlyKeys("ana");
        assertTotalsMatchTheDeals();

        deals.save(deal("D-2", "ria", "750", "USD", Stage.CLOSED_WON, ForecastCategory.CLOSED, "2026-12-15"));
        assertThat(totals.of(Q4, USD).get("ria").numbers().closed()).isEqualTo(Money.of("750", "USD"));
        assertThat(totals.of(Q4, USD).get("ria").won()).isEqualTo(1);
        assertTotalsMatchTheDeals();

        deals.save(deal("D-2", "ria", "750", "USD", Stage.CLOSED_LOST, ForecastCategory.CLOSED, "2026-12-15"));
        deals.save(deal("D-1", "ana", "1000", "EUR", Stage.NEGOTIATION, ForecastCategory.COMMIT, "2027-02-15"));
        assertThat(totals.of(Q4, USD).get("ria").lost()).isEqualTo(1);
        assertThat(totals.of(Q4, USD).get("ria").numbers()).isEqualTo(ForecastNumbers.zero(USD));
        assertThat(totals.of(NEXT, USD).get("ana").otherCurrencies()).containsExactly("EUR");
        assertThat(totals.of(NEXT, Currency.getInstance("EUR")).get("ana").numbers().commit()).isEqualTo(Money.of("1000", "EUR"));
        assertTotalsMatchTheDeals();

        deals.save(deal("D-1", "ana", "1000", "EUR", Stage.NEGOTIATION, ForecastCategory.OMITTED, "2027-02-15"));
        assertThat(totals.of(NEXT, USD)).as("an omitted open deal counts nowhere").isEmpty();
        assertTotalsMatchTheDeals();
    }

    @Test
    void replaceAllRecomputesEveryTotal() {
        deals.save(deal("D-1", "ria", "1000", "USD", Stage.PROOF, ForecastCategory.COMMIT, "2026-12-15"));
        deals.save(deal("D-2", "kai", "1000", "USD", Stage.PROOF, ForecastCategory.COMMIT, "2026-09-15"));

        deals.replaceAll(List.of(deal("D-1", "ana", "300", "USD", Stage.PROOF, ForecastCategory.COMMIT, "2026-12-15"),
                deal("D-3", "ana", "200", "USD", Stage.CLOSED_WON, ForecastCategory.CLOSED, "2026-11-01")));

        assertThat(totals.of(Q4, USD)).containsOnlyKeys("ana");
        assertThat(totals.of(Q4, USD).get("ana").numbers().commit()).isEqualTo(Money.of("500", "USD"));
        assertThat(totals.of(Q3, USD)).isEmpty();
        assertTotalsMatchTheDeals();

        deals.save(deal("D-1", "ria", "300", "USD", Stage.PROOF, ForecastCategory.COMMIT, "2026-12-15"));
        assertTotalsMatchTheDeals();

        deals.replaceAll(List.of());
        assertThat(totals.of(Q4, USD)).isEmpty();
    }

    @Test
    void aSeededRandomRunOfWritesKeepsTheTotalsEqualToTheDeals() {
        Random random = new Random(12);
        List<String> owners = List.of("ria", "ana", "kai", "omar");
        List<String> currencies = List.of("USD", "USD", "USD", "EUR", "JPY");
        List<LocalDate> closes = List.of(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 1));
        for (int i = 0; i < 300; i++) {
            if (i == 150) {
                List<Deal> kept = new ArrayList<>(deals.all().subList(0, deals.all().size() / 2));
                deals.replaceAll(kept);
                assertTotalsMatchTheDeals();
            }
            String currency = currencies.get(random.nextInt(currencies.size()));
            String amount = currency.equals("JPY") ? Integer.toString(random.nextInt(1_000_000))
                    : random.nextInt(100_000) + "." + String.format("%02d", random.nextInt(100));
            deals.save(deal("D-" + random.nextInt(40), owners.get(random.nextInt(owners.size())), amount, currency,
                    Stage.values()[random.nextInt(Stage.values().length)],
                    ForecastCategory.values()[random.nextInt(ForecastCategory.values().length)],
                    closes.get(random.nextInt(closes.size())).toString()));
            if (i % 25 == 0) {
                assertTotalsMatchTheDeals();
            }
        }
        assertTotalsMatchTheDeals();
    }
}
