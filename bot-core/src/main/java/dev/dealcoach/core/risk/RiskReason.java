package dev.dealcoach.core.risk;

import java.util.Objects;

/**
 * One rule that holds for a deal: its id, how much it adds to the score, the reason in plain
 * language as a manager reads it in an alert, and the question to ask the rep about it.
 */
public record RiskReason(String rule, int weight, String text, String ask) {

    public RiskReason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ask, "ask");
        if (weight < 1 || weight > 100) {
            throw new IllegalArgumentException("a rule's weight is 1 to 100, was " + weight);
        }
    }
}
