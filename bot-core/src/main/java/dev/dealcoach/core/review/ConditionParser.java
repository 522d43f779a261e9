package dev.dealcoach.core.review;

import dev.dealcoach.core.conversation.AnswerType;
import dev.dealcoach.core.conversation.Block;
import dev.dealcoach.core.conversation.Question;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Stage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads the condition language of {@code when:} keys, like {@code {equals: {budget: approved}}} or
 * {@code {all: [{answered: champion}, {score-at-least: {metrics: 1}}]}}, into {@link Condition}s. The
 * questions and elements a condition names must be among those given. Problems are noted on the
 * walk with their path; a condition with a problem is empty. The conditions on a deal's history
 * ({@link Condition.OnHistory}) are read only where that history is known: in slip-risk rules.
 */
public final class ConditionParser {

    private static final List<String> HISTORY_KINDS = List.of("pushed-at-least", "days-pushed-over", "downgraded-from-commit",
            "amount-down-over", "stage-age-over", "verdict-in");

    private final YamlWalk yaml;
    private final Map<String, Question> questions;
    private final Set<String> elements;
    private final boolean history;

    /**
     * @param questions the questions a condition may name, by id
     * @param elements  the ids of the elements a condition may name
     */
    ConditionParser(YamlWalk yaml, Map<String, Question> questions, Set<String> elements) {
        this(yaml, questions, elements, false);
    }

    private ConditionParser(YamlWalk yaml, Map<String, Question> questions, Set<String> elements, boolean history) {
        this.yaml = yaml;
        this.questions = questions;
        this.elements = elements;
        this.history = history;
    }

    /** For slip-risk rules: conditions on the deal, its history and its latest review's scores of {@code elements}; no questions. */
    public static ConditionParser forRiskRules(YamlWalk yaml, Set<String> elements) {
        return new ConditionParser(yaml, Map.of(), elements, true);
    }

