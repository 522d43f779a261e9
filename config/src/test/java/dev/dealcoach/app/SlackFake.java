package dev.dealcoach.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * WireMock playing Slack's Web API, with responses shaped like Slack's documented ones. People of the
 * demo org are Slack users {@code U_<ID>} whose profile email is the org's, with the bot DM {@code D_<ID>}.
 */
final class SlackFake {

    static final String BOT_USER = "U0BOT";
    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    SlackFake() {
        server.start();
        stubDefaults();
    }

    String apiUrl() {
        return server.baseUrl() + "/api/";
    }

    void stop() {
        server.stop();
    }

    void stubDefaults() {
        method("auth.test", """
                {"ok": true, "url": "https://example.slack.com/", "team": "Example", "user": "dealcoach",
                 "team_id": "T0001", "user_id": "%s", "bot_id": "B0BOT", "is_enterprise_install": false}""".formatted(BOT_USER));
        for (String person : List.of("ria", "ana", "lee", "jo", "mo", "sam", "dana", "omar")) {
            server.stubFor(post(urlPathEqualTo("/api/users.info")).withRequestBody(containing("user=U_" + person.toUpperCase()))
                    .willReturn(okJson("""
                            {"ok": true, "user": {"id": "U_%s", "team_id": "T0001", "name": "%s", "deleted": false,
                             "real_name": "%s", "tz": "Europe/London", "is_bot": false,
                             "profile": {"real_name": "%s", "display_name": "%s", "email": "%s@example.com"}}}"""
                            .formatted(person.toUpperCase(), person, person, person, person, person))));
        }
        server.stubFor(post(urlPathEqualTo("/api/users.info")).withRequestBody(containing("user=U_STRANGER"))
                .willReturn(okJson("""
                        {"ok": true, "user": {"id": "U_STRANGER", "team_id": "T0001", "name": "stranger", "deleted": false,
                         "profile": {"real_name": "Stranger", "email": "stranger@elsewhere.example"}}}""")));
        method("conversations.open", """
                {"ok": true, "no_op": true, "already_open": true, "channel": {"id": "D_OPENED"}}""");
        for (String person : List.of("ria", "ana", "lee", "jo", "mo", "sam", "dana", "omar")) {
            String user = "U_" + person.toUpperCase();
            server.stubFor(post(urlPathEqualTo("/api/conversations.open")).withRequestBody(containing("users=" + user))
                    .willReturn(okJson("""
                            {"ok": true, "no_op": true, "already_open": true, "channel": {"id": "D_%s"}}"""
                            .formatted(person.toUpperCase()))));
        }
        for (String person : List.of("ria", "ana", "lee", "jo", "mo", "sam", "dana", "omar")) {
            // Posted to a user id, a message lands in the app's DM with them, and the answer names that DM.
            String upper = person.toUpperCase();
            server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withRequestBody(containing("channel=U_" + upper))
                    .atPriority(2).willReturn(okJson("""
                            {"ok": true, "channel": "D_%s", "ts": "1700000001.000100",
                             "message": {"type": "message", "bot_id": "B0BOT", "text": "ok", "ts": "1700000001.000100"}}"""
                            .formatted(upper))));
        }
        method("chat.postMessage", """
                {"ok": true, "channel": "D_OPENED", "ts": "1700000001.000100",
                 "message": {"type": "message", "user": "%s", "bot_id": "B0BOT", "text": "ok", "ts": "1700000001.000100"}}"""
                .formatted(BOT_USER));
        method("chat.update", """
                {"ok": true, "channel": "D_OPENED", "ts": "1700000001.000100", "text": "updated"}""");
        method("chat.postEphemeral", """
                {"ok": true, "message_ts": "1700000002.000200"}""");
        method("views.open", """
                {"ok": true, "view": {"id": "VMHU10V25", "team_id": "T0001", "type": "modal", "callback_id": "review"}}""");
        method("views.publish", """
                {"ok": true, "view": {"id": "VMHU10V26", "team_id": "T0001", "type": "home"}}""");
    }

    private void method(String name, String json) {
        server.stubFor(post(urlPathEqualTo("/api/" + name)).atPriority(5).willReturn(okJson(json)));
    }

    /**
     * The next {@code chat.postMessage} to person {@code x}'s DM (posted to {@code U_X} or {@code D_X}) is
     * answered 429 with a one-second Retry-After, then posts succeed again. Only theirs: a post to
     * someone else, still on its way from an earlier test, must not take the 429.
     */
    void rateLimitNextPostTo(String personId) {
        String upper = personId.toUpperCase(Locale.ROOT);
        String scenario = "rate limit " + personId;
        var toThem = matching(".*channel=[UD]_" + upper + "(&.*)?");
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withRequestBody(toThem).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json").withBody("{\"ok\": false, \"error\": \"ratelimited\"}"))
                .willSetStateTo("served"));
        server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).withRequestBody(toThem).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs("served")
                .willReturn(okJson("{\"ok\": true, \"channel\": \"D_%s\", \"ts\": \"1700000009.000100\"}".formatted(upper))));
    }

    /** Every message, modal and home view the bot sent, each as its form fields. */
    List<Map<String, String>> sentMessages() {
        return List.of("chat.postMessage", "chat.postEphemeral", "chat.update", "views.open", "views.publish").stream()
                .flatMap(method -> calls(method).stream())
                .toList();
    }

    /** The DM a post went to: a post to user {@code U_X} lands in DM {@code D_X}. */
    static String dm(String channel) {
        return channel != null && channel.startsWith("U_") ? "D_" + channel.substring(2) : channel;
    }

    void stub(com.github.tomakehurst.wiremock.client.MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    /** When each {@code chat.postMessage} to {@code channel} (as addressed) arrived, oldest first. */
    List<java.time.Instant> postTimes(String channel) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).stream()
                .filter(request -> channel.equals(form(request.getBodyAsString()).get("channel")))
                .map(request -> request.getLoggedDate().toInstant())
                .sorted()
                .toList();
    }

    /** Every call of a Web API method, oldest first, as its form fields. */
    List<Map<String, String>> calls(String method) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/api/" + method))).stream()
                .map(request -> form(request.getBodyAsString()))
                .toList();
    }

    /** The {@code text} (plain fallback) of every message posted to {@code channel} (a DM {@code D_X}: or to its user {@code U_X}). */
    List<String> postedTexts(String channel) {
        return calls("chat.postMessage").stream()
                .filter(call -> channel.equals(dm(call.get("channel"))))
                .map(call -> call.getOrDefault("text", ""))
                .toList();
    }

    /**
     * Every message posted to {@code channel} (a DM {@code D_X}: or to its user {@code U_X}) or
     * updated there, in the order Slack got them, as form fields.
     */
    List<Map<String, String>> messagesIn(String channel) {
        return server.findAll(postRequestedFor(urlPathMatching("/api/chat\\.(postMessage|update)"))).stream()
                .map(request -> form(request.getBodyAsString()))
                .filter(call -> channel.equals(dm(call.get("channel"))))
                .toList();
    }

    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
