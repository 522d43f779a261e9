package dev.dealcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.conversation.Answer;
import dev.dealcoach.core.conversation.AnswerType;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Question;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The {@code when:} condition language on its own, with the questions and elements a playbook would declare. */
class ConditionParserTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Map<String, Question> QUESTIONS = Map.of(
            "budget", new Question("budget", "Is the budget approved?", AnswerType.CHOICE,
                    List.of(new Block.Option("approved", "Approved"), new Block.Option("none", "No budget yet")), null),
            "champion", new Question("champion", "Who is your champion?", AnswerType.PERSON, List.of(), null),
            "signed", new Question("signed", "Signed?", AnswerType.YES_NO, List.of(), null));

    private final YamlWalk walk = new YamlWalk("test.yml");
    private final ConditionParser parser = new ConditionParser(walk, QUESTIONS, Set.of("budget", "champion"));

    private static JsonNode yaml(String text) {
        return YAML.readTree(text);
    }

    private Optional<Condition> when(String text) {
        return parser.condition(yaml(text), "when");
    }

    private Optional<Condition> whenOnChampion(String text) {
        return parser.conditionOn("champion", yaml(text), "score[0].when");
    }

    @Test
    void readsEachConditionOnAQuestion() {
        assertThat(when("{answered: champion}")).hasValue(new Condition.Answered("champion"));
        assertThat(when("{unknown: budget}")).hasValue(new Condition.Unknown("budget"));
        assertThat(when("{specific: champion}")).hasValue(new Condition.Specific("champion"));
        assertThat(when("{equals: {budget: approved}}")).hasValue(new Condition.Equals("budget", "approved"));
        assertThat(when("{contacted-within-days: {champion: 30}}")).hasValue(new Condition.ContactedWithinDays("champion", 30));
        assertThat(walk.problems()).isEmpty();
    }

    @Test
    void readsConditionsOnScoresAndTheDeal() {
        assertThat(when("{score-at-least: {budget: 2}}")).hasValue(new Condition.ScoreAtLeast("budget", 2));
        assertThat(when("{close-beyond-months: 6}")).hasValue(new Condition.CloseBeyondMonths(6));
    }

    @Test
    void readsAllAnyAndNotNestedInEachOther() {
        assertThat(when("{all: [{answered: champion}, {any: [{score-at-least: {budget: 1}}, {not: {unknown: budget}}]}]}"))
                .hasValue(new Condition.All(List.of(
                        new Condition.Answered("champion"),
                        new Condition.Any(List.of(
                                new Condition.ScoreAtLeast("budget", 1),
                                new Condition.Not(new Condition.Unknown("budget")))))));
    }

    @Test
    void readsABareYesOrNoAsTheYesNoAnswer() {
        assertThat(when("{equals: {signed: yes}}")).hasValue(new Condition.Equals("signed", "yes"));
        assertThat(when("{equals: {signed: no}}")).hasValue(new Condition.Equals("signed", "no"));
    }

    @Test
    void letsEqualsOnAQuestionWithoutOptionsTakeAnyValue() {
        assertThat(when("{equals: {champion: raj}}")).hasValue(new Condition.Equals("champion", "raj"));
    }

    @Test
    void letsAConditionInAQuestionsOwnScoreListLeaveTheQuestionOut() {
        assertThat(whenOnChampion("answered")).hasValue(new Condition.Answered("champion"));
        assertThat(whenOnChampion("unknown")).hasValue(new Condition.Unknown("champion"));
        assertThat(whenOnChampion("specific")).hasValue(new Condition.Specific("champion"));
        assertThat(whenOnChampion("{contacted-within-days: 30}")).hasValue(new Condition.ContactedWithinDays("champion", 30));
        assertThat(whenOnChampion("{score-at-least: {budget: 2}}")).hasValue(new Condition.ScoreAtLeast("budget", 2));
        assertThat(walk.problems()).isEmpty();
    }

    @Test
    void refusesAShorthandThatIsNotOneOfTheWords() {
        assertThat(whenOnChampion("maybe")).isEmpty();
        assertThat(whenOnChampion("{contacted-within-days: 0}")).isEmpty();

        assertThat(walk.problems()).containsExactly(
                "test.yml: score[0].when: 'maybe' is not one of answered, unknown, specific, or a condition",
                "test.yml: score[0].when.contacted-within-days: must be a whole number of 1 or more");
    }

    @Test
    void readsConditionsOnTheDealsRecord() {
        assertThat(when("{category-in: [commit, best-case]}"))
                .hasValue(new Condition.CategoryIn(Set.of(ForecastCategory.COMMIT, ForecastCategory.BEST_CASE)));
        assertThat(when("{no-activity-days: 14}")).hasValue(new Condition.NoActivityDays(14));
        assertThat(when("{no-next-step: true}")).hasValue(new Condition.NoNextStep());
        assertThat(when("{missing: champion}")).hasValue(new Condition.Missing("champion"));
        assertThat(walk.problems()).isEmpty();

        assertThat(when("{category-in: [maybe]}")).isEmpty();
        assertThat(when("{stage-in: [{proof: x}]}")).isEmpty();
        assertThat(walk.problems()).containsExactly("test.yml: when.category-in[0]: 'maybe' is not a forecast category "
                + "(commit, best-case, pipeline, omitted)", "test.yml: when.stage-in[0]: '{\"proof\":\"x\"}' is not an open stage "
                + "(discovery, evaluation, proof, negotiation, close)");
    }

    @Test
    void aPlaybookCannotUseTheHistoryOnlySlipRiskRulesKnow() {
        assertThat(when("{pushed-at-least: 2}")).isEmpty();
        assertThat(walk.problems()).containsExactly("test.yml: when.pushed-at-least: 'pushed-at-least' reads the deal's history, "
                + "which only slip-risk rules know");

        YamlWalk riskWalk = new YamlWalk("risk.yml");
        ConditionParser risk = ConditionParser.forRiskRules(riskWalk, Set.of("champion"));
        assertThat(risk.condition(yaml("{all: [{pushed-at-least: 2}, {days-pushed-over: 30}, {downgraded-from-commit: true}, "
                + "{amount-down-over: 20}, {stage-age-over: {proof: 45}}, {verdict-in: [develop]}]}"), "when")).hasValue(new Condition.All(
                List.of(new Condition.PushedAtLeast(2), new Condition.DaysPushedOver(30), new Condition.DowngradedFromCommit(),
                        new Condition.AmountDownOver(20), new Condition.StageAgeOver(Map.of(Stage.PROOF, 45)),
                        new Condition.VerdictIn(Set.of(Verdict.DEVELOP)))));
        assertThat(risk.condition(yaml("{amount-down-over: 100}"), "when")).isEmpty();
        assertThat(risk.condition(yaml("{stage-age-over: {won: 3}}"), "when")).isEmpty();
        assertThat(risk.condition(yaml("{answered: champion}"), "when")).as("no questions in risk rules").isEmpty();
        assertThat(riskWalk.problems()).containsExactly("risk.yml: when.amount-down-over: must be a whole percentage from 1 to 99",
                "risk.yml: when.stage-age-over.won: 'won' is not an open stage (discovery, evaluation, proof, negotiation, close)",
                "risk.yml: when.answered: no question 'champion'");
    }

    @Test
    void refusesWhatIsNotAMappingWithOneKnownKey() {
        assertThat(when("answered")).isEmpty();
        assertThat(when("{answered: champion, unknown: budget}")).isEmpty();
        assertThat(when("{sometimes: champion}")).isEmpty();

        String oneKey = "test.yml: when: a condition is a mapping with one key: answered, unknown, specific, equals, "
                + "contacted-within-days, score-at-least, missing, close-beyond-months, close-passed, close-within-days, stage-in, "
                + "category-in, no-activity-days, no-next-step, date-differs-from-close, all, any or not";
        assertThat(walk.problems()).containsExactly(oneKey, oneKey, "test.yml: when: unknown condition 'sometimes'");
    }

    @Test
    void refusesQuestionsElementsAndOptionsThatWereNotDeclared() {
        assertThat(when("{answered: sponsor}")).isEmpty();
        assertThat(when("{answered: [champion]}")).isEmpty();
        assertThat(when("{score-at-least: {timeline: 1}}")).isEmpty();
        assertThat(when("{equals: {budget: signed}}")).isEmpty();

        assertThat(walk.problems()).containsExactly(
                "test.yml: when.answered: no question 'sponsor'",
                "test.yml: when.answered: no question '[\"champion\"]'",
                "test.yml: when.score-at-least: no element 'timeline'",
                "test.yml: when.equals: question 'budget' has no option 'signed' (options: approved, none)");
    }

    @Test
    void refusesNumbersOutOfRangeAndArgumentsThatAreNotOnePair() {
        assertThat(when("{score-at-least: {budget: 3}}")).isEmpty();
        assertThat(when("{close-beyond-months: 0}")).isEmpty();
        assertThat(when("{contacted-within-days: {champion: soon}}")).isEmpty();
        assertThat(when("{equals: budget}")).isEmpty();

        assertThat(walk.problems()).containsExactly(
                "test.yml: when.score-at-least: points must be 0, 1 or 2",
                "test.yml: when.close-beyond-months: must be a whole number of 1 or more",
                "test.yml: when.contacted-within-days: must be a whole number of 1 or more",
                "test.yml: when.equals: expected one name: value pair, like {budget: approved}");
    }

    @Test
    void refusesAGroupWithAnyBadPartAndReportsEveryPart() {
        assertThat(when("{any: [{answered: sponsor}, {answered: champion}, {unknown: timeline}]}")).isEmpty();
        assertThat(when("{all: []}")).isEmpty();

        assertThat(walk.problems()).containsExactly(
                "test.yml: when.any[0].answered: no question 'sponsor'",
                "test.yml: when.any[2].unknown: no question 'timeline'",
                "test.yml: when.all: must be a non-empty list");
    }

    @Test
    void readsPointsOnlyFromZeroToTwo() {
        assertThat(parser.points(yaml("2"), "points")).hasValue(2);
        assertThat(parser.points(yaml("0"), "points")).hasValue(0);
        assertThat(parser.points(yaml("-1"), "points")).isEmpty();
        assertThat(parser.points(yaml("one"), "points")).isEmpty();

        assertThat(walk.problems()).containsExactly(
                "test.yml: points: points must be 0, 1 or 2", "test.yml: points: points must be 0, 1 or 2");
    }

    /** Facts with no review behind them: one answer and one score, as other rules about a deal might bring. */
    private record DealFacts(Map<String, Answer> answers, Map<String, Integer> scores, Deal deal, LocalDate today)
            implements Facts {
        @Override
        public Optional<Answer> answer(String question) {
            return Optional.ofNullable(answers.get(question));
        }

        @Override
        public int score(String element) {
            return scores.getOrDefault(element, 0);
        }
    }

    @Test
    void aReadConditionTestsAnyFacts() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        Deal deal = new Deal("D-1", "Globex - Platform", "Globex", "ria", Money.of("240000", "USD"), Stage.PROOF,
                ForecastCategory.COMMIT, today.plusMonths(7), "", null, today.minusMonths(3));
        Facts facts = new DealFacts(Map.of("champion", new Answer("Raj, met Friday", "Raj, met Friday", false, today.minusDays(3))),
                Map.of("budget", 1), deal, today);

        assertThat(when("{all: [{contacted-within-days: {champion: 7}}, {score-at-least: {budget: 1}}, {close-beyond-months: 6}]}")
                .orElseThrow().test(facts)).isTrue();
        assertThat(when("{any: [{specific: budget}, {score-at-least: {champion: 1}}, {equals: {champion: raj}}]}")
                .orElseThrow().test(facts)).isFalse();
    }
}
