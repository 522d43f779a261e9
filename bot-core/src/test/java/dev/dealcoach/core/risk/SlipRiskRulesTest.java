package dev.dealcoach.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.review.ReviewOutcome;
import dev.dealcoach.core.review.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each slip-risk rule at its boundaries, the score and its levels, and the reasons heaviest first. */
class SlipRiskRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final SlipRiskRules rules = SlipRiskRules.bundled(dev.dealcoach.core.review.Playbooks.bundled().elementIds());

    private static Deal deal(Stage stage, ForecastCategory category, LocalDate close, LocalDate lastActivity, String nextStep) {
        return new Deal("D-1", "Umbrella - Data Suite", "Umbrella Health", "ana", Money.of("310000", "USD"), stage, category, close,
                nextStep, lastActivity, LocalDate.of(2026, 9, 1));
    }

    private static Deal healthy(Stage stage, LocalDate close) {
        return deal(stage, ForecastCategory.PIPELINE, close, TODAY.minusDays(1), "Demo to the CFO");
    }

    private static DealReview review(Deal deal, Verdict verdict, Map<String, Integer> scores) {
        return new DealReview("R-1", "ana", Instant.parse("2026-11-30T10:00:00Z"), "meddpicc", deal, Map.of(),
                new ReviewOutcome(scores, verdict, List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    private List<String> rulesOf(Deal deal, Optional<DealReview> review) {
        return rules.assess(deal, review, TODAY).reasons().stream().map(RiskReason::rule).toList();
    }

    @Test
    void aCloseDateInThePastCountsFromTheDayAfter() {
        assertThat(rulesOf(healthy(Stage.NEGOTIATION, TODAY), Optional.empty())).isEmpty();
        assertThat(rulesOf(healthy(Stage.NEGOTIATION, TODAY.minusDays(1)), Optional.empty())).containsExactly("close-passed");
        assertThat(rules.assess(healthy(Stage.PROOF, LocalDate.of(2026, 11, 16)), Optional.empty(), TODAY).reasons().get(0).text())
                .isEqualTo("Close date Nov 16 has passed; the deal is still in Proof.");
    }

    @Test
    void aCloseWithinFourteenDaysNeedsNegotiationOrLater() {
        assertThat(rulesOf(healthy(Stage.PROOF, TODAY.plusDays(14)), Optional.empty())).containsExactly("close-soon-early-stage");
        assertThat(rulesOf(healthy(Stage.PROOF, TODAY.plusDays(15)), Optional.empty())).isEmpty();
        assertThat(rulesOf(healthy(Stage.NEGOTIATION, TODAY.plusDays(3)), Optional.empty())).isEmpty();
    }

    @Test
    void fourteenQuietDaysAreStaleAndAMissingNextStepCounts() {
        assertThat(rulesOf(deal(Stage.PROOF, ForecastCategory.PIPELINE, TODAY.plusDays(60), TODAY.minusDays(13), "x"), Optional.empty()))
                .isEmpty();
        assertThat(rulesOf(deal(Stage.PROOF, ForecastCategory.PIPELINE, TODAY.plusDays(60), TODAY.minusDays(14), " "), Optional.empty()))
                .containsExactly("stale", "no-next-step");
        assertThat(rulesOf(deal(Stage.PROOF, ForecastCategory.PIPELINE, TODAY.plusDays(60), null, "x"), Optional.empty()))
                .as("never any activity: counted from when it was created").containsExactly("stale");
    }

    @Test
    void theLatestReviewCountsForPeopleMissingLatePaperNotStartedAndAWeakCommit() {
        Deal proof = healthy(Stage.PROOF, TODAY.plusDays(60));
        assertThat(rulesOf(proof, Optional.of(review(proof, Verdict.DEVELOP, Map.of("economic-buyer", 0, "champion", 1)))))
                .containsExactly("review-no-economic-buyer");
        Deal evaluation = healthy(Stage.EVALUATION, TODAY.plusDays(60));
        assertThat(rulesOf(evaluation, Optional.of(review(evaluation, Verdict.DEVELOP, Map.of("economic-buyer", 0))))).isEmpty();

        Deal commit = deal(Stage.NEGOTIATION, ForecastCategory.COMMIT, TODAY.plusDays(20), TODAY, "Legal review");
        RiskAssessment weak = rules.assess(commit, Optional.of(review(commit, Verdict.DISQUALIFY,
                Map.of("economic-buyer", 2, "champion", 2, "paper-process", 0))), TODAY);
        assertThat(weak.reasons()).extracting(RiskReason::rule).containsExactly("commit-weak-verdict", "paper-not-started");
        assertThat(weak.reasons().get(0).text()).isEqualTo("Called Commit, but its latest review says disqualify.");
        assertThat(rulesOf(commit, Optional.of(review(commit, Verdict.PURSUE, Map.of("paper-process", 2))))).isEmpty();
    }

    @Test
    void theScoreAddsTheWeightsUpToAHundredAndGivesTheLevel() {
        Deal bad = deal(Stage.DISCOVERY, ForecastCategory.COMMIT, TODAY.minusDays(15), TODAY.minusDays(30), "");
        RiskAssessment worst = rules.assess(bad, Optional.of(review(bad, Verdict.DISQUALIFY, Map.of())), TODAY);
        assertThat(worst.score()).isEqualTo(95);
        assertThat(worst.level()).isEqualTo(RiskLevel.LIKELY_TO_SLIP);
        assertThat(worst.reasons()).extracting(RiskReason::rule).containsExactly("close-passed", "commit-weak-verdict", "stale",
                "no-next-step");

        assertThat(rules.assess(healthy(Stage.PROOF, TODAY.plusDays(5)), Optional.empty(), TODAY).level()).isEqualTo(RiskLevel.WATCH);
        assertThat(RiskLevels.DEFAULT.of(34)).isEqualTo(RiskLevel.WATCH);
        assertThat(RiskLevels.DEFAULT.of(35)).isEqualTo(RiskLevel.AT_RISK);
        assertThat(RiskLevels.DEFAULT.of(59)).isEqualTo(RiskLevel.AT_RISK);
        assertThat(RiskLevels.DEFAULT.of(14)).isEqualTo(RiskLevel.NONE);
        assertThat(rules.assess(deal(Stage.CLOSED_WON, ForecastCategory.CLOSED, TODAY.minusDays(40), null, ""), Optional.empty(), TODAY)
                .score()).as("closed: nothing left to slip").isZero();
    }
}
