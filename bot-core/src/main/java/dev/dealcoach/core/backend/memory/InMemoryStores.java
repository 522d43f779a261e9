package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.privacy.RecordKeeping;
import dev.dealcoach.core.pipeline.ContactStore;
import dev.dealcoach.core.pipeline.Outbox;
import dev.dealcoach.core.store.ChannelAddressStore;
import dev.dealcoach.core.activity.ActivityStore;
import dev.dealcoach.core.conversation.ConversationStore;
import dev.dealcoach.core.store.DealStore;
import dev.dealcoach.core.forecast.DealTotals;
import dev.dealcoach.core.forecast.ForecastStore;
import dev.dealcoach.core.store.IdempotencyStore;
import dev.dealcoach.core.store.LeaseStore;
import dev.dealcoach.core.store.OrgStore;
import dev.dealcoach.core.review.ReviewStore;
import dev.dealcoach.core.crm.CrmStatusStore;
import dev.dealcoach.core.risk.DealHistoryStore;
import dev.dealcoach.core.risk.RiskStore;
import dev.dealcoach.core.schedule.PreferenceStore;
import dev.dealcoach.core.backend.Stores;
import java.time.Clock;

/** The embedded default: everything in this process's memory, lost on restart. */
public final class InMemoryStores implements Stores {

    private final OrgStore org = new InMemoryOrgStore();
    private final InMemoryDealStore deals = new InMemoryDealStore();
    private final InMemoryConversationStore conversations;
    private final IdempotencyStore idempotency;
    private final InMemoryReviewStore reviews = new InMemoryReviewStore();
    private final InMemoryChannelAddressStore addresses = new InMemoryChannelAddressStore();
    private final InMemoryOutbox outbox;
    private final InMemoryContactStore contacts = new InMemoryContactStore();
    private final InMemoryForecastStore forecasts = new InMemoryForecastStore();
    private final InMemoryActivityStore activity = new InMemoryActivityStore();
    private final InMemoryPreferenceStore preferences = new InMemoryPreferenceStore();
    private final InMemoryRiskStore risk = new InMemoryRiskStore();
    private final InMemoryDealHistoryStore dealHistory = new InMemoryDealHistoryStore();
    private final CrmStatusStore crmStatus = new InMemoryCrmStatusStore();
    private final LeaseStore leases;
    private final RecordKeeping records;

    public InMemoryStores(Clock clock) {
        this.leases = new InMemoryLeaseStore(clock);
        this.conversations = new InMemoryConversationStore(clock);
        this.idempotency = new InMemoryIdempotencyStore(clock);
        this.outbox = new InMemoryOutbox(clock);
        this.records = new InMemoryRecordKeeping(conversations, activity, preferences, contacts, addresses, outbox, forecasts, risk,
                reviews, dealHistory);
    }

    @Override
    public String kind() {
        return "memory";
    }

    @Override
    public String location() {
        return "this process's memory (lost on restart)";
    }

    @Override
    public void ping() {
        // always reachable
    }

    @Override
    public OrgStore org() {
        return org;
    }

    @Override
    public DealStore deals() {
        return deals;
    }

    @Override
    public DealTotals dealTotals() {
        return deals;
    }

    @Override
    public ConversationStore conversations() {
        return conversations;
    }

    @Override
    public IdempotencyStore idempotency() {
        return idempotency;
    }

    @Override
    public ReviewStore reviews() {
        return reviews;
    }

    @Override
    public ChannelAddressStore addresses() {
        return addresses;
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public ContactStore contacts() {
        return contacts;
    }

    @Override
    public ForecastStore forecasts() {
        return forecasts;
    }

    @Override
    public ActivityStore activity() {
        return activity;
    }

    @Override
    public PreferenceStore preferences() {
        return preferences;
    }

    @Override
    public RiskStore risk() {
        return risk;
    }

    @Override
    public CrmStatusStore crmStatus() {
        return crmStatus;
    }

    @Override
    public LeaseStore leases() {
        return leases;
    }

    @Override
    public DealHistoryStore dealHistory() {
        return dealHistory;
    }

    @Override
    public RecordKeeping records() {
        return records;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
