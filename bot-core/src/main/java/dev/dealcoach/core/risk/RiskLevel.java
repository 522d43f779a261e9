package dev.dealcoach.core.risk;

/** How likely a deal is to slip, from its score: the levels an alert is about are {@link #AT_RISK} and {@link #LIKELY_TO_SLIP}. */
public enum RiskLevel {
    NONE("no risk", 0),
    WATCH("watch", 15),
    AT_RISK("at risk", 35),
    LIKELY_TO_SLIP("likely to slip", 60);

    private final String label;
    private final int from;

    RiskLevel(String label, int from) {
        this.label = label;
        this.from = from;
    }

    public String label() {
        return label;
    }

    /** The level of a score from 0 to 100. */
    public static RiskLevel of(int score) {
        RiskLevel level = NONE;
        for (RiskLevel candidate : values()) {
            if (score >= candidate.from) {
                level = candidate;
            }
        }
        return level;
    }
}
