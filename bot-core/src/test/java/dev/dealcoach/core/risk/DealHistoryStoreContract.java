package dev.dealcoach.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.Stores;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link DealHistoryStore} must do; subclasses supply fresh, empty stores. */
public abstract class DealHistoryStoreContract {

    protected Stores stores;
    protected DealHistoryStore history;

    protected abstract Stores createEmptyStores();

    @BeforeEach
    void openStores() {
        stores = createEmptyStores();
        history = stores.dealHistory();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    @Test
    void changesComeBackPerDealOldestFirst() {
        DealChange first = new DealChange("D-1", DealChange.CLOSE_DATE, "2026-12-01", "2026-12-10", LocalDate.of(2026, 11, 10));
        DealChange second = new DealChange("D-1", DealChange.STAGE, "PROOF", "NEGOTIATION", LocalDate.of(2026, 11, 20));
        DealChange other = new DealChange("D-2", DealChange.AMOUNT, "USD 1.00", "USD 2.00", LocalDate.of(2026, 11, 20));
        history.append(List.of(first, other));
        history.append(List.of(second));
        history.append(List.of());

        assertThat(history.of(List.of("D-1", "D-2", "D-3"))).isEqualTo(Map.of("D-1", List.of(first, second), "D-2", List.of(other)));
        assertThat(history.of(List.of())).isEmpty();
    }
}
