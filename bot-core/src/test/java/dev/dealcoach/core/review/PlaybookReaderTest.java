package dev.dealcoach.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dealcoach.core.conversation.AnswerType;
import dev.dealcoach.core.model.Stage;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaybookReaderTest {

    /** The smallest playbook with every part: two elements, a choice and a scored text question, stages, verdict. */
    private static final String MINIMAL = """
            id: mini
            name: Mini
            elements:
              - id: budget
                name: Budget
                coach: "Ask who approves the spend."
              - id: champion
                name: Champion
                coach: "Ask who wants this to win."
            questions:
              - id: budget
                element: budget
                type: choice
                ask: "Is the budget approved?"
                options:
                  - {value: approved, label: "Approved", points: 2}
                  - {value: none, label: "No budget yet", points: 0}
              - id: champion
                element: champion
                type: text
                ask: "Who is your champion?"
                stages: [proof, negotiation]
                score:
                  - {when: unknown, points: 0}
                  - {when: answered, points: 1}
            stages:
              discovery:
                - check: "Budget confirmed"
                  when: {equals: {budget: approved}}
                  coach: "Confirm the budget with whoever approves it."
            verdict:
              disqualify:
                - reason: "no budget"
                  when: {unknown: budget}
              pursue:
                - reason: "an approved budget"
                  missing: "budget not approved"
                  when: {score-at-least: {budget: 2}}
            """;

    private static Playbook read(String yaml) {
        return new PlaybookReader().read("test.yml", new StringReader(yaml));
    }

    /** The minimal playbook with its one occurrence of {@code from} replaced by {@code to}. */
    private static String broken(String from, String to) {
        assertThat(MINIMAL.split(java.util.regex.Pattern.quote(from), -1)).as("occurrences of " + from).hasSize(2);
        return MINIMAL.replace(from, to);
    }

    private static List<String> problems(String yaml) {
        PlaybookException e = catchThrowableOfType(PlaybookException.class, () -> read(yaml));
        assertThat(e).as("the playbook is refused").isNotNull();
        return e.problems();
    }

    // ---- bundled playbooks

    @Test
    void loadsMeddpiccAsTheDefaultPlaybook() {
        Playbook meddpicc = Playbooks.bundled().defaultPlaybook();

        assertThat(meddpicc.id()).isEqualTo("meddpicc");
        assertThat(meddpicc.name()).isEqualTo("MEDDPICC");
        assertThat(meddpicc.elements()).extracting(Playbook.Element::id).containsExactly(
                "metrics", "economic-buyer", "decision-criteria", "decision-process",
                "paper-process", "identify-pain", "champion", "competition");
    }

    @Test
    void asksMeddpiccQuestionsOnlyAtTheirStages() {
        List<String> negotiation = Playbooks.bundled().defaultPlaybook().questionsFor(Stage.NEGOTIATION).stream()
                .map(Playbook.ReviewQuestion::id).toList();
        List<String> proof = Playbooks.bundled().defaultPlaybook().questionsFor(Stage.PROOF).stream()
                .map(Playbook.ReviewQuestion::id).toList();

        assertThat(negotiation).contains("business-case", "economic-buyer", "budget", "slip-risk")
                .doesNotContain("poc-criteria", "signing-date");
        assertThat(proof).contains("poc-criteria").doesNotContain("business-case", "signing-date");
    }

    @Test
    void meddpiccRefusesASigningDateThatHasPassed() {
        List<String> refusingPastDates = Playbooks.bundled().defaultPlaybook().questions().stream()
                .filter(q -> q.question().notPast()).map(Playbook.ReviewQuestion::id).toList();

        assertThat(refusingPastDates).containsExactly("signing-date");
    }

    @Test
    void loadsBant() {
        Playbook bant = Playbooks.bundled().find("bant").orElseThrow();

        assertThat(bant.name()).isEqualTo("BANT");
        assertThat(bant.elements()).extracting(Playbook.Element::id).containsExactly("budget", "authority", "need", "timeline");
        assertThat(bant.exitChecks(Stage.DISCOVERY)).hasSize(2);
        assertThat(bant.pursueCriteria()).hasSize(4);
    }

    @Test
    void findsNoPlaybookThatWasNotLoaded() {
        assertThat(Playbooks.bundled().find("spiced")).isEmpty();
    }

    // ---- a valid playbook

    @Test
    void readsAMinimalPlaybook() {
        Playbook playbook = read(MINIMAL);

        assertThat(playbook.id()).isEqualTo("mini");
        assertThat(playbook.name()).isEqualTo("Mini");
        assertThat(playbook.elements()).extracting(Playbook.Element::id).containsExactly("budget", "champion");
        assertThat(playbook.questions()).extracting(Playbook.ReviewQuestion::id).containsExactly("budget", "champion");
        Playbook.ReviewQuestion budget = playbook.questions().get(0);
        assertThat(budget.question().type()).isEqualTo(AnswerType.CHOICE);
        assertThat(budget.question().options()).extracting(o -> o.value() + "=" + o.label())
                .containsExactly("approved=Approved", "none=No budget yet");
        assertThat(budget.scoring()).containsExactly(
                new Playbook.ScoreRule(new Condition.Equals("budget", "approved"), 2),
                new Playbook.ScoreRule(new Condition.Equals("budget", "none"), 0));
        assertThat(playbook.questions().get(1).scoring()).containsExactly(
                new Playbook.ScoreRule(new Condition.Unknown("champion"), 0),
                new Playbook.ScoreRule(new Condition.Answered("champion"), 1));
        assertThat(playbook.questionsFor(Stage.DISCOVERY)).extracting(Playbook.ReviewQuestion::id).containsExactly("budget");
        assertThat(playbook.questionsFor(Stage.PROOF)).extracting(Playbook.ReviewQuestion::id).containsExactly("budget", "champion");
        assertThat(playbook.exitChecks(Stage.DISCOVERY)).containsExactly(new Playbook.ExitCheck(
                "Budget confirmed", new Condition.Equals("budget", "approved"), "Confirm the budget with whoever approves it."));
        assertThat(playbook.exitChecks(Stage.CLOSE)).isEmpty();
        assertThat(playbook.disqualifiers()).containsExactly(
                new Playbook.VerdictRule("no budget", "", new Condition.Unknown("budget")));
        assertThat(playbook.pursueCriteria()).containsExactly(
                new Playbook.VerdictRule("an approved budget", "budget not approved", new Condition.ScoreAtLeast("budget", 2)));
    }

    @Test
    void readsAYesNoEqualsWrittenAsABareBoolean() {
        Playbook playbook = read(broken("  - id: champion\n    element: champion\n",
                "  - id: signed\n    type: yes-no\n    ask: \"Signed?\"\n  - id: champion\n    element: champion\n")
                .replace("{unknown: budget}", "{equals: {signed: yes}}"));

        assertThat(playbook.disqualifiers().get(0).when()).isEqualTo(new Condition.Equals("signed", "yes"));
    }

    // ---- broken playbooks

    @Test
    void readsWhetherADateQuestionRefusesPastDates() {
        Playbook playbook = read(broken("type: text", "type: date\n    not-past: true"));

        assertThat(playbook.questions().get(1).question().notPast()).isTrue();
        assertThat(playbook.questions().get(0).question().notPast()).isFalse();
    }

    @Test
    void refusesNotPastOnAQuestionThatIsNoDateOrThatIsNotABoolean() {
        assertThat(problems(broken("type: text", "type: text\n    not-past: true"))).containsExactly(
                "test.yml: questions[1].not-past: only date questions can refuse past dates");
        assertThat(problems(broken("type: text", "type: date\n    not-past: soon"))).containsExactly(
                "test.yml: questions[1].not-past: must be true or false");
    }

    @Test
    void refusesAnUnknownAnswerType() {
        assertThat(problems(broken("type: text", "type: essay"))).containsExactly(
                "test.yml: questions[1].type: 'essay' is not one of text, yes-no, choice, person, date, money, number",
                "test.yml: elements: element 'champion' has no question that scores it");
    }

    @Test
    void refusesAnUnknownKey() {
        assertThat(problems(broken("name: Mini", "name: Mini\ncolour: red"))).containsExactly(
                "test.yml: colour: unknown key (expected deal-checks, elements, id, name, protect, questions, stages, verdict)");
        assertThat(problems(broken("    ask: \"Who is your champion?\"", "    ask: \"Who is your champion?\"\n    asks: twice")))
                .containsExactly("test.yml: questions[1].asks: unknown key "
                        + "(expected ask, element, hint, id, not-past, options, score, stages, summary-label, type)");
    }

    @Test
    void refusesAQuestionForAMissingElement() {
        assertThat(problems(broken("element: champion", "element: sponsor"))).containsExactly(
                "test.yml: questions[1].element: no element 'sponsor' (elements: budget, champion)",
                "test.yml: elements: element 'champion' has no question that scores it");
    }

    @Test
    void refusesAConditionNamingAnUnknownQuestion() {
        assertThat(problems(broken("{unknown: budget}", "{unknown: budgte}"))).containsExactly(
                "test.yml: verdict.disqualify[0].when.unknown: no question 'budgte'");
    }

    @Test
    void refusesEqualsWithAValueThatIsNotAnOption() {
        assertThat(problems(broken("{equals: {budget: approved}}", "{equals: {budget: signed}}"))).containsExactly(
                "test.yml: stages.discovery[0].when.equals: question 'budget' has no option 'signed' (options: approved, none)");
    }

    @Test
    void refusesOptionPointsTogetherWithAScoreList() {
        String yaml = broken("""
                      - {value: none, label: "No budget yet", points: 0}
                """, """
                      - {value: none, label: "No budget yet", points: 0}
                    score:
                      - {when: answered, points: 1}
                """);

        assertThat(problems(yaml)).containsExactly("test.yml: questions[0].score: give points on the options or in score, not both");
    }

    @Test
    void refusesAnElementThatNoQuestionScores() {
        String yaml = broken("""
                questions:
                """, """
                  - id: timeline
                    name: Timeline
                    coach: "Ask what date forces the decision."
                questions:
                """);

        assertThat(problems(yaml)).containsExactly("test.yml: elements: element 'timeline' has no question that scores it");
    }

    @Test
    void refusesPointsOutOfRange() {
        assertThat(problems(broken("{when: answered, points: 1}", "{when: answered, points: 3}"))).containsExactly(
                "test.yml: questions[1].score[1].points: points must be 0, 1 or 2");
        assertThat(problems(broken("label: \"Approved\", points: 2", "label: \"Approved\", points: -1"))).containsExactly(
                "test.yml: questions[0].options[0].points: points must be 0, 1 or 2");
    }

    @Test
    void refusesAChoiceQuestionWithOneOption() {
        String yaml = broken("""
                      - {value: none, label: "No budget yet", points: 0}
                """, "");

        assertThat(problems(yaml)).containsExactly("test.yml: questions[0].options: a choice question needs at least two options");
    }

    @Test
    void reportsAChoiceQuestionWithOneOptionAlongsideOtherProblems() {
        String yaml = broken("""
                      - {value: none, label: "No budget yet", points: 0}
                """, "").replace("name: Mini", "name: Mini\ncolour: red");

        assertThat(problems(yaml)).containsExactly(
                "test.yml: colour: unknown key (expected deal-checks, elements, id, name, protect, questions, stages, verdict)",
                "test.yml: questions[0].options: a choice question needs at least two options");
    }

    @Test
    void refusesDuplicateQuestionIds() {
        String yaml = broken("  - id: champion\n    element: champion\n", "  - id: budget\n    element: champion\n");

        assertThat(problems(yaml)).contains("test.yml: questions[1].id: question 'budget' is defined twice");
    }

    @Test
    void refusesAStageThatIsNotOpen() {
        assertThat(problems(broken("  discovery:", "  closed won:"))).containsExactly(
                "test.yml: stages.closed won: 'closed won' is not an open stage (discovery, evaluation, proof, negotiation, close)");
        assertThat(problems(broken("stages: [proof, negotiation]", "stages: [proof, closed-lost]"))).containsExactly(
                "test.yml: questions[1].stages[1]: 'closed-lost' is not an open stage (discovery, evaluation, proof, negotiation, close)");
        assertThat(problems(broken("stages: [proof, negotiation]", "stages: [proof, haggling]"))).containsExactly(
                "test.yml: questions[1].stages[1]: 'haggling' is not an open stage (discovery, evaluation, proof, negotiation, close)");
    }

    @Test
    void reportsTheLineOfMalformedYaml() {
        List<String> problems = problems(broken("name: Mini", "name: Mini: the sequel"));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("test.yml: line 2: not valid YAML");
    }

    @Test
    void refusesAListInsteadOfAMapping() {
        assertThat(problems("- id: mini\n- name: Mini\n")).containsExactly(
                "test.yml: the file must be a mapping with id, name, elements and questions");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(problems("")).containsExactly("test.yml: the file must be a mapping with id, name, elements and questions");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String yaml = broken("type: text", "type: essay").replace("{unknown: budget}", "{unknown: budgte}");

        PlaybookException e = catchThrowableOfType(PlaybookException.class, () -> read(yaml));

        assertThat(e.problems()).contains(
                "test.yml: questions[1].type: 'essay' is not one of text, yes-no, choice, person, date, money, number",
                "test.yml: verdict.disqualify[0].when.unknown: no question 'budgte'");
        assertThat(e.getMessage()).startsWith("invalid playbook:\n  test.yml: ")
                .contains("\n  test.yml: verdict.disqualify[0].when.unknown: no question 'budgte'");
    }

    @Test
    void refusesAMissingIdAndAnIdThatIsNotASlug() {
        assertThat(problems(broken("id: mini", "id: Mini Book"))).containsExactly(
                "test.yml: id: 'Mini Book' must be lowercase letters, digits and hyphens");
        assertThatThrownBy(() -> read(broken("id: mini\n", ""))).isInstanceOf(PlaybookException.class)
                .extracting(e -> ((PlaybookException) e).problems()).asList().containsExactly("test.yml: id: is missing");
    }

    @Test
    void readsDealChecksAndProtectStepsWithTheirPlaceholders() {
        Playbook playbook = read(MINIMAL + """
                deal-checks:
                  - finding: "Close date {close} has passed"
                    when: {close-passed: true}
                    do: "Agree a new date with {champion|the buyer} {by}."
                protect:
                  - "Keep {champion|your champion} close."
                """);

        assertThat(playbook.dealChecks()).singleElement().satisfies(check -> {
            assertThat(check.finding()).isEqualTo("Close date {close} has passed");
            assertThat(check.when()).isEqualTo(new Condition.ClosePassed());
            assertThat(check.step()).isEqualTo("Agree a new date with {champion|the buyer} {by}.");
        });
        assertThat(playbook.protectSteps()).containsExactly("Keep {champion|your champion} close.");
    }

    @Test
    void refusesPlaceholdersThatNameNoQuestionAndChecksWithoutAStep() {
        String yaml = broken("coach: \"Ask who wants this to win.\"", "coach: \"Ask {sponsor} to help.\"") + """
                deal-checks:
                  - finding: "Early"
                    when: {stage-in: [discovery, won]}
                protect:
                  - ""
                """;

        assertThat(problems(yaml)).containsExactly(
                "test.yml: deal-checks[0].do: is missing",
                "test.yml: deal-checks[0].when.stage-in[1]: 'won' is not an open stage (discovery, evaluation, proof, negotiation, close)",
                "test.yml: protect[0]: a step is one line of text",
                "test.yml: elements[1].coach: '{sponsor}' is neither a question nor one of amount, by, category, close, close-days, stage");
    }
}
