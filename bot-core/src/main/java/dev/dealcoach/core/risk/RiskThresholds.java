package dev.dealcoach.core.risk;

/**
 * The rules' thresholds, the director's defaults unless configured.
 *
 * @param closeSoonDays a close date within this many days needs the deal in Negotiation or later
 * @param staleDays     no activity for this many days makes a deal stale
 */
public record RiskThresholds(int closeSoonDays, int staleDays) {

    public static final RiskThresholds DEFAULT = new RiskThresholds(14, 14);

    public RiskThresholds {
        if (closeSoonDays < 1 || staleDays < 1) {
            throw new IllegalArgumentException("risk thresholds are a day or more");
        }
    }
}
