package dev.dealcoach.core.risk;

/**
 * How likely a deal is to slip, from its score (see {@link RiskLevels}): the levels an alert is about
 * are {@link #AT_RISK} and {@link #LIKELY_TO_SLIP}.
 */
public enum RiskLevel {
    NONE("no risk"),
    WATCH("watch"),
    AT_RISK("at risk"),
    LIKELY_TO_SLIP("likely to slip");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
