package dev.dealcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.review.ReviewOutcome.NextStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled MEDDPICC playbook's checks on the deal's own record, one test per rule: each finding
 * keeps an otherwise strong deal from pursue, is named in one line, and leads the next steps.
 */
class DealChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final ReviewScoring scoring = new ReviewScoring(Playbooks.bundled().defaultPlaybook());

    private static Deal deal(Stage stage, LocalDate closeDate) {
        return MeddpiccExamples.deal(stage, closeDate);
    }

    /** Strong answers with a paper process any stage may have. */
    private static Map<String, Answer> strongAnswers() {
        Map<String, Answer> answers = MeddpiccExamples.strongAnswers(TODAY);
        answers.put("paper-process", Answer.of("Procurement engaged, legal not started", "engaged"));
        return answers;
    }

    @Test
    void anOpenDealWhoseCloseDatePassedIsNotPursuedAndGetsANewDateFirst() {
        ReviewOutcome outcome = scoring.score(deal(Stage.PROOF, TODAY.minusDays(5)), withPoc(strongAnswers()), TODAY);

        assertThat(outcome.verdict()).isEqualTo(Verdict.DEVELOP);
        assertThat(outcome.findings()).containsExactly("Close date Nov 26 has passed");
        assertThat(outcome.missing()).as("the rep named a compelling event: only the date holds it back").isEmpty();
        assertThat(outcome.nextSteps().get(0)).isEqualTo(new NextStep("",
                "Agree a new close date with Dana this week and put it in the CRM before the forecast call."));
    }

    @Test
    void anEarlyStageDealClosingWithinAMonthIsFlagged() {
        ReviewOutcome discovery = scoring.score(deal(Stage.DISCOVERY, TODAY.plusDays(5)), strongAnswers(), TODAY);
        ReviewOutcome later = scoring.score(deal(Stage.DISCOVERY, TODAY.plusDays(45)), strongAnswers(), TODAY);
        ReviewOutcome proof = scoring.score(deal(Stage.PROOF, TODAY.plusDays(20)), withPoc(strongAnswers()), TODAY);
        ReviewOutcome proofThisWeek = scoring.score(deal(Stage.PROOF, TODAY.plusDays(7)), withPoc(strongAnswers()), TODAY);

        assertThat(discovery.findings()).containsExactly("Closes in 5 days but still in Discovery");
        assertThat(discovery.verdict()).isEqualTo(Verdict.DEVELOP);
        assertThat(discovery.nextSteps().get(0).coach())
                .isEqualTo("Test the date with Raj: what must happen to sign by Dec 6? If it cannot, move the close date now.");
        assertThat(later.findings()).isEmpty();
        assertThat(later.verdict()).isEqualTo(Verdict.PURSUE);
        assertThat(proof.findings()).as("a Proof deal may close within a month").isEmpty();
        assertThat(proofThisWeek.findings()).as("but not within two weeks").containsExactly("Closes in 7 days but still in Proof");
    }

    @Test
    void aContractInLegalReviewWhileTheDealIsInDiscoveryIsFlagged() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("paper-process", Answer.of("Contract in legal review", "legal-review"));

        ReviewOutcome outcome = scoring.score(deal(Stage.DISCOVERY, TODAY.plusDays(60)), answers, TODAY);

        assertThat(outcome.findings()).containsExactly("Paper process says \"Contract in legal review\" while the deal is in Discovery");
        assertThat(outcome.verdict()).isEqualTo(Verdict.DEVELOP);
    }

    @Test
    void aConfirmedSigningDateThatIsNotTheCloseDateIsFlagged() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("paper-process", Answer.of("None: ready to sign", "ready"));
        answers.put("signing-date", new Answer("Dec 18", "2026-12-18", false, LocalDate.of(2026, 12, 18)));

        ReviewOutcome differs = scoring.score(deal(Stage.CLOSE, LocalDate.of(2027, 1, 13)), answers, TODAY);
        ReviewOutcome same = scoring.score(deal(Stage.CLOSE, LocalDate.of(2026, 12, 18)), answers, TODAY);

        assertThat(differs.findings()).containsExactly("Signing date Dec 18 is not the CRM close date Jan 13, 2027");
        assertThat(differs.nextSteps().get(0).coach())
                .isEqualTo("Put Dec 18 in the CRM as the close date, or ask Dana which date holds.");
        assertThat(same.findings()).isEmpty();
        assertThat(same.verdict()).isEqualTo(Verdict.PURSUE);
    }

    @Test
    void readyToSignWithNoEconomicBuyerIsFlaggedBesideTheDisqualifier() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("paper-process", Answer.of("None: ready to sign", "ready"));
        answers.put("economic-buyer", Answer.dontKnow("no idea"));
        answers.put("signing-date", new Answer("Jan 13", "2027-01-13", false, LocalDate.of(2027, 1, 13)));

        ReviewOutcome outcome = scoring.score(deal(Stage.CLOSE, LocalDate.of(2027, 1, 13)), answers, TODAY);

        assertThat(outcome.verdict()).isEqualTo(Verdict.DISQUALIFY);
        assertThat(outcome.findings()).containsExactly("Ready to sign, but no economic buyer named",
                "The economic buyer saw the business case, but who they are is unknown");
        assertThat(outcome.nextSteps()).extracting(NextStep::coach).startsWith(
                "Find out who signs before the contract goes out: ask Raj this week.");
    }

    @Test
    void readyToSignWithNoBudgetIsFlagged() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("paper-process", Answer.of("None: ready to sign", "ready"));
        answers.put("budget", Answer.of("No budget yet", "none"));
        answers.put("signing-date", new Answer("Jan 13", "2027-01-13", false, LocalDate.of(2027, 1, 13)));

        ReviewOutcome outcome = scoring.score(deal(Stage.CLOSE, LocalDate.of(2027, 1, 13)), answers, TODAY);

        assertThat(outcome.verdict()).isEqualTo(Verdict.DISQUALIFY);
        assertThat(outcome.findings()).containsExactly("Ready to sign, but no budget");
    }

    @Test
    void aSigningDateGivenForAnOverdueDealIsOneFindingNotTwo() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("paper-process", Answer.of("None: ready to sign", "ready"));
        answers.put("signing-date", new Answer("Dec 18", "2026-12-18", false, LocalDate.of(2026, 12, 18)));

        ReviewOutcome outcome = scoring.score(deal(Stage.CLOSE, TODAY.minusDays(5)), answers, TODAY);

        assertThat(outcome.findings()).containsExactly("Signing date Dec 18 is not the CRM close date Nov 26");
    }

    @Test
    void aContractInLegalReviewIsOnTrackBeforeCloseAndOnlyPartlyThereInClose() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("paper-process", Answer.of("Contract in legal review", "legal-review"));
        answers.put("signing-date", new Answer("Jan 13", "2027-01-13", false, LocalDate.of(2027, 1, 13)));

        assertThat(scoring.score(deal(Stage.NEGOTIATION, LocalDate.of(2027, 1, 13)), answers, TODAY).scores())
                .containsEntry("paper-process", 2);
        assertThat(scoring.score(deal(Stage.CLOSE, LocalDate.of(2027, 1, 13)), answers, TODAY).scores())
                .containsEntry("paper-process", 1);
    }

    @Test
    void aBuyerMetRecentlyWithABudgetOnlyAllocatedIsEngagedButTheBudgetIsNotApproved() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("budget", Answer.of("Allocated, not approved", "allocated"));

        ReviewOutcome outcome = scoring.score(deal(Stage.EVALUATION, TODAY.plusDays(60)), answers, TODAY);

        assertThat(outcome.reasons()).contains("an engaged economic buyer");
        assertThat(outcome.missing()).containsExactly("budget not yet approved");
    }

    @Test
    void theVerdictSentenceGivesTheDecidingReasonsInAboutTwentyWordsWithoutRepeatingTheVerdict() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("champion", Answer.dontKnow("no one yet"));
        answers.put("business-case", Answer.of("yes", "yes"));
        Deal deal = deal(Stage.NEGOTIATION, TODAY.minusDays(5));

        String sentence = ReviewSummary.verdictSentence(review(deal, answers));

        assertThat(sentence).isEqualTo("An engaged economic buyer and urgent, quantified pain, but close date Nov 26 has passed "
                + "and no active champion.");
        assertThat(sentence.split(" ")).hasSizeLessThanOrEqualTo(22);
        assertThat(sentence).doesNotContain("DEVELOP");
    }

    @Test
    void aStageGapIsNamedInTheVerdictSentenceWhenNothingElseHoldsTheDealBack() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("paper-process", Answer.of("Not started", "not-started"));
        answers.put("business-case", Answer.of("yes", "yes"));

        String sentence = ReviewSummary.verdictSentence(review(deal(Stage.NEGOTIATION, TODAY.plusDays(40)), answers));

        assertThat(sentence).isEqualTo("An engaged economic buyer and urgent, quantified pain, but Negotiation needs legal and procurement engaged.");
    }

    private DealReview review(Deal deal, Map<String, Answer> answers) {
        return new DealReview("r", "ria", Instant.parse("2026-12-01T10:00:00Z"), "meddpicc", deal, answers,
                scoring.score(deal, answers, TODAY));
    }

    private static Map<String, Answer> withPoc(Map<String, Answer> answers) {
        answers.put("poc-criteria", Answer.of("yes", "yes"));
        return answers;
    }
}
