package dev.dealcoach.slack;

import com.slack.api.model.view.ViewState;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the parts of Slack payloads that {@link BlockKitRenderer}'s blocks and modals send back into core values. */
final class SlackPayloads {

    private static final Pattern INDEX_SUFFIX = Pattern.compile("#\\d+$");

    private SlackPayloads() {
    }

    /**
     * The submitted value of each input in a modal's state, by block id (the core input id), in the
     * order Slack sent them. Inputs left empty are absent.
     */
    static Map<String, String> formValues(ViewState state) {
        Map<String, String> values = new LinkedHashMap<>();
        if (state == null || state.getValues() == null) {
            return values;
        }
        state.getValues().forEach((blockId, actions) -> {
            String value = actions == null ? null : submitted(actions.get(BlockKitRenderer.VALUE_ACTION_ID));
            if (value != null && !value.isEmpty()) {
                values.put(blockId, value);
            }
        });
        return values;
    }

    /** The core action id of a Slack action id made by {@link BlockKitRenderer}: without its {@code #index}. */
    static String coreActionId(String slackActionId) {
        return INDEX_SUFFIX.matcher(slackActionId).replaceFirst("");
    }

    private static String submitted(ViewState.Value value) {
        if (value == null) {
            return null;
        } else if (value.getSelectedOption() != null) {
            return value.getSelectedOption().getValue();
        } else if (value.getSelectedDate() != null) {
            return value.getSelectedDate();
        }
        return value.getValue();
    }
}
