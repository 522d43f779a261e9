package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.Question;
import dev.dealcoach.core.model.Stage;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A qualification method as loaded from its YAML file: the elements scored, the questions asked,
 * each stage's exit criteria, the rules for the verdict, checks on the deal's own record, and the
 * steps that protect a deal worth pursuing.
 */
public record Playbook(
        String id,
        String name,
        List<Element> elements,
        List<ReviewQuestion> questions,
        Map<Stage, List<ExitCheck>> exitChecks,
        List<VerdictRule> disqualifiers,
        List<VerdictRule> pursueCriteria,
        List<DealCheck> dealChecks,
        List<String> protectSteps) {

    public Playbook {
        elements = List.copyOf(elements);
        questions = List.copyOf(questions);
        exitChecks = Map.copyOf(exitChecks);
        disqualifiers = List.copyOf(disqualifiers);
        pursueCriteria = List.copyOf(pursueCriteria);
        dealChecks = List.copyOf(dealChecks);
        protectSteps = List.copyOf(protectSteps);
    }

    /** A thing the method scores 0 (missing), 1 (partial) or 2 (confirmed). */
    public record Element(String id, String name, String coach) {
    }

    /**
     * A question with what it counts towards.
     *
     * @param elementId the element it scores, or null when it only feeds checks and the verdict
     * @param scoring   first matching rule gives the points; none means the question is not scored
     * @param stages    asked only for deals at these stages; empty means always
     * @param summaryLabel when set, the answer is quoted in the summary under this label; may be null
     */
    public record ReviewQuestion(Question question, String elementId, List<ScoreRule> scoring, Set<Stage> stages,
                                 String summaryLabel) {
        public ReviewQuestion {
            scoring = List.copyOf(scoring);
            stages = Set.copyOf(stages);
        }

        public String id() {
            return question.id();
        }

        public boolean askedAt(Stage stage) {
            return stages.isEmpty() || stages.contains(stage);
        }
    }

    public record ScoreRule(Condition when, int points) {
    }

    /** What must be true for a deal to leave a stage. */
    public record ExitCheck(String check, Condition when, String coach) {
    }

    /**
     * @param missing how to say that a pursue criterion is not met; empty for disqualifiers
     */
    public record VerdictRule(String reason, String missing, Condition when) {
    }

    /**
     * What the deal's record says beside the answers (a close date passed, a stage too early for its
     * date, answers that contradict each other). One that holds is named in the summary, keeps the
     * deal from pursue and leads the next steps.
     *
     * @param finding the one line naming it, with {@link CoachText} placeholders
     * @param step    what to do about it, with placeholders
     */
    public record DealCheck(String finding, Condition when, String step) {
    }

    /** The questions by id, as asked. */
    public Map<String, Question> questionsById() {
        Map<String, Question> byId = new java.util.LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q.question()));
        return byId;
    }

    public List<ReviewQuestion> questionsFor(Stage stage) {
        return questions.stream().filter(q -> q.askedAt(stage)).toList();
    }

    public List<ExitCheck> exitChecks(Stage stage) {
        return exitChecks.getOrDefault(stage, List.of());
    }
}
