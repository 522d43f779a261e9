package dev.dealcoach.core.privacy;

import dev.dealcoach.core.activity.ActivityLog;
import dev.dealcoach.core.conversation.ConversationState;
import dev.dealcoach.core.forecast.ForecastCall;
import dev.dealcoach.core.model.Person;
import dev.dealcoach.core.pipeline.DeliveryOutcome;
import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.schedule.Preferences;
import dev.dealcoach.core.store.ChannelAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything DealCoach keeps about one person, as a data-rights export gives it.
 *
 * @param person        what the org says about them; null once they are no longer in it
 * @param conversations their running conversations by place, with the answers given so far
 * @param activity      what they logged per day, within the history kept
 * @param forecastCalls every version of their forecast calls, newest first within each week
 * @param dealsOwned    the ids of the deals the CRM says they own
 * @param reviews       the reviews of those deals
 * @param deliveries    the records of what went to their DM, while kept
 * @param morningDigest whether they chose their slip-risk alerts as one morning message
 */
public record PersonExport(String personId, Person person, Preferences preferences, String preferredPlatform, String lastPlatform,
                           List<Address> addresses, Map<String, ConversationState> conversations, Map<LocalDate, ActivityLog> activity,
                           List<ForecastCall> forecastCalls, List<String> dealsOwned, List<DealReview> reviews,
                           List<DeliveryOutcome> deliveries, boolean morningDigest) {

    /** Where a platform reaches them: the platform's own reference, as it gave it. */
    public record Address(String platform, String reference, boolean stale, Instant updatedAt) {

        static Address of(ChannelAddress address) {
            return new Address(address.platform(), address.data(), address.stale(), address.updatedAt());
        }
    }

    /** Nothing is kept about them (what the org says aside). */
    boolean isEmpty() {
        return Preferences.NONE.equals(preferences) && preferredPlatform == null && lastPlatform == null && addresses.isEmpty()
                && conversations.isEmpty() && activity.isEmpty() && forecastCalls.isEmpty() && dealsOwned.isEmpty()
                && deliveries.isEmpty() && !morningDigest;
    }
}
