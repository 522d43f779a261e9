package dev.dealcoach.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.core.review.ReviewOutcome;
import dev.dealcoach.core.review.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules as data: the bundled file, an org's file that changes, removes and adds rules and moves the levels, and bad files refused whole. */
class SlipRiskRulesFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Set<String> ELEMENTS = Playbooks.bundled().elementIds();

    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        return Files.writeString(dir.resolve("risk.yml"), yaml);
    }

    private static Deal deal(ForecastCategory category, LocalDate close, String nextStep) {
        return new Deal("D-1", "Umbrella - Data Suite", "Umbrella Health", "ana", Money.of("310000", "USD"), Stage.PROOF, category, close,
                nextStep, TODAY.minusDays(1), LocalDate.of(2026, 9, 1));
    }

    private static Optional<DealReview> review(Deal deal, Map<String, Integer> scores) {
        return Optional.of(new DealReview("R-1", "ana", Instant.parse("2026-11-30T10:00:00Z"), "meddpicc", deal, Map.of(),
                new ReviewOutcome(scores, Verdict.DEVELOP, List.of(), List.of(), List.of(), List.of(), List.of())));
    }

    @Test
    void theBundledRulesAreReadFromTheirFileInOrder() {
        SlipRiskRules bundled = SlipRiskRules.bundled(ELEMENTS);
        assertThat(bundled.rules()).extracting(RiskRule::id).containsExactly("close-passed", "close-soon-early-stage", "close-pushed",
                "commit-weak-verdict", "stale", "review-no-economic-buyer", "review-no-champion", "downgraded-from-commit",
                "paper-not-started", "amount-down", "stage-age", "no-next-step");
        assertThat(bundled.rules()).allSatisfy(rule -> assertThat(rule.ask()).endsWith("?"));
    }

    @Test
    void anOrgsFileChangesRemovesAndAddsRulesAndMovesTheLevels() throws IOException {
        SlipRiskRules own = SlipRiskRules.load(file("""
                levels: {watch: 10, at-risk: 25, likely-to-slip: 50}
                rules:
                  - id: no-next-step
                    weight: 30
                    when: {no-next-step: true}
                    reason: "Nothing booked with {account}."
                    ask: "What is booked with {account}?"
                  - id: stale
                    off: true
                  - id: commit-without-champion
                    weight: 20
                    when: {all: [{category-in: [commit, best-case]}, {missing: champion}]}
                    reason: "Called {category} with no champion."
                    ask: "Who at {account} sells this when you are not in the room?"
                """), ELEMENTS);

        assertThat(own.rules()).extracting(RiskRule::id).doesNotContain("stale").contains("no-next-step", "commit-without-champion");
        Deal deal = deal(ForecastCategory.BEST_CASE, TODAY.plusDays(90), "");
        RiskAssessment assessed = own.assess(deal, review(deal, Map.of("champion", 0)), TODAY);
        assertThat(assessed.reasons()).extracting(RiskReason::text)
                .containsExactly("Nothing booked with Umbrella Health.", "Called Best Case with no champion.",
                        "Its latest review has no champion, in Proof.");
        assertThat(assessed.score()).isEqualTo(65);
        assertThat(assessed.level()).as("the org's levels").isEqualTo(RiskLevel.LIKELY_TO_SLIP);
        assertThat(SlipRiskRules.bundled(ELEMENTS).assess(deal, review(deal, Map.of("champion", 0)), TODAY).level())
                .as("the bundled rules: no next step (10) and no champion (15)").isEqualTo(RiskLevel.WATCH);

        Deal quiet = new Deal("D-2", "Quiet", "Quiet Co", "ana", Money.of("1000", "USD"), Stage.PROOF, ForecastCategory.PIPELINE,
                TODAY.plusDays(90), "Call", TODAY.minusDays(60), LocalDate.of(2026, 9, 1));
        assertThat(own.assess(quiet, Optional.empty(), TODAY).reasons()).as("stale is off").isEmpty();
    }

    @Test
    void aBadFileIsRefusedWholeWithEveryProblemAndWhereItIs() throws IOException {
        Path bad = file("""
                levels: {watch: 40, at-risk: 35, likely-to-slip: 60}
                rules:
                  - id: Big Deal
                    weight: 0
                    when: {sometimes: true}
                    reason: "Worth {value}."
                  - id: quiet
                    weight: 20
                    when: {all: [{no-activity-days: 0}, {missing: budget-holder}]}
                    reason: "Quiet."
                    ask: "Why?"
                  - id: no-such-rule
                    off: true
                """);

        assertThatThrownBy(() -> SlipRiskRules.load(bad, ELEMENTS)).isInstanceOfSatisfying(RiskRulesException.class, e ->
                assertThat(e.problems()).containsExactly(
                        bad + ": levels: must rise from 1 to 100: watch below at-risk below likely-to-slip",
                        bad + ": rules[0].id: 'Big Deal' must be lowercase letters, digits and hyphens",
                        bad + ": rules[0].weight: must be a whole number from 1 to 100",
                        bad + ": rules[0].when: unknown condition 'sometimes'",
                        bad + ": rules[0].reason: '{value}' is not one of account, amount, amount-drop, category, close, close-days, days-pushed, "
                                + "days-quiet, deal, pushes, stage, stage-days, verdict",
                        bad + ": rules[0].ask: is missing",
                        bad + ": rules[1].when.all[0].no-activity-days: must be a whole number of 1 or more",
                        bad + ": rules[1].when.all[1].missing: no element 'budget-holder'"));
        Path offUnknown = file("rules: [{id: no-such-rule, off: true}]");
        assertThatThrownBy(() -> SlipRiskRules.load(offUnknown, ELEMENTS)).isInstanceOf(RiskRulesException.class)
                .hasMessageContaining("rule 'no-such-rule' is turned off but there is no such bundled rule");
        Path notYaml = file("rules: [unclosed");
        assertThatThrownBy(() -> SlipRiskRules.load(notYaml, ELEMENTS)).isInstanceOf(RiskRulesException.class)
                .hasMessageContaining("not valid YAML");
    }
}
