package dev.dealcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;
import dev.dealcoach.core.conversation.Block;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads back what the {@code Action.Submit} actions of our cards send (see
 * {@link AdaptiveCardElements}): the activity's {@code value} holds our data under
 * {@code dealcoach}, beside the card's input values and Teams' own {@code msteams}.
 */
final class CardSubmissions {

    private static final String TEAMS_KEY = "msteams";

    /** What a press on one of our cards' submit actions means. */
    sealed interface Submission permits Pressed, Submitted {
    }

    /** A button was pressed, or an option picked with a {@link Block.Choice}. */
    record Pressed(String actionId, String value) implements Submission {
    }

    /** A {@link Block.Form} was submitted: its input values by input id, in the order Teams sent them. */
    record Submitted(String formId, Map<String, String> values) implements Submission {
        Submitted {
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    private CardSubmissions() {
    }

    /**
     * What an activity's {@code value} means when it came from one of our cards' submit actions; empty
     * for anything else. Takes the value as the SDK gives it: a map or a {@link JsonNode}.
     */
    static Optional<Submission> read(Object activityValue) {
        JsonNode value = tree(activityValue);
        JsonNode ours = value == null ? null : value.get(AdaptiveCardElements.DATA_KEY);
        if (ours == null || !ours.isObject()) {
            return Optional.empty();
        }
        String action = text(ours.get("action"));
        String form = text(ours.get("form"));
        if (action != null && form == null) {
            return pressed(action, ours, value);
        } else if (form != null && action == null) {
            return Optional.of(new Submitted(form, formValues(value)));
        }
        return Optional.empty();
    }

    private static JsonNode tree(Object activityValue) {
        if (activityValue == null) {
            return null;
        }
        try {
            JsonNode tree = Serialization.objectToTree(activityValue);
            return tree != null && tree.isObject() ? tree : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Optional<Submission> pressed(String action, JsonNode ours, JsonNode value) {
        JsonNode input = ours.get("input");
        if (input == null) {
            JsonNode pressed = ours.get("value");
            if (pressed == null || pressed.isNull()) {
                return Optional.of(new Pressed(action, ""));
            }
            return pressed.isTextual() ? Optional.of(new Pressed(action, pressed.textValue())) : Optional.empty();
        }
        // a choice: the picked option is the value of the named input, next to our data
        String inputId = text(input);
        JsonNode picked = inputId == null ? null : value.get(inputId);
        if (picked == null || !picked.isValueNode() || picked.isNull() || picked.asText().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pressed(action, picked.asText()));
    }

    private static Map<String, String> formValues(JsonNode value) {
        Map<String, String> values = new LinkedHashMap<>();
        value.fields().forEachRemaining(field -> {
            if (!field.getKey().equals(AdaptiveCardElements.DATA_KEY) && !field.getKey().equals(TEAMS_KEY)) {
                values.put(field.getKey(), asString(field.getValue()));
            }
        });
        return values;
    }

    private static String asString(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** A non-empty string node's text, else null. */
    private static String text(JsonNode node) {
        return node != null && node.isTextual() && !node.textValue().isEmpty() ? node.textValue() : null;
    }
}
