package dev.dealcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.review.ReviewOutcome.NextStep;
import dev.dealcoach.core.review.ReviewOutcome.StageGap;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scoring, stage exit criteria and verdicts of the bundled MEDDPICC playbook. */
class ReviewScoringTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final ReviewScoring scoring = new ReviewScoring(Playbooks.bundled().defaultPlaybook());

    private static Deal deal(Stage stage, LocalDate closeDate) {
        return MeddpiccExamples.deal(stage, closeDate);
    }

    private static Map<String, Answer> strongAnswers() {
        return MeddpiccExamples.strongAnswers(TODAY);
    }

    private ReviewOutcome score(Stage stage, Map<String, Answer> answers) {
        return scoring.score(deal(stage, TODAY.plusDays(45)), answers, TODAY);
    }

    @Test
    void aDealStrongOnEveryCountIsPursued() {
        ReviewOutcome outcome = score(Stage.NEGOTIATION, strongAnswers());

        assertThat(outcome.verdict()).isEqualTo(Verdict.PURSUE);
        assertThat(outcome.scores().values()).containsOnly(2);
        assertThat(outcome.stageGaps()).isEmpty();
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.reasons()).contains("an engaged economic buyer", "an active champion");
        assertThat(outcome.nextSteps()).as("the steps that protect it, with the names the rep gave").extracting(NextStep::coach)
                .containsExactly("Lock the date: ask Dana to confirm signing by Jan 7, 2027 in writing.",
                        "Walk the paper process with procurement before Dec 24: every step, its owner and its date until signature.",
                        "Keep Raj close: agree the next meeting before this one ends.");
    }

    @Test
    void anElementScoresTheLowestOfItsQuestions() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("budget", Answer.of("Allocated, not approved", "allocated"));

        assertThat(score(Stage.NEGOTIATION, answers).scores()).containsEntry("economic-buyer", 1);
    }

    @Test
    void aNamedBuyerNotSpokenToInAMonthIsOnlyPartial() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("economic-buyer", new Answer("Dana, CFO, in September", "Dana, CFO, in September", false, TODAY.minusDays(60)));
        answers.put("champion", Answer.of("Raj, VP Ops", "Raj, VP Ops"));

        ReviewOutcome outcome = score(Stage.NEGOTIATION, answers);

        assertThat(outcome.scores()).containsEntry("economic-buyer", 1).containsEntry("champion", 1);
        assertThat(outcome.verdict()).isEqualTo(Verdict.DEVELOP);
        assertThat(outcome.missing()).containsExactly("no engaged economic buyer", "no active champion");
    }

    @Test
    void vaguePainWithoutANumberIsPartial() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("pain", Answer.of("Onboarding is slow", "Onboarding is slow"));

        assertThat(score(Stage.NEGOTIATION, answers).scores()).containsEntry("identify-pain", 1);
    }

    @Test
    void disqualifyNamesEveryRuleThatHolds() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("economic-buyer", Answer.dontKnow("don't know"));
        answers.put("budget", Answer.of("No budget yet", "none"));

        ReviewOutcome outcome = scoring.score(deal(Stage.EVALUATION, TODAY.plusMonths(20)), answers, TODAY);

        assertThat(outcome.verdict()).isEqualTo(Verdict.DISQUALIFY);
        assertThat(outcome.reasons()).containsExactly(
                "no access to the economic buyer", "no budget", "a timeline over 18 months");
    }

    @Test
    void anEntrenchedIncumbentDisqualifiesOnlyWithoutACompellingEvent() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("competitive-position", Answer.of("Behind an entrenched incumbent", "entrenched-incumbent"));
        assertThat(score(Stage.NEGOTIATION, answers).verdict()).isEqualTo(Verdict.DEVELOP);

        answers.put("compelling-event", Answer.dontKnow("none"));
        ReviewOutcome outcome = score(Stage.NEGOTIATION, answers);
        assertThat(outcome.verdict()).isEqualTo(Verdict.DISQUALIFY);
        assertThat(outcome.reasons()).containsExactly("an entrenched incumbent and no compelling event");
    }

    @Test
    void aGapInTheDealsOwnStageKeepsItFromPursue() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("business-case", Answer.of("no", "no"));

        ReviewOutcome outcome = score(Stage.NEGOTIATION, answers);

        assertThat(outcome.verdict()).isEqualTo(Verdict.DEVELOP);
        assertThat(outcome.missing()).isEmpty();
        assertThat(outcome.stageGaps()).containsExactly(new StageGap(Stage.NEGOTIATION,
                "Business case presented to the economic buyer",
                "Book Dana for 30 minutes before Dec 24 to walk the business case in their numbers."));
    }

    @Test
    void theDealsOwnStageGapsComeFirstThenEarlierStages() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("budget", Answer.of("Allocated, not approved", "allocated"));
        answers.put("champion", Answer.dontKnow("no one"));
        answers.put("paper-process", Answer.of("Not started", "not-started"));

        ReviewOutcome outcome = score(Stage.NEGOTIATION, answers);

        assertThat(outcome.stageGaps()).extracting(StageGap::stage, StageGap::check).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stage.NEGOTIATION, "Legal and procurement engaged"),
                org.assertj.core.groups.Tuple.tuple(Stage.DISCOVERY, "Budget confirmed"),
                org.assertj.core.groups.Tuple.tuple(Stage.EVALUATION, "Champion identified"));
        assertThat(outcome.nextSteps()).extracting(NextStep::topic).containsExactly(
                "Paper process", "Champion", "Economic buyer");
    }

    @Test
    void checksOnQuestionsThatWereNotAskedAreNotGaps() {
        Map<String, Answer> answers = strongAnswers();
        answers.remove("business-case");

        ReviewOutcome proof = score(Stage.PROOF, answers);
        ReviewOutcome close = score(Stage.CLOSE, answers);

        assertThat(proof.stageGaps()).isEmpty();
        assertThat(close.stageGaps()).isEmpty();
        assertThat(close.verdict()).isEqualTo(Verdict.PURSUE);
    }

    @Test
    void nextStepsAreTheThreeWeakestWhenNoStageCheckFails() {
        Map<String, Answer> answers = strongAnswers();
        answers.put("metrics", Answer.dontKnow("not sure"));
        answers.put("competition", Answer.dontKnow("no idea"));
        answers.put("decision-process", Answer.of("CFO decides", "CFO decides"));
        answers.put("competitive-position", Answer.of("Level", "level"));
        answers.put("paper-process", Answer.of("Procurement engaged, legal not started", "engaged"));

        ReviewOutcome outcome = score(Stage.DISCOVERY, answers);

        assertThat(outcome.stageGaps()).isEmpty();
        assertThat(outcome.nextSteps()).extracting(NextStep::topic).containsExactly("Metrics", "Competition", "Decision process");
    }
}
