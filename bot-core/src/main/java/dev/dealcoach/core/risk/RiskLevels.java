package dev.dealcoach.core.risk;

/** The scores from which a deal is on watch, at risk and likely to slip. */
public record RiskLevels(int watch, int atRisk, int likelyToSlip) {

    public static final RiskLevels DEFAULT = new RiskLevels(15, 35, 60);

    public RiskLevels {
        if (watch < 1 || watch >= atRisk || atRisk >= likelyToSlip || likelyToSlip > 100) {
            throw new IllegalArgumentException("levels rise from 1 to 100: watch < at-risk < likely-to-slip");
        }
    }

    /** The level of a score from 0 to 100. */
    public RiskLevel of(int score) {
        if (score >= likelyToSlip) {
            return RiskLevel.LIKELY_TO_SLIP;
        }
        if (score >= atRisk) {
            return RiskLevel.AT_RISK;
        }
        return score >= watch ? RiskLevel.WATCH : RiskLevel.NONE;
    }
}
