package dev.dealcoach.app;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A person of the demo org chatting with DealCoach on Slack: what they do is a signed request to
 * {@code /slack/events} built from Slack's documented payloads; what the bot showed them is what
 * {@link SlackFake} got ({@code text}, Slack's fallback, read with Slack's escaping undone, and
 * the buttons and menus in {@code blocks}). Person {@code x} is user {@code U_X} in the app's DM
 * {@code D_X}.
 */
final class SlackChat extends PlatformChat<SlackChat> {

    /** The ts SlackFake answers every post with: the message each click comes from. */
    static final String POSTED_TS = "1700000001.000100";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SlackFake slack;
    private final SlackRequests requests;

    SlackChat(SlackFake slack, SlackRequests requests) {
        this.slack = slack;
        this.requests = requests;
    }

    static String user(String personId) {
        return "U_" + personId.toUpperCase(Locale.ROOT);
    }

    static String dm(String personId) {
        return "D_" + personId.toUpperCase(Locale.ROOT);
    }

    /** A fresh id with a prefix, as Slack's event, trigger and view ids look. */
    static String id(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Override
    public SlackChat says(String text) {
        String person = personId();
        return act("said '" + text + "'", () -> directMessage(user(person), dm(person), text, id("Ev")));
    }

    /** A slash command typed in the DM: {@code command("review", "globex")} is {@code /review globex}. */
    SlackChat command(String name, String text) {
        String person = personId();
        return act("typed /" + name + " " + text, () -> slashCommand(user(person), dm(person), name, text));
    }

    /** Submits the modal with this callback id, its inputs' state as Slack sends it ({@code view.state.values}). */
    SlackChat submitsModal(String callbackId, String stateValues) {
        String person = personId();
        return act("submitted the modal", () -> requests.interaction(SlackRequests.fixture("view-submission.json", Map.of(
                "user", user(person), "trigger", id("1."), "view_id", id("V"), "callback", callbackId, "values", stateValues))));
    }

    /** {@code /<command> <text>} typed by {@code user} in {@code channel}. */
    HttpResponse<String> slashCommand(String user, String channel, String command, String text) {
        return requests.form(SlackRequests.fixture("slash-command.txt", Map.of("user", user, "channel", channel,
                "command", command, "text", SlackRequests.formValue(text), "trigger", id("13345224609."))));
    }

    /** A {@code message.im} event; {@code headers} are Slack's retry headers when it delivers again. */
    HttpResponse<String> directMessage(String user, String channel, String text, String eventId, String... headers) {
        return requests.event(SlackRequests.fixture("event-message-im.json", Map.of("user", user, "channel", channel,
                "text", SlackRequests.json(text), "ts", "1700000100.000100", "event", eventId)), headers);
    }

    @Override
    List<Shown> shownTo(String personId) {
        return slack.messagesIn(dm(personId)).stream().map(call -> shown(personId, call)).toList();
    }

    private Shown shown(String personId, Map<String, String> call) {
        List<Control> controls = new ArrayList<>();
        for (JsonNode block : JSON.readTree(call.getOrDefault("blocks", "[]"))) {
            for (JsonNode element : block.path("elements")) {
                String type = element.path("type").asString();
                if ("button".equals(type)) {
                    controls.add(new Control(element.path("text").path("text").asString(),
                            () -> blockAction(personId, block, element, null)));
                } else if ("static_select".equals(type)) {
                    for (JsonNode option : element.path("options")) {
                        controls.add(new Control(option.path("text").path("text").asString(),
                                () -> blockAction(personId, block, element, option)));
                    }
                }
            }
        }
        return new Shown(unescape(call.getOrDefault("text", "")), controls);
    }

    /** A {@code block_actions} interaction: a press of the button, or the option picked in the menu, as Slack sends it. */
    private HttpResponse<String> blockAction(String personId, JsonNode block, JsonNode element, JsonNode option) {
        ObjectNode payload = (ObjectNode) JSON.readTree(SlackRequests.fixture("block-actions.json", Map.of("user", user(personId),
                "channel", dm(personId), "message_ts", POSTED_TS, "trigger", id("12321423423."),
                "action_id", element.path("action_id").asString(), "value", "null")));
        ObjectNode action = (ObjectNode) payload.path("actions").get(0);
        action.put("block_id", block.hasNonNull("block_id") ? block.path("block_id").asString() : "b1");
        if (option == null) {
            action.set("text", element.path("text"));
            action.put("value", element.path("value").asString());
        } else {
            action.remove("text");
            action.remove("value");
            action.put("type", "static_select");
            action.set("selected_option", option);
            action.set("placeholder", element.path("placeholder"));
        }
        return requests.interaction(JSON.writeValueAsString(payload));
    }

    /** Slack's text with its three escapes undone, as the person reads it. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
