package dev.dealcoach.core.model;

import java.util.Optional;

/** Sales stages, in the order a deal moves through them. */
public enum Stage {
    DISCOVERY("Discovery"),
    EVALUATION("Evaluation"),
    PROOF("Proof"),
    NEGOTIATION("Negotiation"),
    CLOSE("Close"),
    CLOSED_WON("Closed Won"),
    CLOSED_LOST("Closed Lost");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != CLOSED_WON && this != CLOSED_LOST;
    }

    /** Matches {@code Closed Won}, {@code closed_won}, {@code CLOSED-WON} and the like. */
    public static Optional<Stage> parse(String text) {
        return EnumNames.parse(Stage.class, text);
    }
}
