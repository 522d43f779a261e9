package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.conversation.ConversationState;
import dev.dealcoach.core.pipeline.DeliveryOutcome;
import dev.dealcoach.core.privacy.Cutoffs;
import dev.dealcoach.core.privacy.Pruned;
import dev.dealcoach.core.privacy.RecordKeeping;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** {@link RecordKeeping} over the in-memory stores of one {@link InMemoryStores}. */
record InMemoryRecordKeeping(InMemoryConversationStore conversations, InMemoryActivityStore activity,
                             InMemoryPreferenceStore preferences, InMemoryContactStore contacts,
                             InMemoryChannelAddressStore addresses, InMemoryOutbox outbox, InMemoryForecastStore forecasts,
                             InMemoryRiskStore risk, InMemoryReviewStore reviews, InMemoryDealHistoryStore dealHistory)
        implements RecordKeeping {

    @Override
    public Map<String, ConversationState> conversationsOf(String personId) {
        return conversations.of(personId);
    }

    @Override
    public List<String> forecastWeeksOf(String personId) {
        return forecasts.weeksOf(personId);
    }

    @Override
    public List<DeliveryOutcome> deliveriesTo(String personId) {
        return outbox.outcomesEndingWith(":person:" + personId);
    }

    @Override
    public void forget(String personId) {
        conversations.forget(personId);
        activity.forget(personId);
        preferences.forget(personId);
        contacts.forget(personId);
        addresses.forget(personId);
        outbox.forgetEndingWith(":person:" + personId);
        forecasts.forget(personId);
        risk.forget(personId);
    }

    @Override
    public Pruned prune(Cutoffs cutoffs) {
        int[] forecast = forecasts.prune(cutoffs.forecastWeek(), cutoffs.quarter());
        return new Pruned(outbox.prune(cutoffs.deliveries()), activity.prune(cutoffs.history()), dealHistory.prune(cutoffs.history()),
                reviews.prune(cutoffs.history().atStartOfDay(ZoneOffset.UTC).toInstant()), forecast[0],
                forecast[1] + risk.prune(cutoffs.quarter()));
    }
}
