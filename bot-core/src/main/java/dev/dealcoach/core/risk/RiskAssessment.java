package dev.dealcoach.core.risk;

import dev.dealcoach.core.model.Deal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How likely a deal is to slip: its score (the rules' weights added, at most 100), the level of that
 * score, and the reasons, heaviest first.
 */
public record RiskAssessment(Deal deal, int score, RiskLevel level, List<RiskReason> reasons) {

    public RiskAssessment {
        Objects.requireNonNull(deal, "deal");
        reasons = reasons.stream().sorted(Comparator.comparingInt(RiskReason::weight).reversed()).toList();
    }

    static RiskAssessment of(Deal deal, List<RiskReason> reasons, RiskLevels levels) {
        int score = Math.min(100, reasons.stream().mapToInt(RiskReason::weight).sum());
        return new RiskAssessment(deal, score, levels.of(score), reasons);
    }
}
