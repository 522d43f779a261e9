package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.conversation.Question;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.review.Playbook.Element;
import dev.dealcoach.core.review.Playbook.ExitCheck;
import dev.dealcoach.core.review.Playbook.ReviewQuestion;
import dev.dealcoach.core.review.Playbook.ScoreRule;
import dev.dealcoach.core.review.Playbook.VerdictRule;
import dev.dealcoach.core.review.ReviewOutcome.NextStep;
import dev.dealcoach.core.review.ReviewOutcome.StageGap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores a review's answers with a playbook: element scores, stage exit gaps, verdict and next steps. */
public final class ReviewScoring {

    static final int NEXT_STEPS = 3;

    private final Playbook playbook;
    private final Map<String, Question> questions;

    public ReviewScoring(Playbook playbook) {
        this.playbook = playbook;
        this.questions = playbook.questionsById();
    }

    public ReviewOutcome score(Deal deal, Map<String, Answer> answers, LocalDate today) {
        ReviewFacts answersOnly = new ReviewFacts(answers, Map.of(), deal, today);
        Map<String, Integer> scores = elementScores(answersOnly);
        ReviewFacts facts = new ReviewFacts(answers, scores, deal, today);
        List<StageGap> gaps = stageGaps(deal.stage(), facts);
        List<Playbook.DealCheck> failed = playbook.dealChecks().stream().filter(check -> check.when().test(facts)).toList();
        List<String> findings = failed.stream().map(check -> fill(check.finding(), facts)).toList();

        List<String> disqualifiers = playbook.disqualifiers().stream()
                .filter(rule -> rule.when().test(facts)).map(VerdictRule::reason).toList();
        List<String> met = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (VerdictRule rule : playbook.pursueCriteria()) {
            if (rule.when().test(facts)) {
                met.add(rule.reason());
            } else {
                missing.add(rule.missing());
            }
        }
        Verdict verdict;
        List<String> reasons;
        if (!disqualifiers.isEmpty()) {
            verdict = Verdict.DISQUALIFY;
            reasons = disqualifiers;
            missing = List.of();
        } else if (missing.isEmpty() && findings.isEmpty() && gaps.stream().noneMatch(g -> g.stage() == deal.stage())) {
            verdict = Verdict.PURSUE;
            reasons = met;
        } else {
            verdict = Verdict.DEVELOP;
            reasons = met;
        }
        List<NextStep> steps = new ArrayList<>();
        failed.forEach(check -> steps.add(new NextStep("", fill(check.step(), facts))));
        steps.addAll(nextSteps(scores, gaps, deal.stage(), failed, facts));
        if (verdict == Verdict.PURSUE) {
            playbook.protectSteps().forEach(step -> steps.add(new NextStep("", fill(step, facts))));
        }
        return new ReviewOutcome(scores, verdict, reasons, missing, gaps, steps.subList(0, Math.min(NEXT_STEPS, steps.size())),
                findings);
    }

    private String fill(String template, ReviewFacts facts) {
        return CoachText.fill(template, facts, questions);
    }

