package dev.dealcoach.core.risk;

import dev.dealcoach.core.review.Condition;
import dev.dealcoach.core.review.ConditionParser;
import dev.dealcoach.core.review.YamlWalk;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a slip-risk rules file (see {@code risk/slip-risk.yml} for the format). Every problem is
 * reported with the file, the path inside it and the reason; a file with any problem is refused whole.
 */
final class RiskRuleReader {

    /** What one file says: levels when it moves them, its rules, and the ids it turns off. */
    record RuleFile(Optional<RiskLevels> levels, List<RiskRule> rules, Set<String> off) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String SLUG = "[a-z0-9][a-z0-9-]*";

    private final Set<String> elements;

    /** @param elements the ids of the elements a rule may name (those of the playbooks reviews use) */
    RiskRuleReader(Set<String> elements) {
        this.elements = Set.copyOf(elements);
    }

    RuleFile read(String source, Reader reader) {
        JsonNode root;
        try {
            root = YAML.readTree(reader);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RiskRulesException(List.of(source + ": line " + line + ": not valid YAML: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new RiskRulesException(List.of(source + ": the file must be a mapping with rules (and levels, if it moves them)"));
        }
        YamlWalk yaml = new YamlWalk(source);
        yaml.onlyKeys(root, "", Set.of("levels", "rules"));
        Optional<RiskLevels> levels = levels(yaml, root.get("levels"));
        ConditionParser conditions = ConditionParser.forRiskRules(yaml, elements);
        List<RiskRule> rules = new ArrayList<>();
        Set<String> off = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> item : yaml.items(root.get("rules"), "rules", false)) {
            String path = item.getKey();
            JsonNode node = item.getValue();
            yaml.onlyKeys(node, path, Set.of("id", "weight", "when", "reason", "ask", "off"));
            String id = yaml.text(node, path, "id", true);
            if (id != null && !id.matches(SLUG)) {
                yaml.problem(path + ".id", "'" + id + "' must be lowercase letters, digits and hyphens");
            } else if (id != null && !ids.add(id)) {
                yaml.problem(path + ".id", "rule '" + id + "' is defined twice");
            }
            if (node.has("off")) {
                if (!node.get("off").isBoolean() || !node.get("off").asBoolean() || node.size() != 2) {
                    yaml.problem(path + ".off", "write just id and off: true to turn a rule off");
                } else if (id != null) {
                    off.add(id);
                }
                continue;
            }
            JsonNode weight = node.get("weight");
            if (weight == null || !weight.isIntegralNumber() || weight.asInt() < 1 || weight.asInt() > 100) {
                yaml.problem(path + ".weight", "must be a whole number from 1 to 100");
            }
            if (!node.has("when")) {
                yaml.problem(path + ".when", "is missing");
            }
            Optional<Condition> when = node.has("when") ? conditions.condition(node.get("when"), path + ".when") : Optional.empty();
            String reason = text(yaml, node, path, "reason");
            String ask = text(yaml, node, path, "ask");
            if (id != null && when.isPresent() && reason != null && ask != null && weight != null && weight.isIntegralNumber()
                    && weight.asInt() >= 1 && weight.asInt() <= 100) {
                rules.add(new RiskRule(id, weight.asInt(), when.get(), reason, ask));
            }
        }
        if (yaml.problemCount() > 0) {
            throw new RiskRulesException(yaml.problems());
        }
        return new RuleFile(levels, rules, off);
    }

    private static String text(YamlWalk yaml, JsonNode node, String path, String key) {
        String text = yaml.text(node, path, key, true);
        if (text != null) {
            RiskText.problems(text).forEach(problem -> yaml.problem(path + "." + key, problem));
        }
        return text;
    }

    private static Optional<RiskLevels> levels(YamlWalk yaml, JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        yaml.onlyKeys(node, "levels", Set.of("watch", "at-risk", "likely-to-slip"));
        List<Integer> values = new ArrayList<>();
        for (String key : List.of("watch", "at-risk", "likely-to-slip")) {
            JsonNode value = node.get(key);
            if (value == null || !value.isIntegralNumber()) {
                yaml.problem("levels." + key, "must be a whole number from 1 to 100");
                return Optional.empty();
            }
            values.add(value.asInt());
        }
        try {
            return Optional.of(new RiskLevels(values.get(0), values.get(1), values.get(2)));
        } catch (IllegalArgumentException e) {
            yaml.problem("levels", "must rise from 1 to 100: watch below at-risk below likely-to-slip");
            return Optional.empty();
        }
    }
}
