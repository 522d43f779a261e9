package dev.dealcoach.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RiskStore} must do; subclasses supply fresh, empty stores. */
public abstract class RiskStoreContract {

    protected Stores stores;
    protected RiskStore risk;

    protected abstract Stores createEmptyStores();

    @BeforeEach
    void openStores() {
        stores = createEmptyStores();
        risk = stores.risk();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    @Test
    void aStateIsMarkedOnceUntilItChangesOrIsCleared() {
        assertThat(risk.alerted("D-1")).isEmpty();
        assertThat(risk.markAlerted("D-1", "AT_RISK:stale")).isTrue();
        assertThat(risk.markAlerted("D-1", "AT_RISK:stale")).isFalse();
        assertThat(risk.alerted("D-1")).contains("AT_RISK:stale");
        assertThat(risk.markAlerted("D-1", "LIKELY_TO_SLIP:close-passed,stale")).isTrue();
        assertThat(risk.alerted("D-2")).isEmpty();

        risk.clear("D-1");
        assertThat(risk.alerted("D-1")).isEmpty();
        assertThat(risk.markAlerted("D-1", "AT_RISK:stale")).isTrue();
    }

    @Test
    void ofInstancesMarkingTheSameStateAtOnceOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> marks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                marks.add(pool.submit(() -> {
                    start.await();
                    return risk.markAlerted("D-1", "AT_RISK:stale");
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> mark : marks) {
                won += mark.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void snoozesAndDismissalsAreKeptPerDeal() {
        assertThat(risk.snoozedUntil("D-1")).isEmpty();
        assertThat(risk.dismissed("D-1")).isEmpty();

        risk.snooze("D-1", java.time.LocalDate.of(2026, 12, 8));
        risk.dismiss("D-2", "2026-12-01|PROOF|USD 1.00|COMMIT||null");

        assertThat(risk.snoozedUntil("D-1")).contains(java.time.LocalDate.of(2026, 12, 8));
        assertThat(risk.dismissed("D-2")).contains("2026-12-01|PROOF|USD 1.00|COMMIT||null");
        assertThat(risk.snoozedUntil("D-2")).isEmpty();
    }

    @Test
    void alertsSentAreCountedPerManagerAndLocalDate() {
        java.time.LocalDate monday = java.time.LocalDate.of(2026, 11, 30);

        assertThat(risk.countAlert("mo", monday)).isEqualTo(1);
        assertThat(risk.countAlert("mo", monday)).isEqualTo(2);
        assertThat(risk.countAlert("sam", monday)).isEqualTo(1);
        assertThat(risk.countAlert("mo", monday.plusDays(1))).isEqualTo(1);
    }

    @Test
    void alertedAndActedDealsAreKeptPerManagerAndQuarterAndOnlyAlertedOnesCountAsActed() {
        risk.recordAlerted("mo", "FY27-Q4", "D-1");
        risk.recordAlerted("mo", "FY27-Q4", "D-2");
        risk.recordAlerted("mo", "FY27-Q4", "D-2");
        risk.recordActed("mo", "FY27-Q4", "D-2");
        risk.recordActed("mo", "FY27-Q4", "D-9");

        assertThat(risk.record("mo", "FY27-Q4")).isEqualTo(new RiskStore.AlertRecord(java.util.Set.of("D-1", "D-2"), java.util.Set.of("D-2")));
        assertThat(risk.record("mo", "FY27-Q3").alerted()).isEmpty();
        assertThat(risk.record("sam", "FY27-Q4").acted()).isEmpty();
    }

    @Test
    void aManagersMorningDigestChoiceAndTheAlertsHeldForItAreKept() {
        assertThat(risk.morningDigestManagers()).isEmpty();
        risk.morningDigest("mo", true);
        risk.morningDigest("mo", true);
        assertThat(risk.morningDigestManagers()).containsExactly("mo");

        risk.hold("mo", "D-1");
        risk.hold("mo", "D-2");
        risk.hold("mo", "D-2");
        assertThat(risk.takeHeld("sam")).isEmpty();
        assertThat(risk.takeHeld("mo")).containsExactlyInAnyOrder("D-1", "D-2");
        assertThat(risk.takeHeld("mo")).as("taken once").isEmpty();
        risk.hold("mo", "D-3");
        assertThat(risk.takeHeld("mo")).containsExactly("D-3");

        risk.morningDigest("mo", false);
        assertThat(risk.morningDigestManagers()).isEmpty();
    }
}
