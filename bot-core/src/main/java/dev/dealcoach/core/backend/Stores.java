package dev.dealcoach.core.backend;

import dev.dealcoach.core.privacy.RecordKeeping;
import dev.dealcoach.core.activity.ActivityStore;
import dev.dealcoach.core.conversation.ConversationStore;
import dev.dealcoach.core.crm.CrmStatusStore;
import dev.dealcoach.core.forecast.DealTotals;
import dev.dealcoach.core.forecast.ForecastStore;
import dev.dealcoach.core.pipeline.ContactStore;
import dev.dealcoach.core.pipeline.Outbox;
import dev.dealcoach.core.review.ReviewStore;
import dev.dealcoach.core.risk.DealHistoryStore;
import dev.dealcoach.core.risk.RiskStore;
import dev.dealcoach.core.schedule.PreferenceStore;
import dev.dealcoach.core.store.ChannelAddressStore;
import dev.dealcoach.core.store.DealStore;
import dev.dealcoach.core.store.IdempotencyStore;
import dev.dealcoach.core.store.LeaseStore;
import dev.dealcoach.core.store.OrgStore;
import dev.dealcoach.core.store.StoreUnavailableException;

/**
 * One storage back end and every port it provides. Each port lives beside the feature that needs it
 * ({@code store} for org, deals and idempotency; {@code conversation}, {@code review}, {@code pipeline},
 * {@code forecast}); this aggregate is only for wiring, so no feature depends on it.
 */
public interface Stores extends AutoCloseable {

    /** {@code memory} or {@code redis}. */
    String kind();

    /** Where the data lives, safe to log and show: never a password. */
    String location();

    /** Throws {@link StoreUnavailableException} when the back end cannot be reached. */
    void ping();

    OrgStore org();

    DealStore deals();

    /** Per owner and quarter, what the {@link #deals()} add up to, kept in the same writes. */
    DealTotals dealTotals();

    ConversationStore conversations();

    IdempotencyStore idempotency();

    ReviewStore reviews();

    ChannelAddressStore addresses();

    Outbox outbox();

    ContactStore contacts();

    ForecastStore forecasts();

    ActivityStore activity();

    PreferenceStore preferences();

    RiskStore risk();

    DealHistoryStore dealHistory();

    CrmStatusStore crmStatus();

    LeaseStore leases();

    /** What is kept about one person across the stores, and by age: data-rights requests and retention. */
    RecordKeeping records();

    /** Tells {@code calls} of every call from now on; a back end with nothing worth timing ignores it. */
    default void observedBy(StoreCalls calls) {
    }

    @Override
    void close();
}
