package dev.dealcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.slack.api.model.view.ViewState;
import com.slack.api.util.json.GsonFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackPayloadsTest {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    @Test
    void coreActionIdStripsOnlyOneTrailingIndex() {
        assertThat(SlackPayloads.coreActionId("answer:budget#12")).isEqualTo("answer:budget");
        assertThat(SlackPayloads.coreActionId("step#2#0")).isEqualTo("step#2");
        assertThat(SlackPayloads.coreActionId("plain")).isEqualTo("plain");
        assertThat(SlackPayloads.coreActionId("tag#x")).isEqualTo("tag#x");
    }

    @Test
    void readsSubmittedValuesFromTheViewStateInOrder() {
        String json = """
                {"values":{
                  "economic-buyer":{"value":{"type":"plain_text_input","value":"Dana, CFO"}},
                  "pain":{"value":{"type":"plain_text_input","value":null}},
                  "budget":{"value":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"Approved"},"value":"approved"}}},
                  "next-step":{"value":{"type":"static_select","selected_option":null}},
                  "signing-date":{"value":{"type":"datepicker","selected_date":"2026-12-15"}}
                }}""";
        ViewState state = GSON.fromJson(json, ViewState.class);

        Map<String, String> values = SlackPayloads.formValues(state);

        assertThat(values).containsExactly(
                Map.entry("economic-buyer", "Dana, CFO"),
                Map.entry("budget", "approved"),
                Map.entry("signing-date", "2026-12-15"));
    }

    @Test
    void readsNoValuesFromAnEmptyViewState() {
        assertThat(SlackPayloads.formValues(new ViewState())).isEmpty();
        assertThat(SlackPayloads.formValues(null)).isEmpty();
    }
}