    public Optional<Condition> condition(JsonNode node, String path) {
        if (node == null || !node.isObject() || node.size() != 1) {
            yaml.problem(path, "a condition is a mapping with one key: answered, unknown, specific, equals, "
                    + "contacted-within-days, score-at-least, missing, close-beyond-months, close-passed, close-within-days, stage-in, "
                    + "category-in, no-activity-days, no-next-step, date-differs-from-close, "
                    + (history ? String.join(", ", HISTORY_KINDS) + ", " : "") + "all, any or not");
            return Optional.empty();
        }
        String kind = node.propertyNames().iterator().next();
        JsonNode arg = node.get(kind);
        String at = path + "." + kind;
        if (!history && HISTORY_KINDS.contains(kind)) {
            yaml.problem(at, "'" + kind + "' reads the deal's history, which only slip-risk rules know");
            return Optional.empty();
        }
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
                        .flatMap(q -> count(p.getValue(), at).map(d -> new Condition.ContactedWithinDays(q, d))));
            case "score-at-least":
                return pair(arg, at).flatMap(p -> elementRef(p.getKey(), at)
                        .flatMap(e -> points(p.getValue(), at).map(n -> new Condition.ScoreAtLeast(e, n))));
            case "missing":
                return (arg != null && arg.isString() ? elementRef(arg.asString(), at) : elementRef(String.valueOf(arg), at))
                        .map(Condition.Missing::new);
            case "close-beyond-months":
                return count(arg, at).map(Condition.CloseBeyondMonths::new);
            case "close-passed":
                return flag(kind, arg, at).map(ok -> new Condition.ClosePassed());
            case "no-next-step":
                return flag(kind, arg, at).map(ok -> new Condition.NoNextStep());
            case "downgraded-from-commit":
                return flag(kind, arg, at).map(ok -> new Condition.DowngradedFromCommit());
            case "no-activity-days":
                return count(arg, at).map(Condition.NoActivityDays::new);
            case "pushed-at-least":
                return count(arg, at).map(Condition.PushedAtLeast::new);
            case "days-pushed-over":
                return count(arg, at).map(Condition.DaysPushedOver::new);
            case "amount-down-over":
                return percent(arg, at).map(Condition.AmountDownOver::new);
            case "category-in":
                return names(arg, at, ForecastCategory::parse, "a forecast category (commit, best-case, pipeline, omitted)")
                        .map(Condition.CategoryIn::new);
            case "verdict-in":
                return names(arg, at, ConditionParser::verdict, "a verdict (pursue, develop, disqualify)").map(Condition.VerdictIn::new);
            case "stage-age-over":
                return stageDays(arg, at).map(Condition.StageAgeOver::new);
            case "close-within-days":
                return count(arg, at).map(Condition.CloseWithinDays::new);
            case "stage-in":
                return stages(arg, at).map(Condition.StageIn::new);
            case "date-differs-from-close":
                return questionRef(arg, at).flatMap(q -> dated(q, at)).map(Condition.DateDiffersFromClose::new);
            case "all":
                return conditions(arg, at).map(Condition.All::new);
            case "any":
                return conditions(arg, at).map(Condition.Any::new);
            case "not":
                return condition(arg, at).map(Condition.Not::new);
            default:
                yaml.problem(path, "unknown condition '" + kind + "'");
                return Optional.empty();
        }
    }

    /**
     * A condition in a question's own score list, where it may leave the question out: {@code answered},
     * {@code unknown}, {@code specific} or {@code {contacted-within-days: 30}}; any other condition too.
     */
    Optional<Condition> conditionOn(String question, JsonNode node, String path) {
        if (node != null && node.isString()) {
            switch (node.asString()) {
                case "answered":
                    return Optional.of(new Condition.Answered(question));
                case "unknown":
                    return Optional.of(new Condition.Unknown(question));
                case "specific":
                    return Optional.of(new Condition.Specific(question));
                default:
                    yaml.problem(path, "'" + node.asString() + "' is not one of answered, unknown, specific, or a condition");
                    return Optional.empty();
            }
        }
        if (node != null && node.isObject() && node.size() == 1 && node.has("contacted-within-days")
                && node.get("contacted-within-days").isIntegralNumber()) {
            return count(node.get("contacted-within-days"), path + ".contacted-within-days")
                    .map(days -> new Condition.ContactedWithinDays(question, days));
        }
        return condition(node, path);
    }

    /** Points on an element's scale: 0 (missing), 1 (partial) or 2 (confirmed), as score rules give them too. */
    Optional<Integer> points(JsonNode node, String path) {
        if (node == null || !node.isIntegralNumber() || node.asInt() < 0 || node.asInt() > 2) {
            yaml.problem(path, "points must be 0, 1 or 2");
            return Optional.empty();
        }
        return Optional.of(node.asInt());
    }

    private Optional<List<Condition>> conditions(JsonNode list, String path) {
        List<Condition> result = new ArrayList<>();
        int before = yaml.problemCount();
        for (Map.Entry<String, JsonNode> item : yaml.items(list, path, true)) {
            condition(item.getValue(), item.getKey()).ifPresent(result::add);
        }
        return yaml.problemCount() == before ? Optional.of(result) : Optional.empty();
    }

    private Optional<Set<Stage>> stages(JsonNode list, String path) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        int before = yaml.problemCount();
        for (Map.Entry<String, JsonNode> item : yaml.items(list, path, true)) {
            Optional<Stage> stage = item.getValue().isString() ? Stage.parse(item.getValue().asString()).filter(Stage::isOpen)
                    : Optional.empty();
            if (stage.isEmpty()) {
                yaml.problem(item.getKey(), "'" + shown(item.getValue()) + "' is not an open stage "
                        + "(discovery, evaluation, proof, negotiation, close)");
            }
            stage.ifPresent(stages::add);
        }
        return yaml.problemCount() == before ? Optional.of(stages) : Optional.empty();
    }

    /** A value as the file has it: text as written, anything else (a mapping where a name belongs) as JSON. */
    private static String shown(JsonNode node) {
        return node.isString() ? node.asString() : node.toString();
    }

    private Optional<Boolean> flag(String kind, JsonNode arg, String path) {
        if (arg == null || !arg.isBoolean() || !arg.asBoolean()) {
            yaml.problem(path, "write " + kind + ": true");
            return Optional.empty();
        }
        return Optional.of(true);
    }

    private Optional<Integer> percent(JsonNode node, String path) {
        if (node == null || !node.isIntegralNumber() || node.asInt() < 1 || node.asInt() > 99) {
            yaml.problem(path, "must be a whole percentage from 1 to 99");
            return Optional.empty();
        }
        return Optional.of(node.asInt());
    }

    private static Optional<Verdict> verdict(String text) {
        return java.util.Arrays.stream(Verdict.values()).filter(v -> v.name().equalsIgnoreCase(text.strip())).findFirst();
    }

    /** A list of names, each read by {@code parse}. */
    private <T> Optional<Set<T>> names(JsonNode list, String path, Function<String, Optional<T>> parse, String what) {
        Set<T> result = new java.util.HashSet<>();
        int before = yaml.problemCount();
        for (Map.Entry<String, JsonNode> item : yaml.items(list, path, true)) {
            Optional<T> value = item.getValue().isString() ? parse.apply(item.getValue().asString()) : Optional.empty();
            if (value.isEmpty()) {
                yaml.problem(item.getKey(), "'" + shown(item.getValue()) + "' is not " + what);
            }
            value.ifPresent(result::add);
        }
        return yaml.problemCount() == before ? Optional.of(result) : Optional.empty();
    }

    /** {@code {proof: 45, negotiation: 30}}: days per open stage. */
    private Optional<Map<Stage, Integer>> stageDays(JsonNode node, String path) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            yaml.problem(path, "expected days per stage, like {proof: 45, negotiation: 30}");
            return Optional.empty();
        }
        Map<Stage, Integer> days = new EnumMap<>(Stage.class);
        int before = yaml.problemCount();
        for (String name : node.propertyNames()) {
            Optional<Stage> stage = Stage.parse(name).filter(Stage::isOpen);
            if (stage.isEmpty()) {
                yaml.problem(path + "." + name, "'" + name + "' is not an open stage (discovery, evaluation, proof, negotiation, close)");
            }
            Optional<Integer> limit = count(node.get(name), path + "." + name);
            stage.ifPresent(s -> limit.ifPresent(d -> days.put(s, d)));
        }
        return yaml.problemCount() == before ? Optional.of(days) : Optional.empty();
    }

    private Optional<String> dated(String question, String path) {
        if (questions.get(question).type() != AnswerType.DATE) {
            yaml.problem(path, "question '" + question + "' is not a date question");
            return Optional.empty();
        }
        return Optional.of(question);
    }

    private Optional<Map.Entry<String, JsonNode>> pair(JsonNode node, String path) {
        if (node == null || !node.isObject() || node.size() != 1) {
            yaml.problem(path, "expected one name: value pair, like {budget: approved}");
            return Optional.empty();
        }
        String key = node.propertyNames().iterator().next();
        return Optional.of(Map.entry(key, node.get(key)));
    }

    private Optional<Condition> equalsValue(String question, JsonNode valueNode, String path) {
        // YAML reads a bare yes/no as a boolean: take it as the yes-no answer it means.
        String value = valueNode.isBoolean() ? (valueNode.asBoolean() ? "yes" : "no") : valueNode.asString();
        List<String> allowed = questions.get(question).options().stream().map(Block.Option::value).toList();
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            yaml.problem(path, "question '" + question + "' has no option '" + value + "' (options: " + String.join(", ", allowed) + ")");
            return Optional.empty();
        }
        return Optional.of(new Condition.Equals(question, value));
    }

    private Optional<String> questionRef(Object ref, String path) {
        String id = ref instanceof JsonNode node ? (node.isString() ? node.asString() : null) : (String) ref;
        if (id == null || !questions.containsKey(id)) {
            yaml.problem(path, "no question '" + (id == null ? ref : id) + "'");
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private Optional<String> elementRef(String id, String path) {
        if (!elements.contains(id)) {
            yaml.problem(path, "no element '" + id + "'");
            return Optional.empty();
        }
        return Optional.of(id);
    }

    private Optional<Integer> count(JsonNode node, String path) {
        if (node == null || !node.isIntegralNumber() || node.asInt() < 1) {
            yaml.problem(path, "must be a whole number of 1 or more");
            return Optional.empty();
        }
        return Optional.of(node.asInt());
    }
}
