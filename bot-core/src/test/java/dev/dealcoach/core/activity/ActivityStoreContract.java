package dev.dealcoach.core.activity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.model.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ActivityStore} must do; subclasses supply fresh, empty stores. */
public abstract class ActivityStoreContract {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    protected Stores stores;
    protected ActivityStore activity;

    protected abstract Stores createEmptyStores();

    @BeforeEach
    void openStores() {
        stores = createEmptyStores();
        activity = stores.activity();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    private static ActivityLog log(int exec, int discovery, int proposals, String pipeline) {
        return new ActivityLog(exec, discovery, proposals, Money.of(pipeline, "USD"));
    }

    @Test
    void logsOfOneDayAddUpAndDaysAndPeopleAreKeptApart() {
        activity.add("ria", MONDAY, log(1, 2, 0, "0"));
        activity.add("ria", MONDAY, log(0, 1, 1, "120000.50"));
        activity.add("ria", MONDAY.plusDays(2), log(2, 0, 0, "0"));
        activity.add("ana", MONDAY, log(5, 5, 5, "5"));

        assertThat(activity.between("ria", MONDAY, MONDAY.plusDays(6), USD)).containsExactly(
                Map.entry(MONDAY, log(1, 3, 1, "120000.50")), Map.entry(MONDAY.plusDays(2), log(2, 0, 0, "0")));
        assertThat(activity.between("ria", MONDAY.plusDays(1), MONDAY.plusDays(1), USD)).isEmpty();
        assertThat(activity.between("kai", MONDAY, MONDAY.plusDays(6), USD)).isEmpty();
    }

    @Test
    void aLogOfNothingStillMarksTheDayAsAnswered() {
        activity.add("ria", MONDAY, ActivityLog.nothing(USD));

        assertThat(activity.between("ria", MONDAY, MONDAY, USD)).containsExactly(Map.entry(MONDAY, ActivityLog.nothing(USD)));
    }

    @Test
    void logsAddedAtOnceAllCount() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> adding = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                adding.add(pool.submit(() -> activity.add("ria", MONDAY, log(1, 1, 0, "10"))));
            }
            for (Future<?> done : adding) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(activity.between("ria", MONDAY, MONDAY, USD).get(MONDAY)).isEqualTo(log(40, 40, 0, "400"));
    }
}
