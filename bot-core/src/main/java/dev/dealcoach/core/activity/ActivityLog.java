package dev.dealcoach.core.activity;

import dev.dealcoach.core.model.Money;
import java.util.Currency;
import java.util.Objects;

/**
 * What a rep did on a day, or over several: executive meetings, discovery calls, proposals or POCs
 * sent, and new pipeline created (in the org's currency).
 */
public record ActivityLog(int execMeetings, int discoveryCalls, int proposals, Money newPipeline) {

    public ActivityLog {
        Objects.requireNonNull(newPipeline, "newPipeline");
        if (execMeetings < 0 || discoveryCalls < 0 || proposals < 0 || newPipeline.isNegative()) {
            throw new IllegalArgumentException("an activity log cannot be negative");
        }
    }

    public static ActivityLog nothing(Currency currency) {
        return new ActivityLog(0, 0, 0, Money.zero(currency));
    }

    public ActivityLog plus(ActivityLog other) {
        return new ActivityLog(execMeetings + other.execMeetings, discoveryCalls + other.discoveryCalls, proposals + other.proposals,
                newPipeline.plus(other.newPipeline));
    }

    /** True when something was done, not only the day answered. */
    public boolean anything() {
        return execMeetings + discoveryCalls + proposals > 0 || newPipeline.amount().signum() > 0;
    }
}
