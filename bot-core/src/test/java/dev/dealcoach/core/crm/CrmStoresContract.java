package dev.dealcoach.core.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.Stores;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every back end must do for CRM syncs: keep the sync status, and lease a job to one holder at a time. */
public abstract class CrmStoresContract {

    protected Stores stores;

    protected abstract Stores createEmptyStores();

    /** Lets {@code time} pass for the stores' leases. */
    protected abstract void pass(Duration time);

    @BeforeEach
    void openStores() {
        stores = createEmptyStores();
    }

    @AfterEach
    void closeStores() {
        stores.close();
    }

    @Test
    void theStatusIsKeptWholeAndAFailureKeepsTheLastSuccessAndCursor() {
        assertThat(stores.crmStatus().load()).isEqualTo(CrmStatus.NEVER);
        Instant first = Instant.parse("2026-12-01T10:00:00Z");
        stores.crmStatus().save(CrmStatus.NEVER.succeeded("modified=2026-12-01T09:59:00Z;history=2026-12-01T09:00:00Z", first));
        CrmStatus failed = stores.crmStatus().load().failed("Salesforce's API request limit is used up", first.plusSeconds(900));
        stores.crmStatus().save(failed);

        assertThat(stores.crmStatus().load()).isEqualTo(new CrmStatus("modified=2026-12-01T09:59:00Z;history=2026-12-01T09:00:00Z", first,
                "Salesforce's API request limit is used up", first.plusSeconds(900)));
        stores.crmStatus().save(failed.succeeded(null, first.plusSeconds(1800)));
        assertThat(stores.crmStatus().load()).isEqualTo(new CrmStatus(null, first.plusSeconds(1800), null, null));
    }

    @Test
    void aLeaseHasOneHolderUntilReleasedOrRunOut() {
        assertThat(stores.leases().acquire("crm-sync", "a", Duration.ofSeconds(2))).isTrue();
        assertThat(stores.leases().acquire("crm-sync", "b", Duration.ofSeconds(2))).isFalse();
        assertThat(stores.leases().acquire("crm-sync", "a", Duration.ofSeconds(2))).as("its holder may renew it").isTrue();
        assertThat(stores.leases().acquire("other-job", "b", Duration.ofSeconds(2))).isTrue();

        stores.leases().release("crm-sync", "b");
        assertThat(stores.leases().acquire("crm-sync", "b", Duration.ofSeconds(2))).as("only its holder releases it").isFalse();
        stores.leases().release("crm-sync", "a");
        assertThat(stores.leases().acquire("crm-sync", "b", Duration.ofMillis(300))).isTrue();

        pass(Duration.ofMillis(400));
        assertThat(stores.leases().acquire("crm-sync", "c", Duration.ofSeconds(2))).as("a holder that died gives it up in time").isTrue();
    }
}
