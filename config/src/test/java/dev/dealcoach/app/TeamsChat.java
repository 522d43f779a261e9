package dev.dealcoach.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A person of the demo org chatting with DealCoach on Teams: what they do is an activity built from
 * Microsoft's documented shapes, posted to {@code /api/messages}; what the bot showed them is what
 * {@link TeamsFake} got (each activity's plain-text summary, and the card's submit actions and
 * choice sets). Person {@code x} is Teams user {@code 29:1x} in the personal conversation {@code a:1x}.
 */
final class TeamsChat extends PlatformChat<TeamsChat> {

    /** The id TeamsFake answers every post with: the activity each press replies to. */
    private static final String POSTED_ID = "1:1700000009999";
    private static final String DATA_KEY = "dealcoach";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final TeamsFake teams;
    private final int port;

    TeamsChat(TeamsFake teams, int port) {
        this.teams = teams;
        this.port = port;
    }

    static String conversation(String personId) {
        return "a:1" + personId;
    }

    @Override
    public TeamsChat says(String text) {
        Map<String, String> values = values(personId());
        values.put("text", json(text));
        return act("said '" + text + "'", () -> post(TeamsFake.activity("personal-message.json", values)));
    }

    /** Adds the app in their personal scope, as Teams announces it. */
    TeamsChat installs() {
        Map<String, String> values = values(personId());
        return act("installed the app", () -> post(TeamsFake.activity("install.json", values)));
    }

    /** The placeholders of an activity from this person in their personal conversation, with a fresh activity id. */
    Map<String, String> values(String personId) {
        Map<String, String> values = new HashMap<>();
        values.put("serviceUrl", teams.serviceUrl());
        values.put("user", "29:1" + personId);
        values.put("name", personId);
        values.put("aad", UUID.nameUUIDFromBytes(personId.getBytes()).toString());
        values.put("conversation", conversation(personId));
        values.put("id", Long.toString(System.nanoTime()));
        return values;
    }

    HttpResponse<String> post(String activity) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(activity)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string literal, for a placeholder. */
    static String json(String text) {
        return JSON.writeValueAsString(text);
    }

    @Override
    List<Shown> shownTo(String personId) {
        return teams.shownIn(conversation(personId)).stream().map(activity -> shown(personId, activity)).toList();
    }

    private Shown shown(String personId, JsonNode activity) {
        List<JsonNode> submits = new ArrayList<>();
        List<JsonNode> choiceSets = new ArrayList<>();
        for (JsonNode attachment : activity.path("attachments")) {
            collect(attachment.path("content"), submits, choiceSets);
        }
        List<Control> controls = new ArrayList<>();
        for (JsonNode submit : submits) {
            JsonNode data = submit.path("data");
            if (!data.path(DATA_KEY).has("input")) {
                controls.add(new Control(submit.path("title").asString(), () -> press(personId, data)));
            }
        }
        for (JsonNode choiceSet : choiceSets) {
            String input = choiceSet.path("id").asString();
            submits.stream().map(submit -> submit.path("data")).filter(data -> input.equals(data.path(DATA_KEY).path("input").asString()))
                    .findFirst().ifPresent(data -> {
                        for (JsonNode choice : choiceSet.path("choices")) {
                            ObjectNode picked = ((ObjectNode) data).deepCopy().put(input, choice.path("value").asString());
                            controls.add(new Control(choice.path("title").asString(), () -> press(personId, picked)));
                        }
                    });
        }
        return new Shown(activity.path(activity.has("summary") ? "summary" : "text").asString(), controls);
    }

    /** The card's Action.Submit actions and Input.ChoiceSet inputs, wherever they are on it. */
    private static void collect(JsonNode node, List<JsonNode> submits, List<JsonNode> choiceSets) {
        if (node.isObject()) {
            String type = node.path("type").asString();
            if ("Action.Submit".equals(type)) {
                submits.add(node);
            } else if ("Input.ChoiceSet".equals(type)) {
                choiceSets.add(node);
            }
        }
        if (node.isContainer()) {
            for (JsonNode child : node) {
                collect(child, submits, choiceSets);
            }
        }
    }

    /** A submit from the card, its data as Teams sends it back in the activity's {@code value}. */
    private HttpResponse<String> press(String personId, JsonNode data) {
        Map<String, String> values = values(personId);
        values.put("replyTo", POSTED_ID);
        values.put("value", data.toString());
        return post(TeamsFake.activity("card-submit.json", values));
    }
}
