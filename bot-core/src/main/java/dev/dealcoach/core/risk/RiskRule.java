package dev.dealcoach.core.risk;

import dev.dealcoach.core.review.Condition;
import java.util.Objects;

/**
 * One slip-risk rule, as an org's rules file gives it: when it holds, how much it adds to the score,
 * the reason a manager reads and the question to put to the rep (both may hold {@link RiskText} placeholders).
 */
public record RiskRule(String id, int weight, Condition when, String reason, String ask) {

    public RiskRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(ask, "ask");
        if (weight < 1 || weight > 100) {
            throw new IllegalArgumentException("a rule's weight is 1 to 100, was " + weight);
        }
    }
}
