package dev.dealcoach.core.risk;

import dev.dealcoach.core.model.Stage;
import java.util.Map;

/**
 * The rules' thresholds, the director's defaults unless configured.
 *
 * @param closeSoonDays a close date within this many days needs the deal in Negotiation or later
 * @param staleDays     no activity for this many days makes a deal stale
 * @param stageDays     the most days a deal should spend in each open stage
 */
public record RiskThresholds(int closeSoonDays, int staleDays, Map<Stage, Integer> stageDays) {

    public static final RiskThresholds DEFAULT = new RiskThresholds(14, 14, Map.of(Stage.DISCOVERY, 30, Stage.EVALUATION, 30,
            Stage.PROOF, 45, Stage.NEGOTIATION, 30, Stage.CLOSE, 14));

    public RiskThresholds {
        stageDays = Map.copyOf(stageDays);
        if (closeSoonDays < 1 || staleDays < 1 || stageDays.values().stream().anyMatch(days -> days < 1)) {
            throw new IllegalArgumentException("risk thresholds are a day or more");
        }
    }
}
