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
        return new Walk(source).playbook(root);
    }

    /** One read of one file: the problems found so far, and what is known for cross-checks. */
    private static final class Walk {
        private final String source;
        private final List<String> problems = new ArrayList<>();
        private final Map<String, Element> elements = new LinkedHashMap<>();
        private final Map<String, Question> questions = new LinkedHashMap<>();

        Walk(String source) {
            this.source = source;
        }

        private void problem(String path, String reason) {
            problems.add(source + ": " + path + ": " + reason);
        }

        Playbook playbook(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw new PlaybookException(List.of(source + ": the file must be a mapping with id, name, elements and questions"));
            }
            onlyKeys(root, "", Set.of("id", "name", "elements", "questions", "stages", "verdict"));
            String id = text(root, "", "id", true);
            if (id != null && !id.matches(SLUG)) {
                problem("id", "'" + id + "' must be lowercase letters, digits and hyphens");
            }
            String name = text(root, "", "name", true);
            List<Element> elementList = elements(root.get("elements"));
            List<ReviewQuestion> questionList = questions(root.get("questions"));
            checkEveryElementIsScored(questionList);
            Map<Stage, List<ExitCheck>> stages = stages(root.get("stages"));
            JsonNode verdict = root.get("verdict");
            List<VerdictRule> disqualifiers = List.of();
            List<VerdictRule> pursue = List.of();
            if (verdict != null && !verdict.isNull()) {
                if (!verdict.isObject()) {
                    problem("verdict", "must be a mapping with disqualify and pursue");
                } else {
                    onlyKeys(verdict, "verdict", Set.of("disqualify", "pursue"));
                    disqualifiers = verdictRules(verdict.get("disqualify"), "verdict.disqualify", false);
                    pursue = verdictRules(verdict.get("pursue"), "verdict.pursue", true);
                }
            }
            if (!problems.isEmpty()) {
                throw new PlaybookException(problems);
            }
            return new Playbook(id, name, elementList, questionList, stages, disqualifiers, pursue);
        }

        private List<Element> elements(JsonNode list) {
            List<Element> result = new ArrayList<>();
            for (Map.Entry<String, JsonNode> item : items(list, "elements", true)) {
                String path = item.getKey();
                JsonNode node = item.getValue();
                onlyKeys(node, path, Set.of("id", "name", "coach"));
                String id = slug(node, path);
                String name = text(node, path, "name", true);
                String coach = text(node, path, "coach", true);
                if (id != null && elements.containsKey(id)) {
                    problem(path + ".id", "element '" + id + "' is defined twice");
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
            List<Map.Entry<String, JsonNode>> entries = items(list, "questions", true);
            Map<String, Question> declared = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> item : entries) {
                question(item.getKey(), item.getValue()).ifPresent(q -> {
                    if (declared.putIfAbsent(q.id(), q) != null) {
                        problem(item.getKey() + ".id", "question '" + q.id() + "' is defined twice");
                    }
                });
            }
            questions.putAll(declared);
            List<ReviewQuestion> result = new ArrayList<>();
            for (Map.Entry<String, JsonNode> item : entries) {
                String path = item.getKey();
                JsonNode node = item.getValue();
                String id = text(node, path, "id", false);
                Question question = id == null ? null : questions.get(id);
                if (question == null) {
                    continue;
                }
                String element = text(node, path, "element", false);
                if (element != null && !elements.containsKey(element)) {
                    problem(path + ".element", "no element '" + element + "' (elements: " + String.join(", ", elements.keySet()) + ")");
                }
                List<ScoreRule> scoring = scoring(node, path, question);
                if (element != null && scoring.isEmpty()) {
                    problem(path, "question '" + id + "' counts towards '" + element + "' but has no score rules or option points");
                }
                if (element == null && !scoring.isEmpty()) {
                    problem(path, "question '" + id + "' has scores but no element to count towards");
                }
                result.add(new ReviewQuestion(question, element, scoring, stageSet(node.get("stages"), path + ".stages"),
                        text(node, path, "summary-label", false)));
            }
            return result;
        }

        private Optional<Question> question(String path, JsonNode node) {
            onlyKeys(node, path, Set.of("id", "element", "type", "ask", "hint", "options", "score", "stages", "summary-label"));
            String id = slug(node, path);
            String ask = text(node, path, "ask", true);
            String typeText = text(node, path, "type", true);
            AnswerType type = typeText == null ? null : AnswerType.parse(typeText).orElse(null);
            if (typeText != null && type == null) {
                problem(path + ".type", "'" + typeText + "' is not one of text, yes-no, choice, person, date, money, number");
            }
            List<Block.Option> options = options(node.get("options"), path + ".options", type);
            if (id == null || ask == null || type == null) {
                return Optional.empty();
            }
            return Optional.of(new Question(id, ask, type, options, text(node, path, "hint", false)));
        }

        private List<Block.Option> options(JsonNode list, String path, AnswerType type) {
            if (type != AnswerType.CHOICE) {
                if (list != null) {
                    problem(path, "only choice questions have options");
                }
                return List.of();
            }
            List<Block.Option> options = new ArrayList<>();
            Set<String> values = new HashSet<>();
            int problemsBefore = problems.size();
            for (Map.Entry<String, JsonNode> item : items(list, path, true)) {
                onlyKeys(item.getValue(), item.getKey(), Set.of("value", "label", "points"));
                String value = text(item.getValue(), item.getKey(), "value", true);
                String label = text(item.getValue(), item.getKey(), "label", true);
                if (value != null && !values.add(value)) {
                    problem(item.getKey() + ".value", "'" + value + "' is used by an earlier option");
                }
                if (value != null && label != null) {
                    options.add(new Block.Option(value, label));
                }
            }
            if (list != null && options.size() < 2 && problems.size() == problemsBefore) {
                problem(path, "a choice question needs at least two options");
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
                        points(points, path + ".options[" + i + "].points").ifPresent(p -> rules.add(
                                new ScoreRule(new Condition.Equals(question.id(), value), p)));
                    }
                }
            }
            JsonNode score = node.get("score");
            if (score != null && !rules.isEmpty()) {
                problem(path + ".score", "give points on the options or in score, not both");
            }
            for (Map.Entry<String, JsonNode> item : items(score, path + ".score", false)) {
                onlyKeys(item.getValue(), item.getKey(), Set.of("when", "points"));
                Optional<Condition> when = ownCondition(item.getValue().get("when"), item.getKey() + ".when", question);
                Optional<Integer> points = points(item.getValue().get("points"), item.getKey() + ".points");
                if (when.isPresent() && points.isPresent()) {
                    rules.add(new ScoreRule(when.get(), points.get()));
                }
            }
            return rules;
        }

        /** In a question's own score list, conditions may leave the question out: {@code answered}, {@code specific}. */
        private Optional<Condition> ownCondition(JsonNode node, String path, Question question) {
            if (node != null && node.isString()) {
                switch (node.asString()) {
                    case "answered":
                        return Optional.of(new Condition.Answered(question.id()));
                    case "unknown":
                        return Optional.of(new Condition.Unknown(question.id()));
                    case "specific":
                        return Optional.of(new Condition.Specific(question.id()));
                    default:
                        problem(path, "'" + node.asString() + "' is not one of answered, unknown, specific, or a condition");
                        return Optional.empty();
                }
            }
            if (node != null && node.isObject() && node.size() == 1 && node.has("contacted-within-days")
                    && node.get("contacted-within-days").isIntegralNumber()) {
                return days(node.get("contacted-within-days"), path + ".contacted-within-days")
                        .map(days -> new Condition.ContactedWithinDays(question.id(), days));
            }
            return condition(node, path);
        }

        private Optional<Condition> condition(JsonNode node, String path) {
            if (node == null || !node.isObject() || node.size() != 1) {
                problem(path, "a condition is a mapping with one key: answered, unknown, specific, equals, "
                        + "contacted-within-days, score-at-least, close-beyond-months, all, any or not");
                return Optional.empty();
            }
            String kind = node.propertyNames().iterator().next();
            JsonNode arg = node.get(kind);
            String at = path + "." + kind;
            switch (kind) {
                case "answered":
                    return questionRef(arg, at).map(Condition.Answered::new);
                case "unknown":
                    return questionRef(arg, at).map(Condition.Unknown::new);
                case "specific":
                    return questionRef(arg, at).map(Condition.Specific::new);
                case "equals":
                    return pair(arg, at).flatMap(p -> questionRef(p.getKey(), at).flatMap(q -> equalsValue(q, p.getValue(), at)));
                case "contacted-within-days":
                    return pair(arg, at).flatMap(p -> questionRef(p.getKey(), at)
                            .flatMap(q -> days(p.getValue(), at).map(d -> new Condition.ContactedWithinDays(q, d))));
                case "score-at-least":
                    return pair(arg, at).flatMap(p -> elementRef(p.getKey(), at)
                            .flatMap(e -> points(p.getValue(), at).map(n -> new Condition.ScoreAtLeast(e, n))));
                case "close-beyond-months":
                    return days(arg, at).map(Condition.CloseBeyondMonths::new);
                case "all":
                    return conditions(arg, at).map(Condition.All::new);
                case "any":
                    return conditions(arg, at).map(Condition.Any::new);
                case "not":
                    return condition(arg, at).map(Condition.Not::new);
                default:
                    problem(path, "unknown condition '" + kind + "'");
                    return Optional.empty();
            }
        }

        private Optional<List<Condition>> conditions(JsonNode list, String path) {
            List<Condition> result = new ArrayList<>();
            int before = problems.size();
            for (Map.Entry<String, JsonNode> item : items(list, path, true)) {
                condition(item.getValue(), item.getKey()).ifPresent(result::add);
            }
            return problems.size() == before ? Optional.of(result) : Optional.empty();
        }

        private Optional<Map.Entry<String, JsonNode>> pair(JsonNode node, String path) {
            if (node == null || !node.isObject() || node.size() != 1) {
                problem(path, "expected one name: value pair, like {budget: approved}");
                return Optional.empty();
            }
            String key = node.propertyNames().iterator().next();
            return Optional.of(Map.entry(key, node.get(key)));
        }

        private Optional<Condition> equalsValue(String question, JsonNode valueNode, String path) {
            // YAML reads a bare yes/no as a boolean: take it as the yes-no answer it means.
            String value = valueNode.isBoolean() ? (valueNode.asBoolean() ? "yes" : "no") : valueNode.asString();
            Question q = questions.get(question);
            List<String> allowed = q.options().stream().map(Block.Option::value).toList();
            if (!allowed.isEmpty() && !allowed.contains(value)) {
                problem(path, "question '" + question + "' has no option '" + value + "' (options: " + String.join(", ", allowed) + ")");
                return Optional.empty();
            }
            return Optional.of(new Condition.Equals(question, value));
        }

        private Optional<String> questionRef(Object ref, String path) {
            String id = ref instanceof JsonNode node ? (node.isString() ? node.asString() : null) : (String) ref;
            if (id == null || !questions.containsKey(id)) {
                problem(path, "no question '" + (id == null ? ref : id) + "'");
                return Optional.empty();
            }
            return Optional.of(id);
        }

        private Optional<String> elementRef(String id, String path) {
            if (!elements.containsKey(id)) {
                problem(path, "no element '" + id + "'");
                return Optional.empty();
            }
            return Optional.of(id);
        }

        private Optional<Integer> points(JsonNode node, String path) {
            if (node == null || !node.isIntegralNumber() || node.asInt() < 0 || node.asInt() > 2) {
                problem(path, "points must be 0, 1 or 2");
                return Optional.empty();
            }
            return Optional.of(node.asInt());
        }

        private Optional<Integer> days(JsonNode node, String path) {
            if (node == null || !node.isIntegralNumber() || node.asInt() < 1) {
                problem(path, "must be a whole number of 1 or more");
                return Optional.empty();
            }
            return Optional.of(node.asInt());
        }

        private Set<Stage> stageSet(JsonNode list, String path) {
            Set<Stage> stages = new LinkedHashSet<>();
            for (Map.Entry<String, JsonNode> item : items(list, path, false)) {
                stage(item.getValue().asString(), item.getKey()).ifPresent(stages::add);
            }
            return stages;
        }

        private Optional<Stage> stage(String name, String path) {
            Optional<Stage> stage = Stage.parse(name).filter(Stage::isOpen);
            if (stage.isEmpty()) {
                problem(path, "'" + name + "' is not an open stage (discovery, evaluation, proof, negotiation, close)");
            }
            return stage;
        }

        private Map<Stage, List<ExitCheck>> stages(JsonNode node) {
            Map<Stage, List<ExitCheck>> result = new EnumMap<>(Stage.class);
            if (node == null || node.isNull()) {
                return result;
            }
            if (!node.isObject()) {
                problem("stages", "must map stage names to lists of exit checks");
                return result;
            }
            for (String name : node.propertyNames()) {
                String path = "stages." + name;
                Optional<Stage> stage = stage(name, path);
                List<ExitCheck> checks = new ArrayList<>();
                for (Map.Entry<String, JsonNode> item : items(node.get(name), path, true)) {
                    onlyKeys(item.getValue(), item.getKey(), Set.of("check", "when", "coach"));
                    String check = text(item.getValue(), item.getKey(), "check", true);
                    String coach = text(item.getValue(), item.getKey(), "coach", true);
                    Optional<Condition> when = condition(item.getValue().get("when"), item.getKey() + ".when");
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
            for (Map.Entry<String, JsonNode> item : items(list, path, true)) {
                onlyKeys(item.getValue(), item.getKey(), pursue ? Set.of("reason", "missing", "when") : Set.of("reason", "when"));
                String reason = text(item.getValue(), item.getKey(), "reason", true);
                String missing = pursue ? text(item.getValue(), item.getKey(), "missing", true) : "";
                Optional<Condition> when = condition(item.getValue().get("when"), item.getKey() + ".when");
                if (reason != null && missing != null && when.isPresent()) {
                    rules.add(new VerdictRule(reason, missing, when.get()));
                }
            }
            return rules;
        }

        private void checkEveryElementIsScored(List<ReviewQuestion> questionList) {
            for (String element : elements.keySet()) {
                if (questionList.stream().noneMatch(q -> element.equals(q.elementId()))) {
                    problem("elements", "element '" + element + "' has no question that scores it");
                }
            }
        }

        private List<Map.Entry<String, JsonNode>> items(JsonNode list, String path, boolean required) {
            List<Map.Entry<String, JsonNode>> result = new ArrayList<>();
            if (list == null || list.isNull()) {
                if (required) {
                    problem(path, "is missing");
                }
                return result;
            }
            if (!list.isArray() || (required && list.isEmpty())) {
                problem(path, required ? "must be a non-empty list" : "must be a list");
                return result;
            }
            for (int i = 0; i < list.size(); i++) {
                String itemPath = path + "[" + i + "]";
                if (list.get(i).isObject() || !list.get(i).isContainer()) {
                    result.add(Map.entry(itemPath, list.get(i)));
                } else {
                    problem(itemPath, "must be a mapping");
                }
            }
            return result;
        }

        private String slug(JsonNode node, String path) {
            String id = text(node, path, "id", true);
            if (id != null && !id.matches(SLUG)) {
                problem(path + ".id", "'" + id + "' must be lowercase letters, digits and hyphens");
                return null;
            }
            return id;
        }

        private String text(JsonNode node, String path, String key, boolean required) {
            JsonNode value = node == null ? null : node.get(key);
            String at = path.isEmpty() ? key : path + "." + key;
            if (value == null || value.isNull() || (value.isString() && value.asString().isBlank())) {
                if (required) {
                    problem(at, "is missing");
                }
                return null;
            }
            if (value.isContainer()) {
                problem(at, "must be text");
                return null;
            }
            return value.asString().strip();
        }

        private void onlyKeys(JsonNode node, String path, Set<String> allowed) {
            if (node == null || !node.isObject()) {
                return;
            }
            for (String key : node.propertyNames()) {
                if (!allowed.contains(key)) {
                    problem(path.isEmpty() ? key : path + "." + key,
                            "unknown key (expected " + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
            }
        }
    }
}
