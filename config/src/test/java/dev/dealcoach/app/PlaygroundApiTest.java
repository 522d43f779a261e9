package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dev.dealcoach.core.backend.Stores;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The playground's JSON API in the embedded default, where it is on and bound to loopback. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlaygroundApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    Stores stores;

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode post(String path, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String attribute(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(html);
        assertThat(matcher.find()).as(pattern).isTrue();
        return matcher.group(1);
    }

    /** The DM entries of a log, without the channel posts everyone in the playground sees. */
    private static JsonNode dmsOnly(JsonNode entries) {
        tools.jackson.databind.node.ArrayNode dms = JSON.createArrayNode();
        entries.forEach(entry -> {
            if (entry.path("place").asString().startsWith("dm:")) {
                dms.add(entry);
            }
        });
        return dms;
    }

    private static String html(JsonNode entries) {
        StringBuilder all = new StringBuilder();
        entries.forEach(entry -> all.append(entry.path("html").asString()));
        return all.toString();
    }

    @Test
    void listensOnLoopbackOnlyInTheEmbeddedDefault() {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void listsThePeopleOfTheOrgToActAs() throws Exception {
        JsonNode people = get("/playground/api/people");

        assertThat(people.size()).isEqualTo(16);
        assertThat(people.get(0).path("role").asString()).isEqualTo("director");
        assertThat(people.toString()).contains("\"id\":\"ria\"", "\"manager\":\"Mo Chen\"", "\"timeZone\":\"Europe/London\"");
    }

    @Test
    void aReviewRunsThroughSendActionAndForm() throws Exception {
        JsonNode started = post("/playground/api/send", Map.of("person", "ana", "text", "review umbrella"));
        assertThat(started.get(0).path("author").asString()).isEqualTo("ana");
        assertThat(html(started)).contains("Umbrella Health - Data Suite", "1/13", "data-action=\"form\"");

        JsonNode first = post("/playground/api/send", Map.of("person", "ana", "text", "Raj Mehta, CFO, met yesterday"));
        long question = first.get(first.size() - 1).path("id").asLong();
        assertThat(html(first)).contains("2/13", "data-value=\"approved\"");

        String budgetAction = attribute(html(first), "data-action=\"(answer:[^\"]+:budget)\"");
        JsonNode pressed = post("/playground/api/action", Map.of("person", "ana", "actionId", budgetAction, "value", "approved",
                "messageId", question));
        assertThat(pressed.get(0).path("id").asLong()).isEqualTo(question);
        assertThat(pressed.get(0).path("html").asString()).contains("✓ Approved").doesNotContain("<button");
        assertThat(html(pressed)).contains("3/13");

        String run = attribute(html(started), "data-action=\"form\" data-value=\"([^\"]+)\"");
        JsonNode form = post("/playground/api/action", Map.of("person", "ana", "actionId", "form", "value", run, "messageId", 0));
        assertThat(html(form)).contains("<form class=\"form\" data-form=\"" + run + "\"", "name=\"pain\"", "name=\"poc-criteria\"");

        Map<String, Object> values = Map.ofEntries(Map.entry("pain", "Fines of $50k a quarter"), Map.entry("metrics", "Zero findings"),
                Map.entry("champion", "no one"), Map.entry("decision-criteria", "known"), Map.entry("decision-process", "CFO decides"),
                Map.entry("paper-process", "engaged"), Map.entry("competition", "Status quo"), Map.entry("competitive-position", "level"),
                Map.entry("compelling-event", "Audit on Mar 1"), Map.entry("slip-risk", "Budget freeze"), Map.entry("poc-criteria", "no"));
        JsonNode summary = post("/playground/api/form", Map.of("person", "ana", "formId", run, "values", values));
        assertThat(html(summary)).contains("Verdict: DEVELOP", "<dt>Champion</dt><dd>○○</dd>");

        JsonNode anasLog = get("/playground/api/messages?person=ana");
        JsonNode mosLog = get("/playground/api/messages?person=mo");
        assertThat(html(anasLog)).contains("Verdict: DEVELOP");
        assertThat(html(dmsOnly(mosLog))).as("Mo's DM: Ana's review is hers").doesNotContain("Umbrella Health");
    }

    @Test
    void whatPeopleTypeIsShownAsTextNeverAsMarkup() throws Exception {
        JsonNode entries = post("/playground/api/send", Map.of("person", "jo", "text", "review <script>alert(1)</script> *hi*"));

        assertThat(entries.get(0).path("html").asString()).contains("review &lt;script&gt;alert(1)&lt;/script&gt; *hi*")
                .doesNotContain("<script>");
        assertThat(html(entries)).contains("No deal matches &lt;script&gt;alert(1)&lt;/script&gt; &#42;hi&#42;.").doesNotContain("<script>");
    }

    @Test
    void everyonesSuggestedFirstCommandStartsAReviewOfADealTheyMayReview() throws Exception {
        for (JsonNode person : get("/playground/api/people")) {
            String id = person.path("id").asString();
            JsonNode welcome = get("/playground/api/welcome?person=" + id);
            String example = welcome.path("example").asString();
            assertThat(example).as(id).startsWith("review ");
            assertThat(welcome.path("html").asString()).as(id)
                    .startsWith("<p class=\"text\">Hi " + person.path("name").asString().split(" ")[0] + ": type <code>" + example + "</code>");

            String started = html(post("/playground/api/send", Map.of("person", id, "text", example)));
            post("/playground/api/send", Map.of("person", id, "text", "cancel"));

            assertThat(started).as(id).contains("Let&#39;s pressure-test it", "<strong>1/");
            if (person.path("role").asString().equals("rep")) {
                assertThat(stores.deals().ownedBy(id)).as(id).anySatisfy(deal -> assertThat(started).contains(deal.name()));
            }
        }
    }

    @Test
    void aCallWithAFieldMissingBlankOrTooLongIsRefusedNamingTheField() throws Exception {
        assertThat(refusal("/playground/api/send", "{\"person\":\"ana\",\"text\":\"  \"}")).isEqualTo("invalid text");
        assertThat(refusal("/playground/api/send", "{\"text\":\"help\"}")).isEqualTo("invalid person");
        assertThat(refusal("/playground/api/send", "{\"person\":\"ana\",\"text\":\"" + "x".repeat(20_001) + "\"}")).isEqualTo("invalid text");
        assertThat(refusal("/playground/api/action", "{\"person\":\"ana\",\"value\":\"x\",\"messageId\":0}")).isEqualTo("invalid actionId");
        assertThat(refusal("/playground/api/form", "{\"person\":\"ana\",\"formId\":\"\"}")).isEqualTo("invalid formId");
        assertThat(refusal("/playground/api/check-ins", "{\"person\":\"ana\"}")).isEqualTo("invalid kind");
        assertThat(refusal("/playground/api/send", "{\"person\":")).isEqualTo("not readable JSON of the expected shape");
    }

    private String refusal(String path, String json) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(json).isEqualTo(400);
        return JSON.readTree(response.body()).path("error").asString();
    }

    @Test
    void theWelcomeOfSomeoneNotInTheOrgIsRefused() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/playground/api/welcome?person=nobody")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"no such person\"}");
    }

    @Test
    void slashCommandsWorkAsInSlackCoachIncluded() throws Exception {
        assertThat(html(post("/playground/api/send", Map.of("person", "omar", "text", "/coach settings")))).contains("Your settings");
        assertThat(html(post("/playground/api/send", Map.of("person", "omar", "text", "/coach")))).contains("What I can do");
        assertThat(html(post("/playground/api/send", Map.of("person", "omar", "text", "/review paper street")))).contains("<strong>1/");

        String midReview = html(post("/playground/api/send", Map.of("person", "omar", "text", "/review paper street")));
        post("/playground/api/send", Map.of("person", "omar", "text", "cancel"));

        assertThat(midReview).contains("You are already in the review of Paper Street");
    }

    @Test
    void theHomeShowsTheDealsClosingThisQuarter() throws Exception {
        assertThat(get("/playground/api/home?person=ria").path("html").asString())
                .contains("Your deals closing in", "Globex Freight - Platform", "data-action=\"run\"");
    }

    @Test
    void newEntriesAreStreamedLive() throws Exception {
        CompletableFuture<HttpResponse<Stream<String>>> stream = HTTP.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/playground/api/stream?person=lee"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
        CompletableFuture<List<String>> firstEvents = CompletableFuture.supplyAsync(
                () -> response.body().takeWhile(line -> !line.contains("What I can do")).limit(50).toList());

        post("/playground/api/send", Map.of("person", "lee", "text", "help"));

        assertThat(firstEvents.get(10, TimeUnit.SECONDS)).anySatisfy(line -> assertThat(line).startsWith("event:entry"));
    }

    @Test
    void theRootOpensThePlayground() throws Exception {
        HttpResponse<String> root = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/playground/index.html"));

        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/playground/index.html"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("<label for=\"person\">Talk as</label>", "playground.js");
    }

    @Test
    void runNowSendsTheChosenCheckInAsDueOnceAndSaysWhyNotTheSecondTime() throws Exception {
        JsonNode first = post("/playground/api/check-ins", Map.of("person", "felix", "kind", "daily-activity"));
        assertThat(first.get("queued").valueStream().map(e -> e.get("person").asString()).toList()).containsExactly("felix");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(html(get("/playground/api/messages?person=felix"))).contains("Quick log for today?", "Log several..."));

        JsonNode again = post("/playground/api/check-ins", Map.of("person", "felix", "kind", "daily-activity"));
        assertThat(again.get("queued")).isEmpty();
        assertThat(again.get("skipped").get(0).get("reason").asString()).isEqualTo("already sent");

        JsonNode escalation = post("/playground/api/check-ins", Map.of("person", "sam", "kind", "forecast-escalation"));
        assertThat(escalation.get("queued")).hasSize(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(html(get("/playground/api/messages?person=sam"))).contains("Still missing this week: Mia T.", "Nudge them"));
        JsonNode notForReps = post("/playground/api/check-ins", Map.of("person", "felix", "kind", "manager-digest"));
        assertThat(notForReps.get("skipped").get(0).get("reason").asString()).startsWith("not for them");
    }

    @Test
    void checkingSlipRiskPostsTheAlertsIntoTheManagersChannelsOnce() throws Exception {
        JsonNode first = post("/playground/api/risk", Map.of());
        assertThat(first.get("evaluated").asInt()).isPositive();
        assertThat(first.get("alerts").asInt()).as("the demo has overdue and stale deals").isPositive();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(html(get("/playground/api/messages?person=dana"))).contains("⚠", "Snooze 7 days", "Not a risk"));

        assertThat(post("/playground/api/risk", Map.of()).get("alerts").asInt()).as("nothing new the second time").isZero();
    }
}
