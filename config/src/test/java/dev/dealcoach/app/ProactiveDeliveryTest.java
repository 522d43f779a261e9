package dev.dealcoach.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.dealcoach.core.conversation.CommandHandler;
import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.conversation.StartResult;
import dev.dealcoach.core.pipeline.DeliveryOutcome;
import dev.dealcoach.core.pipeline.Outreach;
import dev.dealcoach.core.pipeline.RunningCore;
import dev.dealcoach.core.review.Playbooks;
import dev.dealcoach.core.review.ReviewFlow;
import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.TestRedis;
import dev.dealcoach.core.backend.redis.RedisStores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot speaking first, on Slack and Teams at once, through the Redis-backed outbox: each person
 * gets one message on the platform that reaches them, a key starts once even from two app
 * instances, and a platform asking one recipient to wait delays nobody else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProactiveDeliveryTest {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();
    private static final SlackFake SLACK = new SlackFake();
    private static final TeamsFake TEAMS = new TeamsFake();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void platforms(DynamicPropertyRegistry registry) {
        registry.add("dealcoach.redis.url", () -> REDIS.url().toString());
        registry.add("dealcoach.redis.key-prefix", REDIS::prefix);
        registry.add("dealcoach.slack.bot-token", () -> "xoxb-0000000001-proactive-test");
        registry.add("dealcoach.slack.signing-secret", () -> SlackRequests.SECRET);
        registry.add("dealcoach.slack.api-url", SLACK::apiUrl);
        registry.add("dealcoach.teams.allow-unauthenticated", () -> "true");
    }

    @AfterAll
    static void stopFakes() {
        SLACK.stop();
        TEAMS.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    Stores stores;
    @Autowired
    Stores pipelineStores;
    @Autowired
    Outreach outreach;
    @Autowired
    Coach coach;
    @Autowired
    @Qualifier("slackMessenger")
    Messenger slack;
    @Autowired
    @Qualifier("teamsMessenger")
    Messenger teams;

    /** Slack finds the person by their org email. */
    private static void onSlack(String person) {
        SLACK.stub(post(urlPathEqualTo("/api/users.lookupByEmail")).withRequestBody(containing("email=" + person + "%40example.com"))
                .willReturn(okJson("""
                        {"ok": true, "user": {"id": "U_%s", "team_id": "T0001", "name": "%s",
                         "profile": {"email": "%s@example.com"}}}""".formatted(person.toUpperCase(), person, person))));
    }

    /** The person installs the Teams app: DealCoach keeps their personal chat's reference and says hello. */
    private void onTeams(String person) {
        Map<String, String> values = new HashMap<>();
        values.put("serviceUrl", TEAMS.serviceUrl());
        values.put("user", "29:1" + person);
        values.put("name", person);
        values.put("aad", UUID.nameUUIDFromBytes(person.getBytes()).toString());
        values.put("conversation", "a:1" + person);
        values.put("id", Long.toString(System.nanoTime()));
        try {
            HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(TeamsFake.activity("install.json", values))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(WAIT).until(() -> TEAMS.postedTexts("a:1" + person).stream().anyMatch(t -> t.contains("Hi, I'm DealCoach")));
        await().atMost(WAIT).until(() -> teams.reaches(person));
    }

    private CommandHandler.StartFlow reviewOfTheirFirstDeal(String person) {
        var speaker = coach.speaker(person).orElseThrow();
        var deal = stores.deals().all().stream().filter(d -> d.ownerId().equals(person) && d.stage().isOpen()).findFirst().orElseThrow();
        return ReviewFlow.startFor(Playbooks.bundled().defaultPlaybook(), speaker, deal);
    }

    @Test
    void aProactiveReviewReachesEachPersonOnceOnThePlatformThatReachesThem() {
        onTeams("ana");
        onSlack("lee");
        onTeams("jo");
        onSlack("jo");
        int anaBefore = TEAMS.postedTexts("a:1ana").size();
        int joBefore = TEAMS.postedTexts("a:1jo").size();
        String key = "test:proactive:" + UUID.randomUUID();

        for (String person : List.of("ana", "lee", "jo")) {
            assertThat(outreach.start(person, Destination.dm(person), reviewOfTheirFirstDeal(person), key + ":" + person))
                    .isInstanceOf(StartResult.Started.class);
        }

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(TEAMS.postedTexts("a:1ana").stream().skip(anaBefore)).hasSize(2).last().asString().contains("1/13");
            assertThat(SLACK.postedTexts("D_LEE")).hasSize(2).last().asString().contains("1/13");
            assertThat(TEAMS.postedTexts("a:1jo").stream().skip(joBefore)).hasSize(2).last().asString().contains("1/13");
        });
        assertThat(SLACK.postedTexts("D_JO")).as("jo last talked to the bot on Teams").isEmpty();
        // The outcome is recorded just after the platform took the message: wait for it too.
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(stores.outbox().outcome(key + ":lee:person:lee")).hasValueSatisfying(outcome -> {
                assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.SENT);
                assertThat(outcome.platform()).isEqualTo(Platform.SLACK);
            });
            assertThat(stores.outbox().outcome(key + ":ana:person:ana").map(DeliveryOutcome::platform)).contains(Platform.TEAMS);
        });

        assertThat(outreach.start("lee", Destination.dm("lee"), reviewOfTheirFirstDeal("lee"), key + ":lee"))
                .isInstanceOf(StartResult.AlreadyStarted.class);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).untilAsserted(() -> assertThat(SLACK.postedTexts("D_LEE")).hasSize(2));
    }

    @Test
    void theSameKeyStartedByTwoAppInstancesSharingRedisSendsOnce() {
        onSlack("ria");
        String key = "test:two-instances:" + UUID.randomUUID();
        try (RedisStores otherConnection = RedisStores.connect(REDIS.settings(""));
             RunningCore otherInstance = new RunningCore(otherConnection, Clock.systemUTC()).deliverThrough("other", List.of(slack, teams))) {
            CompletableFuture<StartResult> here = CompletableFuture.supplyAsync(
                    () -> outreach.start("ria", Destination.dm("ria"), reviewOfTheirFirstDeal("ria"), key));
            CompletableFuture<StartResult> there = CompletableFuture.supplyAsync(
                    () -> otherInstance.outreach().start("ria", Destination.dm("ria"), reviewOfTheirFirstDeal("ria"), key));

            assertThat(List.of(here.join(), there.join())).filteredOn(StartResult.Started.class::isInstance).hasSize(1);
            await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.postedTexts("D_RIA")).hasSize(2));
            await().during(Duration.ofSeconds(2)).atMost(WAIT).untilAsserted(() -> assertThat(SLACK.postedTexts("D_RIA")).hasSize(2));
        }
    }

    @Test
    void aRetryAfterForOneRecipientDelaysOnlyThatRecipient() {
        onSlack("omar");
        onSlack("dana");
        SLACK.stub(post(urlPathEqualTo("/api/chat.postMessage")).withRequestBody(containing("channel=U_OMAR")).atPriority(1)
                .inScenario("omar waits").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")
                        .withHeader("Content-Type", "application/json").withBody("{\"ok\": false, \"error\": \"ratelimited\"}"))
                .willSetStateTo("waited"));
        String key = "test:retry-after:" + UUID.randomUUID();

        outreach.send(key + ":omar", List.of(new Outgoing.Send(Destination.dm("omar"), Message.text("Quick log for today, Omar?"))));
        outreach.send(key + ":dana", List.of(new Outgoing.Send(Destination.dm("dana"), Message.text("Quick log for today, Dana?"))));

        await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.postedTexts("D_DANA")).containsExactly("Quick log for today, Dana?"));
        assertThat(stores.outbox().outcome(key + ":omar:person:omar")).as("omar is still waiting out Retry-After").isEmpty();
        await().atMost(WAIT).untilAsserted(() -> assertThat(stores.outbox().outcome(key + ":omar:person:omar"))
                .hasValueSatisfying(outcome -> assertThat(outcome.status()).isEqualTo(DeliveryOutcome.Status.SENT)));
        List<java.time.Instant> omarPosts = SLACK.postTimes("U_OMAR");
        assertThat(omarPosts).as("the 429, then the post").hasSize(2);
        assertThat(Duration.between(omarPosts.get(0), omarPosts.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(1_900));
    }
}
