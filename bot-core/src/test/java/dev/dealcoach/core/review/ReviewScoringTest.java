package dev.dealcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.review.ReviewOutcome.NextStep;
import dev.dealcoach.core.review.ReviewOutcome.StageGap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scoring, stage exit criteria and verdicts of the bundled MEDDPICC playbook. */
class ReviewScoringTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final ReviewScoring scoring = new ReviewScoring(Playbooks.bundled().defaultPlaybook());

    private static Deal deal(Stage stage, LocalDate closeDate) {
        return new Deal("D-1", "Globex - Platform", "Globex", "ria", Money.of("240000", "USD"), stage,
                ForecastCategory.COMMIT, closeDate, "", null, LocalDate.of(2026, 6, 1));
    }

    /** A review with every pursue criterion met and every exit check passed, at any stage. */
    private static Map<String, Answer> strongAnswers() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("economic-buyer", new Answer("Dana, CFO, met yesterday", "Dana, CFO, met yesterday", false, TODAY.minusDays(1)));
        answers.put("budget", Answer.of("Approved", "approved"));
        answers.put("pain", Answer.of("Losing 3 renewals a quarter", "Losing 3 renewals a quarter"));
        answers.put("metrics", Answer.of("Onboarding 6 weeks to 2", "Onboarding 6 weeks to 2"));
        answers.put("champion", new Answer("Raj, VP Ops, met Friday", "Raj, VP Ops, met Friday", false, TODAY.minusDays(3)));
        answers.put("decision-criteria", Answer.of("Written down, we fit well", "strong-fit"));
        answers.put("decision-process", Answer.of("IT review Dec 3, CFO Dec 8", "IT review Dec 3, CFO Dec 8"));
        answers.put("paper-process", Answer.of("None: ready to sign", "ready"));
        answers.put("competition", Answer.of("Acme", "Acme"));
        answers.put("competitive-position", Answer.of("Ahead: they prefer us", "ahead"));
        answers.put("compelling-event", Answer.of("Old contract ends Jan 31", "Old contract ends Jan 31"));
        answers.put("slip-risk", Answer.of("Legal", "Legal"));
        answers.put("business-case", Answer.of("yes", "yes"));
        return answers;
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
