package dev.dealcoach.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One walk over a YAML file's tree. A problem is noted as {@code file: path: reason} and the walk
 * goes on, so that every problem in the file is reported at once.
 */
public final class YamlWalk {

    private final String source;
    private final List<String> problems = new ArrayList<>();

    public YamlWalk(String source) {
        this.source = source;
    }

    public void problem(String path, String reason) {
        problems.add(source + ": " + path + ": " + reason);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public int problemCount() {
        return problems.size();
    }

    /** The items of a list, each with its path, like {@code questions[2]}; an item that is itself a list is a problem. */
    public List<Map.Entry<String, JsonNode>> items(JsonNode list, String path, boolean required) {
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

    /** The stripped text under {@code key}; null when it is missing, blank or not text. */
    public String text(JsonNode node, String path, String key, boolean required) {
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

    /** Notes each key of a mapping that is not one of {@code allowed}. */
    public void onlyKeys(JsonNode node, String path, Set<String> allowed) {
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
