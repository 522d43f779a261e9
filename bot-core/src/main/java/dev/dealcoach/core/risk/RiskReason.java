package dev.dealcoach.core.risk;

import java.util.Objects;

/**
 * One rule that holds for a deal: its id, how much it adds to the score, and the reason in plain
 * language, as a manager reads it in an alert.
 */
public record RiskReason(String rule, int weight, String text) {

    public RiskReason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        if (weight < 1 || weight > 100) {
            throw new IllegalArgumentException("a rule's weight is 1 to 100, was " + weight);
        }
    }
}
