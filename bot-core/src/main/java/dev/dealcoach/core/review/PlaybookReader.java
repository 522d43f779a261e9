package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.AnswerType;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Question;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.review.Playbook.Element;
import dev.dealcoach.core.review.Playbook.ExitCheck;
import dev.dealcoach.core.review.Playbook.ReviewQuestion;
import dev.dealcoach.core.review.Playbook.ScoreRule;
import dev.dealcoach.core.review.Playbook.VerdictRule;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and checks a playbook YAML file (see {@code playbooks/meddpicc.yml} for the format). Every
 * problem is reported with the file, the path inside it and the reason; a playbook with any problem
 * is refused whole.
 */
public final class PlaybookReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String SLUG = "[a-z0-9][a-z0-9-]*";

    public Playbook read(String source, Reader reader) {
        JsonNode root;
        try {
            root = YAML.readTree(reader);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new PlaybookException(List.of(source + ": line " + line + ": not valid YAML: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new PlaybookException(List.of(source + ": the file must be a mapping with id, name, elements and questions"));
        }
        return new Walk(new YamlWalk(source)).playbook(root);
    }

    /** One read of one file: what is declared so far, for the cross-checks. */
    private static final class Walk {
        private final YamlWalk yaml;
        private final Map<String, Element> elements = new LinkedHashMap<>();
        private final Map<String, Question> questions = new LinkedHashMap<>();
        private final ConditionParser conditions;
        private final Map<String, String> templates = new LinkedHashMap<>();

        Walk(YamlWalk yaml) {
            this.yaml = yaml;
            // Checks names against the two maps above, which are filled before the first condition is read.
            this.conditions = new ConditionParser(yaml, questions, elements.keySet());
        }

        Playbook playbook(JsonNode root) {
            yaml.onlyKeys(root, "", Set.of("id", "name", "elements", "questions", "stages", "verdict",
                    "deal-checks", "protect"));
            String id = yaml.text(root, "", "id", true);
            if (id != null && !id.matches(SLUG)) {
                yaml.problem("id", "'" + id + "' must be lowercase letters, digits and hyphens");
            }
            String name = yaml.text(root, "", "name", true);
            List<Element> elementList = elements(root.get("elements"));
            List<ReviewQuestion> questionList = questions(root.get("questions"));
            checkEveryElementIsScored(questionList);
            Map<Stage, List<ExitCheck>> stages = stages(root.get("stages"));
            JsonNode verdict = root.get("verdict");
            List<VerdictRule> disqualifiers = List.of();
            List<VerdictRule> pursue = List.of();
            if (verdict != null && !verdict.isNull()) {
                if (!verdict.isObject()) {
                    yaml.problem("verdict", "must be a mapping with disqualify and pursue");
                } else {
                    yaml.onlyKeys(verdict, "verdict", Set.of("disqualify", "pursue"));
                    disqualifiers = verdictRules(verdict.get("disqualify"), "verdict.disqualify", false);
                    pursue = verdictRules(verdict.get("pursue"), "verdict.pursue", true);
                }
            }
            List<Playbook.DealCheck> dealChecks = dealChecks(root.get("deal-checks"));
            List<String> protect = protectSteps(root.get("protect"));
            checkPlaceholders();
            if (yaml.problemCount() > 0) {
                throw new PlaybookException(yaml.problems());
            }
            return new Playbook(id, name, elementList, questionList, stages, disqualifiers, pursue, dealChecks, protect);
        }

        private List<Element> elements(JsonNode list) {
            List<Element> result = new ArrayList<>();
            for (Map.Entry<String, JsonNode> item : yaml.items(list, "elements", true)) {
                String path = item.getKey();
                JsonNode node = item.getValue();
                yaml.onlyKeys(node, path, Set.of("id", "name", "coach"));
                String id = slug(node, path);
                String name = yaml.text(node, path, "name", true);
                String coach = coachText(node, path, "coach");
                if (id != null && elements.containsKey(id)) {
                    yaml.problem(path + ".id", "element '" + id + "' is defined twice");
                } else if (id != null && name != null && coach != null) {
                    Element element = new Element(id, name, coach);
                    elements.put(id, element);
                    result.add(element);
                }
            }
            return result;
        }

        private List<ReviewQuestion> questions(JsonNode list) {
            // First pass: ids and types, so that conditions may refer to later questions too.
            List<Map.Entry<String, JsonNode>> entries = yaml.items(list, "questions", true);
            Map<String, Question> declared = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> item : entries) {
                question(item.getKey(), item.getValue()).ifPresent(q -> {
                    if (declared.putIfAbsent(q.id(), q) != null) {
                        yaml.problem(item.getKey() + ".id", "question '" + q.id() + "' is defined twice");
                    }
                });
            }
            questions.putAll(declared);
            List<ReviewQuestion> result = new ArrayList<>();
            for (Map.Entry<String, JsonNode> item : entries) {
                String path = item.getKey();
                JsonNode node = item.getValue();
                String id = yaml.text(node, path, "id", false);
                Question question = id == null ? null : questions.get(id);
                if (question == null) {
                    continue;
                }
                String element = yaml.text(node, path, "element", false);
                if (element != null && !elements.containsKey(element)) {
                    yaml.problem(path + ".element", "no element '" + element + "' (elements: " + String.join(", ", elements.keySet()) + ")");
                }
                List<ScoreRule> scoring = scoring(node, path, question);
                if (element != null && scoring.isEmpty()) {
                    yaml.problem(path, "question '" + id + "' counts towards '" + element + "' but has no score rules or option points");
                }
                if (element == null && !scoring.isEmpty()) {
                    yaml.problem(path, "question '" + id + "' has scores but no element to count towards");
                }
                result.add(new ReviewQuestion(question, element, scoring, stageSet(node.get("stages"), path + ".stages"),
                        yaml.text(node, path, "summary-label", false)));
            }
            return result;
        }

        private Optional<Question> question(String path, JsonNode node) {
            yaml.onlyKeys(node, path, Set.of("id", "element", "type", "ask", "hint", "options", "score", "stages", "summary-label",
                    "not-past"));
            String id = slug(node, path);
            String ask = yaml.text(node, path, "ask", true);
            String typeText = yaml.text(node, path, "type", true);
            AnswerType type = typeText == null ? null : AnswerType.parse(typeText).orElse(null);
            if (typeText != null && type == null) {
                yaml.problem(path + ".type", "'" + typeText + "' is not one of text, yes-no, choice, person, date, money, number");
            }
            List<Block.Option> options = options(node.get("options"), path + ".options", type);
            boolean notPast = notPast(node.get("not-past"), path + ".not-past", type);
            if (id == null || ask == null || type == null) {
                return Optional.empty();
            }
            return Optional.of(new Question(id, ask, type, options, yaml.text(node, path, "hint", false), "", notPast));
        }

        private boolean notPast(JsonNode flag, String path, AnswerType type) {
            if (flag == null || flag.isNull()) {
                return false;
            }
            if (!flag.isBoolean()) {
                yaml.problem(path, "must be true or false");
                return false;
            }
            if (type != null && type != AnswerType.DATE) {
                yaml.problem(path, "only date questions can refuse past dates");
                return false;
            }
            return flag.asBoolean();
        }

        private List<Block.Option> options(JsonNode list, String path, AnswerType type) {
            if (type != AnswerType.CHOICE) {
                if (list != null) {
                    yaml.problem(path, "only choice questions have options");
                }
                return List.of();
            }
            List<Block.Option> options = new ArrayList<>();
            Set<String> values = new HashSet<>();
            int problemsBefore = yaml.problemCount();
            for (Map.Entry<String, JsonNode> item : yaml.items(list, path, true)) {
                yaml.onlyKeys(item.getValue(), item.getKey(), Set.of("value", "label", "points"));
                String value = yaml.text(item.getValue(), item.getKey(), "value", true);
                String label = yaml.text(item.getValue(), item.getKey(), "label", true);
                if (value != null && !values.add(value)) {
                    yaml.problem(item.getKey() + ".value", "'" + value + "' is used by an earlier option");
                }
                if (value != null && label != null) {
                    options.add(new Block.Option(value, label));
                }
            }
            if (list != null && options.size() < 2 && yaml.problemCount() == problemsBefore) {
                yaml.problem(path, "a choice question needs at least two options");
            }
            return options;
        }

        private List<ScoreRule> scoring(JsonNode node, String path, Question question) {
            List<ScoreRule> rules = new ArrayList<>();
            JsonNode options = node.get("options");
            if (question.type() == AnswerType.CHOICE && options != null && options.isArray()) {
                for (int i = 0; i < options.size(); i++) {
                    JsonNode points = options.get(i).get("points");
                    String value = options.get(i).path("value").asString();
                    if (points != null) {
                        conditions.points(points, path + ".options[" + i + "].points").ifPresent(p -> rules.add(
                                new ScoreRule(new Condition.Equals(question.id(), value), p)));
                    }
                }
            }
            JsonNode score = node.get("score");
            if (score != null && !rules.isEmpty()) {
                yaml.problem(path + ".score", "give points on the options or in score, not both");
            }
            for (Map.Entry<String, JsonNode> item : yaml.items(score, path + ".score", false)) {
                yaml.onlyKeys(item.getValue(), item.getKey(), Set.of("when", "points"));
                Optional<Condition> when = conditions.conditionOn(question.id(), item.getValue().get("when"), item.getKey() + ".when");
                Optional<Integer> points = conditions.points(item.getValue().get("points"), item.getKey() + ".points");
                if (when.isPresent() && points.isPresent()) {
                    rules.add(new ScoreRule(when.get(), points.get()));
                }
            }
            return rules;
        }

        private Set<Stage> stageSet(JsonNode list, String path) {
            Set<Stage> stages = new LinkedHashSet<>();
            for (Map.Entry<String, JsonNode> item : yaml.items(list, path, false)) {
                stage(item.getValue().asString(), item.getKey()).ifPresent(stages::add);
            }
            return stages;
        }

        private Optional<Stage> stage(String name, String path) {
            Optional<Stage> stage = Stage.parse(name).filter(Stage::isOpen);
            if (stage.isEmpty()) {
                yaml.problem(path, "'" + name + "' is not an open stage (discovery, evaluation, proof, negotiation, close)");
            }
            return stage;
        }

        private Map<Stage, List<ExitCheck>> stages(JsonNode node) {
            Map<Stage, List<ExitCheck>> result = new EnumMap<>(Stage.class);
            if (node == null || node.isNull()) {
                return result;
            }
            if (!node.isObject()) {
                yaml.problem("stages", "must map stage names to lists of exit checks");
                return result;
            }
            for (String name : node.propertyNames()) {
                String path = "stages." + name;
                Optional<Stage> stage = stage(name, path);
                List<ExitCheck> checks = new ArrayList<>();
                for (Map.Entry<String, JsonNode> item : yaml.items(node.get(name), path, true)) {
                    yaml.onlyKeys(item.getValue(), item.getKey(), Set.of("check", "when", "coach"));
                    String check = yaml.text(item.getValue(), item.getKey(), "check", true);
                    String coach = coachText(item.getValue(), item.getKey(), "coach");
                    Optional<Condition> when = conditions.condition(item.getValue().get("when"), item.getKey() + ".when");
                    if (check != null && coach != null && when.isPresent()) {
                        checks.add(new ExitCheck(check, when.get(), coach));
                    }
                }
                stage.ifPresent(s -> result.put(s, checks));
            }
            return result;
        }

        private List<VerdictRule> verdictRules(JsonNode list, String path, boolean pursue) {
            List<VerdictRule> rules = new ArrayList<>();
            for (Map.Entry<String, JsonNode> item : yaml.items(list, path, true)) {
                yaml.onlyKeys(item.getValue(), item.getKey(), pursue ? Set.of("reason", "missing", "when") : Set.of("reason", "when"));
                String reason = yaml.text(item.getValue(), item.getKey(), "reason", true);
                String missing = pursue ? yaml.text(item.getValue(), item.getKey(), "missing", true) : "";
                Optional<Condition> when = conditions.condition(item.getValue().get("when"), item.getKey() + ".when");
                if (reason != null && missing != null && when.isPresent()) {
                    rules.add(new VerdictRule(reason, missing, when.get()));
                }
            }
            return rules;
        }

        private List<Playbook.DealCheck> dealChecks(JsonNode list) {
            List<Playbook.DealCheck> checks = new ArrayList<>();
            for (Map.Entry<String, JsonNode> item : yaml.items(list, "deal-checks", false)) {
                yaml.onlyKeys(item.getValue(), item.getKey(), Set.of("finding", "when", "do"));
                String finding = coachText(item.getValue(), item.getKey(), "finding");
                String step = coachText(item.getValue(), item.getKey(), "do");
                Optional<Condition> when = conditions.condition(item.getValue().get("when"), item.getKey() + ".when");
                if (finding != null && step != null && when.isPresent()) {
                    checks.add(new Playbook.DealCheck(finding, when.get(), step));
                }
            }
            return checks;
        }

        private List<String> protectSteps(JsonNode list) {
            List<String> steps = new ArrayList<>();
            for (Map.Entry<String, JsonNode> item : yaml.items(list, "protect", false)) {
                if (!item.getValue().isString() || item.getValue().asString().isBlank()) {
                    yaml.problem(item.getKey(), "a step is one line of text");
                } else {
                    templates.put(item.getKey(), item.getValue().asString());
                    steps.add(item.getValue().asString());
                }
            }
            return steps;
        }

        /** A text that may hold {@link CoachText} placeholders, checked once every question is known. */
        private String coachText(JsonNode node, String path, String key) {
            String text = yaml.text(node, path, key, true);
            if (text != null) {
                templates.put(path + "." + key, text);
            }
            return text;
        }

        private void checkPlaceholders() {
            templates.forEach((path, text) -> CoachText.problems(text, questions.keySet()).forEach(p -> yaml.problem(path, p)));
        }

        private void checkEveryElementIsScored(List<ReviewQuestion> questionList) {
            for (String element : elements.keySet()) {
                if (questionList.stream().noneMatch(q -> element.equals(q.elementId()))) {
                    yaml.problem("elements", "element '" + element + "' has no question that scores it");
                }
            }
        }

        private String slug(JsonNode node, String path) {
            String id = yaml.text(node, path, "id", true);
            if (id != null && !id.matches(SLUG)) {
                yaml.problem(path + ".id", "'" + id + "' must be lowercase letters, digits and hyphens");
                return null;
            }
            return id;
        }
    }
}