    /** Each element's score is the lowest of its asked, scored questions: confirmed means every part is. */
    private Map<String, Integer> elementScores(ReviewFacts facts) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Element element : playbook.elements()) {
            int score = 2;
            boolean asked = false;
            for (ReviewQuestion question : playbook.questions()) {
                if (element.id().equals(question.elementId()) && facts.asked(question.id())) {
                    asked = true;
                    score = Math.min(score, questionScore(question, facts));
                }
            }
            scores.put(element.id(), asked ? score : 0);
        }
        return scores;
    }

    private static int questionScore(ReviewQuestion question, ReviewFacts facts) {
        for (ScoreRule rule : question.scoring()) {
            if (rule.when().test(facts)) {
                return rule.points();
            }
        }
        return 0;
    }

    /**
     * Exit checks not met, for the deal's stage and every stage before it. A check on a question that
     * was not asked in this review (a later stage's question) is left out, not counted as a gap.
     */
    private List<StageGap> stageGaps(Stage dealStage, ReviewFacts facts) {
        List<StageGap> current = new ArrayList<>();
        List<StageGap> earlier = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (!stage.isOpen() || stage.ordinal() > dealStage.ordinal()) {
                continue;
            }
            for (ExitCheck check : playbook.exitChecks(stage)) {
                boolean checkable = check.when().questions().stream().allMatch(facts::asked);
                if (checkable && !check.when().test(facts)) {
                    (stage == dealStage ? current : earlier).add(new StageGap(stage, check.check(), fill(check.coach(), facts)));
                }
            }
        }
        current.addAll(earlier);
        return current;
    }

    /**
     * The steps for the answers, most urgent first: the deal's own stage gaps; then what is missing
     * entirely (earlier-stage gaps on elements scored 0, then other elements scored 0); then the
     * remaining earlier-stage gaps; then partial elements. An element a stage gap covers is coached
     * through that gap, not twice.
     */
    private List<NextStep> nextSteps(Map<String, Integer> scores, List<StageGap> gaps, Stage dealStage,
                                     List<Playbook.DealCheck> failed, ReviewFacts facts) {
        Set<String> zero = new HashSet<>();
        scores.forEach((element, points) -> {
            if (points == 0) {
                zero.add(element);
            }
        });
        Set<String> covered = new HashSet<>();
        gaps.forEach(gap -> covered.addAll(elementsOf(gap)));
        failed.forEach(check -> covered.addAll(elementsOf(check.when())));
        List<StageGap> current = gaps.stream().filter(g -> g.stage() == dealStage).toList();
        List<StageGap> earlier = gaps.stream().filter(g -> g.stage() != dealStage).toList();
        List<StageGap> earlierOnMissing = earlier.stream().filter(g -> elementsOf(g).stream().anyMatch(zero::contains)).toList();

        List<NextStep> steps = new ArrayList<>();
        current.forEach(gap -> steps.add(step(gap, facts)));
        earlierOnMissing.forEach(gap -> steps.add(step(gap, facts)));
        addElements(steps, scores, 0, covered, facts);
        earlier.stream().filter(g -> !earlierOnMissing.contains(g)).forEach(gap -> steps.add(step(gap, facts)));
        addElements(steps, scores, 1, covered, facts);
        return steps;
    }

    /** A gap's step is named after the one element it is about, if there is one. */
    private NextStep step(StageGap gap, ReviewFacts facts) {
        Set<String> elements = elementsOf(gap);
        String topic = elements.size() != 1 ? "" : playbook.elements().stream()
                .filter(e -> elements.contains(e.id())).map(Element::name).findFirst().orElse("");
        return new NextStep(topic, gap.coach());
    }

    private void addElements(List<NextStep> steps, Map<String, Integer> scores, int points, Set<String> covered, ReviewFacts facts) {
        for (Element element : playbook.elements()) {
            if (scores.get(element.id()) == points && !covered.contains(element.id())) {
                steps.add(new NextStep(element.name(), fill(element.coach(), facts)));
            }
        }
    }

    private Set<String> elementsOf(StageGap gap) {
        Set<String> elements = new HashSet<>();
        for (ExitCheck check : playbook.exitChecks(gap.stage())) {
            if (check.check().equals(gap.check())) {
                elements.addAll(elementsOf(check.when()));
            }
        }
        return elements;
    }

    /** The elements a condition is about: those it reads the score of, and those of the questions it reads. */
    private Set<String> elementsOf(Condition condition) {
        Set<String> elements = new HashSet<>(condition.elements());
        for (ReviewQuestion question : playbook.questions()) {
            if (question.elementId() != null && condition.questions().contains(question.id())) {
                elements.add(question.elementId());
            }
        }
        return elements;
    }
}
