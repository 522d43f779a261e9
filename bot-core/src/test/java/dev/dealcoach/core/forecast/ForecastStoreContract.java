package dev.dealcoach.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.model.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ForecastStore} must do. Subclasses supply fresh, empty stores and the same
 * forecasts as a second app instance sees them.
 */
public abstract class ForecastStoreContract {

    protected static final String WEEK = "FY27-Q4-W04";
    protected static final String NEXT_WEEK = "FY27-Q4-W05";
    protected static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

    protected Stores stores;
    protected ForecastStore forecasts;

    protected abstract Stores createEmptyStores();

    /** The forecasts of {@link #stores} as another app instance reaches them; memory has only the one. */
    protected ForecastStore forecastsOfAnotherInstance() {
        return forecasts;
    }

    @BeforeEach
    void openStores() {
        stores = createEmptyStores();
        forecasts = stores.forecasts();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    protected static ForecastNumbers usd(String closed, String commit, String bestCase, String pipeline) {
        return new ForecastNumbers(Money.of(closed, "USD"), Money.of(commit, "USD"), Money.of(bestCase, "USD"),
                Money.of(pipeline, "USD"));
    }

    protected static ForecastCall call(String personId, String week, String commit, Instant at) {
        return new ForecastCall(personId, week, usd("100000", commit, "900000", "2000000"),
                usd("100000", "400000", "900000", "2000000"), "", personId, at);
    }

    @Test
    void nothingIsKeptBeforeAnyoneCalls() {
        assertThat(forecasts.latest("ria", WEEK)).isEmpty();
        assertThat(forecasts.versions("ria", WEEK)).isEmpty();
        assertThat(forecasts.week(WEEK)).isEmpty();
        assertThat(forecasts.away(WEEK)).isEmpty();
    }

    @Test
    void everyVersionIsKeptNewestFirstWithWhoWhenNumbersNoteAndWhatItStartedFrom() {
        ForecastCall first = call("ria", WEEK, "400000", MONDAY);
        ForecastCall raised = new ForecastCall("ria", WEEK, usd("100000", "550000", "900000", "2000000"),
                usd("100000", "400000", "900000", "2000000"), "Acme \"signs\" Friday <b>for sure</b> 🚀", "ria",
                MONDAY.plusSeconds(3_600));
        ForecastCall byManager = new ForecastCall("ria", WEEK, usd("100000", "450000", "800000", "2000000"),
                usd("120000", "420000", "900000", "2100000"), "Acme slips to Q1", "mo", MONDAY.plusSeconds(86_400));

        forecasts.save(first);
        forecasts.save(raised);
        forecasts.save(byManager);

        List<ForecastCall> versions = forecasts.versions("ria", WEEK);
        assertThat(versions).containsExactly(byManager, raised, first);
        assertThat(versions.get(0).submittedBy()).isEqualTo("mo");
        assertThat(versions.get(0).fromDeals().closed()).isEqualTo(Money.of("120000", "USD"));
        assertThat(versions.get(1).note()).isEqualTo("Acme \"signs\" Friday <b>for sure</b> 🚀");
        assertThat(versions.get(2).note()).isEmpty();
        assertThat(versions.get(2).at()).isEqualTo(MONDAY);
    }

    @Test
    void theNewestVersionIsTheOneThatCounts() {
        forecasts.save(call("ria", WEEK, "400000", MONDAY));
        ForecastCall newest = call("ria", WEEK, "550000", MONDAY.plusSeconds(60));

        forecasts.save(newest);

        assertThat(forecasts.latest("ria", WEEK)).contains(newest);
        assertThat(forecasts.latest("mo", WEEK)).isEmpty();
    }

    @Test
    void aVersionMadeEarlierButSavedLaterDoesNotCount() {
        ForecastCall madeLater = call("ria", WEEK, "550000", Instant.parse("2026-11-23T10:00:00.5Z"));
        ForecastCall madeEarlier = call("ria", WEEK, "400000", Instant.parse("2026-11-23T10:00:00Z"));
        ForecastCall aNanoEarlier = call("ria", WEEK, "450000", Instant.parse("2026-11-23T10:00:00.499999999Z"));

        forecasts.save(madeLater);
        forecasts.save(madeEarlier);
        forecasts.save(aNanoEarlier);

        assertThat(forecasts.latest("ria", WEEK)).contains(madeLater);
        assertThat(forecasts.week(WEEK)).containsEntry("ria", madeLater);
        assertThat(forecasts.versions("ria", WEEK)).containsExactly(madeLater, aNanoEarlier, madeEarlier);
    }

    @Test
    void ofTwoVersionsMadeAtTheSameInstantTheOneSavedLastCounts() {
        ForecastCall savedFirst = call("ria", WEEK, "400000", MONDAY);
        ForecastCall savedLast = call("ria", WEEK, "550000", MONDAY);

        forecasts.save(savedFirst);
        forecasts.save(savedLast);

        assertThat(forecasts.latest("ria", WEEK)).contains(savedLast);
        assertThat(forecasts.versions("ria", WEEK)).containsExactly(savedLast, savedFirst);
    }

    @Test
    void aWeekGivesEachPersonsCallThatCountsOnly() {
        forecasts.save(call("ria", WEEK, "400000", MONDAY));
        ForecastCall riaLatest = call("ria", WEEK, "550000", MONDAY.plusSeconds(60));
        ForecastCall kai = call("kai", WEEK, "300000", MONDAY.plusSeconds(30));
        forecasts.save(riaLatest);
        forecasts.save(kai);

        assertThat(forecasts.week(WEEK)).isEqualTo(Map.of("ria", riaLatest, "kai", kai));
        assertThat(forecasts.called(WEEK, List.of("ria", "kai", "nobody"))).isEqualTo(Map.of("ria", riaLatest.called(), "kai", kai.called()));
        assertThat(forecasts.called(WEEK, List.of("kai"))).isEqualTo(Map.of("kai", kai.called()));
        assertThat(forecasts.called(NEXT_WEEK, List.of("ria"))).isEmpty();
    }

    @Test
    void severalWeeksReadAtOnceAreEachWeekInTheOrderAsked() {
        ForecastCall thisWeek = call("ria", WEEK, "400000", MONDAY);
        ForecastCall nextWeek = call("kai", NEXT_WEEK, "500000", MONDAY.plusSeconds(7 * 86_400));
        forecasts.save(thisWeek);
        forecasts.save(nextWeek);

        Map<String, Map<String, ForecastCall>> weeks = forecasts.weeks(List.of(NEXT_WEEK, "FY27-Q4-W06", WEEK));

        assertThat(weeks.keySet()).containsExactly(NEXT_WEEK, "FY27-Q4-W06", WEEK);
        assertThat(weeks.get(WEEK)).isEqualTo(Map.of("ria", thisWeek));
        assertThat(weeks.get(NEXT_WEEK)).isEqualTo(Map.of("kai", nextWeek));
        assertThat(weeks.get("FY27-Q4-W06")).isEmpty();
    }

    @Test
    void weeksAreKeptApart() {
        ForecastCall thisWeek = call("ria", WEEK, "400000", MONDAY);
        ForecastCall nextWeek = call("ria", NEXT_WEEK, "500000", MONDAY.plusSeconds(7 * 86_400));
        forecasts.save(thisWeek);
        forecasts.save(nextWeek);
        forecasts.markAway("kai", NEXT_WEEK);

        assertThat(forecasts.latest("ria", WEEK)).contains(thisWeek);
        assertThat(forecasts.versions("ria", WEEK)).containsExactly(thisWeek);
        assertThat(forecasts.week(NEXT_WEEK)).isEqualTo(Map.of("ria", nextWeek));
        assertThat(forecasts.away(WEEK)).isEmpty();
        assertThat(forecasts.week("FY27-Q4-W06")).isEmpty();
    }

    @Test
    void whoIsAwayIsKeptPerWeek() {
        forecasts.markAway("ria", WEEK);
        forecasts.markAway("kai", WEEK);
        forecasts.markAway("ria", WEEK);
        forecasts.markAway("mo", NEXT_WEEK);

        assertThat(forecasts.away(WEEK)).containsExactlyInAnyOrder("ria", "kai");
        assertThat(forecasts.away(NEXT_WEEK)).containsExactly("mo");
    }

    @Test
    void moneyComesBackExactlyWithItsCentsAndCurrency() {
        ForecastCall dollars = new ForecastCall("ria", WEEK, usd("1234567.89", "0.05", "0", "99999999999.99"),
                usd("0.10", "1", "1000000.01", "12.3"), "", "ria", MONDAY);
        ForecastCall yen = new ForecastCall("ken", WEEK, yen("120000000"), yen("0"), "", "ken", MONDAY);
        ForecastCall dinars = new ForecastCall("sam", WEEK,
                new ForecastNumbers(Money.of("1.234", "KWD"), Money.of("12.5", "KWD"), Money.of("0.001", "KWD"),
                        Money.of("1000", "KWD")),
                ForecastNumbers.zero(Currency.getInstance("EUR")), "", "sam", MONDAY);

        forecasts.save(dollars);
        forecasts.save(yen);
        forecasts.save(dinars);

        assertThat(forecasts.week(WEEK)).isEqualTo(Map.of("ria", dollars, "ken", yen, "sam", dinars));
        assertThat(forecasts.called(WEEK, List.of("ria", "ken", "sam")))
                .isEqualTo(Map.of("ria", dollars.called(), "ken", yen.called(), "sam", dinars.called()));
        ForecastNumbers readDollars = forecasts.latest("ria", WEEK).orElseThrow().called();
        assertThat(readDollars.commit().amount().toPlainString()).isEqualTo("0.05");
        assertThat(readDollars.bestCase().amount().toPlainString()).isEqualTo("0.00");
        assertThat(forecasts.latest("ken", WEEK).orElseThrow().called().commit().amount().toPlainString())
                .isEqualTo("120000000");
        ForecastCall readDinars = forecasts.versions("sam", WEEK).get(0);
        assertThat(readDinars.called().commit().amount().toPlainString()).isEqualTo("12.500");
        assertThat(readDinars.fromDeals().pipeline()).hasToString("EUR 0.00");
    }

    private static ForecastNumbers yen(String amount) {
        Money money = Money.of(amount, "JPY");
        return new ForecastNumbers(money, money, money, money);
    }

    @Test
    void twoInstancesSavingAtOnceLeaveTheNewestCountingAndKeepEveryVersion() throws Exception {
        int each = 300;
        List<ForecastStore> instances = List.of(forecasts, forecastsOfAnotherInstance());
        ExecutorService pool = Executors.newFixedThreadPool(instances.size());
        int overtakenByOlder = 0;
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> saving = new ArrayList<>();
            for (int i = 0; i < instances.size(); i++) {
                ForecastStore instance = instances.get(i);
                int offset = i;
                // The instances' calls interleave in time (one has the even seconds, the other the odd ones).
                // Once a save returns, what counts must be at least as new as the call just saved.
                saving.add(pool.submit(() -> {
                    start.await();
                    int overtaken = 0;
                    for (int n = 0; n < each; n++) {
                        ForecastCall saved = call("ria", WEEK, Integer.toString(400_000 + n), MONDAY.plusSeconds(2L * n + offset));
                        instance.save(saved);
                        overtaken += instance.latest("ria", WEEK).orElseThrow().at().isBefore(saved.at()) ? 1 : 0;
                    }
                    return overtaken;
                }));
            }
            start.countDown();
            for (Future<Integer> done : saving) {
                overtakenByOlder += done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        ForecastCall newest = call("ria", WEEK, Integer.toString(400_000 + each - 1), MONDAY.plusSeconds(2L * each - 1));
        List<ForecastCall> versions = forecasts.versions("ria", WEEK);
        assertThat(overtakenByOlder).as("saves after which an older call counted").isZero();
        assertThat(versions).hasSize(2 * each).doesNotHaveDuplicates();
        assertThat(versions.get(0)).isEqualTo(newest);
        assertThat(versions).extracting(ForecastCall::at).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(forecasts.latest("ria", WEEK)).contains(newest);
        assertThat(forecasts.week(WEEK)).isEqualTo(Map.of("ria", newest));
        assertThat(forecasts.called(WEEK, List.of("ria"))).as("the numbers a rollup reads follow the call that counts")
                .isEqualTo(Map.of("ria", newest.called()));
    }

    private static WeekLine line(String counted, boolean anyoneCalled) {
        return new WeekLine(usd("100000", "400000", "900000", "2000000"), usd("100000.5", counted, "900000", "2000000"), anyoneCalled);
    }

    @Test
    void aWeeksLinesAreKeptOnceAndTheFirstKeptStay() {
        forecasts.keepLines(WEEK, Map.of("ria", line("400000", true), "mo", line("900000", true), "ana", line("0", false)));
        forecastsOfAnotherInstance().keepLines(WEEK, Map.of("ria", line("1", true)));

        assertThat(forecasts.keptLines(List.of(WEEK), List.of("ria", "ana", "nobody")))
                .isEqualTo(Map.of(WEEK, Map.of("ria", line("400000", true), "ana", line("0", false))));
        assertThat(forecasts.keptLines(List.of(WEEK))).isEqualTo(Map.of(WEEK, Map.of("ria", line("400000", true),
                "mo", line("900000", true), "ana", line("0", false))));
    }

    @Test
    void keptLinesLeaveOutWeeksNotKeptAndKeepTheOrderAsked() {
        forecasts.keepLines(NEXT_WEEK, Map.of("ria", line("500000", true)));
        forecasts.keepLines(WEEK, Map.of("ria", line("400000", true)));

        assertThat(forecasts.keptLines(List.of(NEXT_WEEK, "FY27-Q4-W09", WEEK), List.of("ria")).keySet())
                .containsExactly(NEXT_WEEK, WEEK);
        assertThat(forecasts.keptLines(List.of("FY27-Q4-W09"))).isEmpty();
        assertThat(forecasts.keptLines(List.of(WEEK), List.of("mo"))).as("kept, though not for Mo").isEqualTo(Map.of(WEEK, Map.of()));
    }

    @Test
    void aWeekKeptWithNoLinesIsStillKept() {
        forecasts.keepLines(WEEK, Map.of());

        assertThat(forecasts.keptLines(List.of(WEEK))).isEqualTo(Map.of(WEEK, Map.of()));
    }

    @Test
    void aQuartersAccuracyIsKeptOnceEvenWhenEmpty() {
        forecasts.keepAccuracy("FY27-Q3", Map.of("ria", 0.875, "mo", 1.0));
        forecastsOfAnotherInstance().keepAccuracy("FY27-Q3", Map.of("ria", 0.1));
        forecasts.keepAccuracy("FY27-Q2", Map.of());

        assertThat(forecasts.keptAccuracy(List.of("FY27-Q3", "FY27-Q2", "FY27-Q1"), List.of("ria", "ana")))
                .isEqualTo(Map.of("FY27-Q3", Map.of("ria", 0.875), "FY27-Q2", Map.of()));
    }
}
