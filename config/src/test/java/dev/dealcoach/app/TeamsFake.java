package dev.dealcoach.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import dev.dealcoach.teams.TeamsFixtures;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WireMock playing the Bot Framework connector (the activities' {@code serviceUrl}), with responses
 * shaped like Microsoft's documented ones. Demo person {@code x} is Teams user {@code 29:1x} in the
 * personal conversation {@code a:1x}, with roster email {@code x@example.com}.
 */
final class TeamsFake {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    TeamsFake() {
        server.start();
        server.stubFor(post(urlPathMatching("/v3/conversations/[^/]+/activities(/[^/]+)?"))
                .willReturn(okJson("{\"id\": \"1:1700000009999\"}")));
        // A personal chat the bot opens (POST /v3/conversations) is named after its one member.
        server.stubFor(post(urlPathMatching("/v3/conversations/?")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"a:1personal\"}")));
        server.stubFor(put(urlPathMatching("/v3/conversations/[^/]+/activities/[^/]+"))
                .willReturn(okJson("{\"id\": \"1:1700000009999\"}")));
        for (String person : List.of("ria", "ana", "lee", "jo", "mo", "sam", "dana", "omar", "priya")) {
            server.stubFor(get(urlPathMatching("/v3/conversations/[^/]+/members/29(:|%3A)1" + person))
                    .willReturn(okJson("""
                            {"id": "29:1%s", "name": "%s", "aadObjectId": "00000000-0000-4000-8000-0000000%s",
                             "givenName": "%s", "surname": "Example", "email": "%s@example.com",
                             "userPrincipalName": "%s@example.com", "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
                             "userRole": "user"}""".formatted(person, person, String.format("%05d", person.hashCode() & 0xffff),
                            person, person, person))));
        }
        server.stubFor(get(urlPathMatching("/v3/conversations/[^/]+/members/29(:|%3A)1stranger"))
                .willReturn(okJson("""
                        {"id": "29:1stranger", "name": "Stranger", "email": "stranger@elsewhere.example",
                         "userPrincipalName": "stranger@elsewhere.example", "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47"}""")));
    }

    String serviceUrl() {
        return server.baseUrl() + "/";
    }

    void stop() {
        server.stop();
    }

    /** The next message posted to {@code conversation} is answered 429 with Retry-After, then posts succeed again. */
    void throttleNextPost(String conversation) {
        String path = "/v3/conversations/" + conversation.replace(":", "(:|%3A)") + "/activities(/[^/]+)?";
        server.stubFor(post(urlPathMatching(path)).inScenario("throttle").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": \"Throttled\", \"message\": \"Too many requests\"}}"))
                .willSetStateTo("served"));
        server.stubFor(post(urlPathMatching(path)).inScenario("throttle").whenScenarioStateIs("served")
                .willReturn(okJson("{\"id\": \"1:1700000008888\"}")));
    }

    /** Teams' member look-up for {@code person} fails (503), as when the roster service is down. */
    void failRosterOf(String person) {
        server.stubFor(get(urlPathMatching("/v3/conversations/[^/]+/members/29(:|%3A)1" + person))
                .willReturn(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": \"ServiceUnavailable\", \"message\": \"Try again later\"}}")));
    }

    /** Every post to {@code conversation} answers 403, as after the app was removed. */
    void forbid(String conversation) {
        server.stubFor(post(urlPathMatching("/v3/conversations/" + conversation.replace(":", "(:|%3A)") + "/activities(/[^/]+)?"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": \"BotNotInConversationRoster\", \"message\": \"The bot is not part of the conversation roster.\"}}")));
    }

    /** The activities posted to a conversation, oldest first. */
    List<JsonNode> posted(String conversation) {
        return server.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*"))).stream()
                .filter(request -> URLDecoder.decode(request.getUrl(), StandardCharsets.UTF_8).startsWith("/v3/conversations/" + conversation + "/"))
                .map(request -> JSON.readTree(request.getBodyAsString()))
                .toList();
    }

    /** What each posted activity says in plain text: a card's summary, or a plain message's text. */
    List<String> postedTexts(String conversation) {
        return posted(conversation).stream()
                .map(activity -> activity.path(activity.has("summary") ? "summary" : "text").asString())
                .toList();
    }

    /** The activities posted to a conversation or updated in it, in the order the connector got them. */
    List<JsonNode> shownIn(String conversation) {
        return server.findAll(anyRequestedFor(urlPathMatching("/v3/conversations/.*"))).stream()
                .filter(request -> RequestMethod.POST.equals(request.getMethod()) || RequestMethod.PUT.equals(request.getMethod()))
                .filter(request -> URLDecoder.decode(request.getUrl(), StandardCharsets.UTF_8)
                        .startsWith("/v3/conversations/" + conversation + "/activities"))
                .map(request -> JSON.readTree(request.getBodyAsString()))
                .toList();
    }

    /** Every activity the bot posted or updated, in any conversation, as its decoded path and body. */
    List<String> sentBodies() {
        return server.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().startsWith("/v3/conversations/")
                        && !event.getRequest().getMethod().getName().equals("GET"))
                .map(event -> URLDecoder.decode(event.getRequest().getUrl(), StandardCharsets.UTF_8) + " " + event.getRequest().getBodyAsString())
                .toList();
    }

    void stub(com.github.tomakehurst.wiremock.client.MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    /** A documented activity shape ({@code /teams/...}, from teams-adapter's test jar) with its placeholders filled in. */
    /** An activity fixture (from teams-adapter's test jar) with its placeholders filled in. */
    static String activity(String name, Map<String, String> values) {
        return TeamsFixtures.text(name, values);
    }
}
