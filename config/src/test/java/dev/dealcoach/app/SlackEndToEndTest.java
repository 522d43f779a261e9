package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.review.Verdict;
import dev.dealcoach.core.review.SwitchingReviewsScript;
import dev.dealcoach.core.review.WholeReviewScript;
import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.backend.Stores;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * DealCoach on Slack end to end: signed requests shaped like Slack's documented payloads go to
 * {@code /slack/events}; WireMock plays the Web API. Each test speaks as a different person so the
 * shared in-memory store keeps their conversations apart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlackEndToEndTest {

    private static final SlackFake SLACK = new SlackFake();
    /** Generous: Awaitility returns as soon as the condition holds, and a busy machine can be slow. */
    private static final Duration WAIT = Duration.ofSeconds(30);
    /**
     * The server checks request timestamps against this instant and every request here is signed at it,
     * so a request is exactly as old as a test says, however long the boot or the machine takes.
     */
    private static final Instant SLACK_NOW = Instant.parse("2026-12-01T09:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class PinnedSlackClock {
        @Bean(name = SlackConfiguration.SLACK_CLOCK, defaultCandidate = false)
        Clock slackClock() {
            return Clock.fixed(SLACK_NOW, ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void slack(DynamicPropertyRegistry registry) {
        registry.add("dealcoach.slack.bot-token", () -> "xoxb-0000000001-end-to-end-test");
        registry.add("dealcoach.slack.signing-secret", () -> SlackRequests.SECRET);
        registry.add("dealcoach.slack.api-url", SLACK::apiUrl);
    }

    @AfterAll
    static void stopSlack() {
        SLACK.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    Stores stores;

    private SlackRequests slack;
    private SlackChat chat;

    @BeforeEach
    void client() {
        slack = new SlackRequests(port, Clock.fixed(SLACK_NOW, ZoneOffset.UTC));
        chat = new SlackChat(SLACK, slack);
    }

    /** Waits until a message posted to {@code channel} after the first {@code seen} contains every fragment. */
    private int awaitPost(String channel, int seen, String... fragments) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.postedTexts(channel).stream().skip(seen))
                .anySatisfy(text -> assertThat(text).contains(fragments)));
        return SLACK.postedTexts(channel).size();
    }

    @Test
    void answersSlacksUrlVerification() {
        HttpResponse<String> response = slack.event(SlackRequests.fixture("url-verification.json", Map.of()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void aReviewKeptForLaterInSlackIsPickedUpWhereItWasLeft() {
        SwitchingReviewsScript.keepAReviewForLaterAndPickItUp(chat.as("ria"));

        assertThat(stores.conversations().find(new ConversationKey("ria", "dm")).orElseThrow().answers()).containsOnlyKeys("economic-buyer");
        chat.says("cancel").expectReply("Stopped the review of Globex Freight - Platform.");
    }

    @Test
    void aWholeDealReviewDrivenFromSlack() {
        chat.as("ria").command("review", "Globex Freight ~")
                .expectReply("Globex Freight - Platform", "Answer all in one form", "1/13 Who signs off on the budget");

        WholeReviewScript.answerTheDevelopReview(chat);

        DealReview review = stores.reviews().latest(WholeReviewScript.DEAL).orElseThrow();
        assertThat(review.reviewerId()).isEqualTo("ria");
        assertThat(review.outcome().verdict()).isEqualTo(Verdict.DEVELOP);
        assertThat(review.answers().get("slip-risk").text()).isEqualTo(WholeReviewScript.SLIP_RISK);
        assertThat(SLACK.calls("chat.update")).as("the answered question, updated in place")
                .anySatisfy(call -> assertThat(call).containsEntry("channel", "D_RIA").containsEntry("ts", SlackChat.POSTED_TS)
                        .hasEntrySatisfying("text", text -> assertThat(text).contains("2/13", "✓ Allocated, not approved")));
        String summaryBlocks = SLACK.calls("chat.postMessage").stream()
                .filter(c -> "D_RIA".equals(SlackFake.dm(c.get("channel"))) && c.getOrDefault("text", "").contains("Verdict"))
                .map(c -> JsonMapper.builder().build().readTree(c.get("blocks")).toString()).findFirst().orElseThrow();
        assertThat(summaryBlocks).contains("CFO budget freeze in December &lt;!channel&gt; &amp; &lt;@U0BOT&gt;")
                .doesNotContain("<!channel>", "<@U0BOT>");
    }

    @Test
    void aDirectorsForecastRollupIsATableInBlockKit() {
        chat.as("dana").command("forecast", "").expectReply("forecast: your team", "Mo C.", "Sam K.", "Lena V.", "Total",
                "[Drill into Mo]");

        String blocks = SLACK.calls("chat.postMessage").stream()
                .filter(c -> "D_DANA".equals(SlackFake.dm(c.get("channel"))) && c.getOrDefault("text", "").contains("forecast: your team"))
                .map(c -> c.get("blocks")).reduce((first, last) -> last).orElseThrow();
        assertThat(blocks).contains("```", "Commit", "Best case", "Coverage", "Mo C.");
    }

    @Test
    void aDealIsPickedFromTheMenuWhenThereAreManyToChooseFrom() {
        chat.as("jo").command("review", "").expectReply("Which deal?", "[Soylent Foods - Expansion ($56k, Evaluation)]")
                .clicks("Soylent Foods - Expansion ($56k, Evaluation)")
                .expectReply("Soylent Foods - Expansion", "1/12 Who signs off on the budget")
                .says("cancel").expectReply("Stopped the review of Soylent Foods - Expansion. Nothing was saved.");
    }

    @Test
    void aSlashCommandTypedInAConversationWithAColleagueIsAnsweredInTheBotsDm() {
        chat.slashCommand("U_SAM", "D_SAM_WITH_LEE", "coach", "settings");

        awaitPost("D_SAM", 0, "Your settings", "Name: Sam Kowalski");
        assertThat(SLACK.postedTexts("D_SAM_WITH_LEE")).isEmpty();
    }

    @Test
    void badStaleOrFutureSignaturesGet401AndChangeNothing() throws Exception {
        String body = SlackRequests.fixture("slash-command.txt", Map.of("user", "U_OMAR", "channel", "D_OMAR",
                "command", "review", "text", "kerr", "trigger", SlackChat.id("1.")));
        long now = slack.now();

        assertThat(slack.send("application/x-www-form-urlencoded", body, now, "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(slack.send("application/x-www-form-urlencoded", body, now - 600, SlackRequests.SECRET).statusCode()).isEqualTo(401);
        assertThat(slack.send("application/x-www-form-urlencoded", body, now + 600, SlackRequests.SECRET).statusCode()).isEqualTo(401);

        assertThat(SLACK.postedTexts("D_OMAR")).isEmpty();
        assertThat(SLACK.calls("users.info")).noneMatch(call -> "U_OMAR".equals(call.get("user")));
        assertThat(stores.conversations().find(new ConversationKey("omar", "dm"))).isEmpty();
        assertThat(HttpGet.get(port, "/actuator/prometheus").body())
                .contains("dealcoach_inbound_total{kind=\"command\",outcome=\"unauthenticated\",platform=\"slack\"} 3.0");
    }

    @Test
    void signaturesFourMinutesOffEitherWayAreStillAccepted() {
        String body = SlackRequests.fixture("url-verification.json", Map.of());

        for (long offset : new long[] {-240, 240}) {
            HttpResponse<String> response = slack.send("application/json", body, slack.now() + offset, SlackRequests.SECRET);
            assertThat(response.statusCode()).as("signed %d s from now", offset).isEqualTo(200);
            assertThat(response.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
        }
    }

    @Test
    void aRetriedEventGetsExactlyOneReply() {
        String eventId = SlackChat.id("Ev");
        assertThat(chat.directMessage("U_ANA", "D_ANA", "review umbrella", eventId).statusCode()).isEqualTo(200);
        assertThat(chat.directMessage("U_ANA", "D_ANA", "review umbrella", eventId,
                "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout").statusCode()).isEqualTo(200);

        awaitPost("D_ANA", 0, "Umbrella Health - Data Suite");
        awaitPost("D_ANA", 0, "1/13");
        await().during(Duration.ofSeconds(2)).atMost(WAIT)
                .untilAsserted(() -> assertThat(SLACK.postedTexts("D_ANA")).hasSize(2));
    }

    @Test
    void aRateLimitedPostIsRetriedAfterRetryAfterAndSentOnce() {
        SLACK.rateLimitNextPostTo("lee");

        chat.directMessage("U_LEE", "D_LEE", "settings", SlackChat.id("Ev"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.postedTexts("D_LEE")).hasSize(2));
        List<String> attempts = SLACK.postedTexts("D_LEE");
        assertThat(attempts.get(0)).isEqualTo(attempts.get(1)).contains("Name: Lee Okafor");
        await().during(Duration.ofSeconds(1)).atMost(WAIT).untilAsserted(() -> assertThat(SLACK.postedTexts("D_LEE")).hasSize(2));
    }

    @Test
    void someoneOutsideTheOrgIsToldPolitelyAndNothingIsKept() {
        chat.slashCommand("U_STRANGER", "C_SALES", "review", "globex");

        await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.calls("chat.postEphemeral"))
                .anySatisfy(call -> assertThat(call).containsEntry("user", "U_STRANGER").containsEntry("channel", "C_SALES")
                        .containsEntry("text", Coach.NOT_IN_ORG)));
        assertThat(SLACK.calls("chat.postMessage")).noneMatch(call -> call.getOrDefault("text", "").contains("1/13")
                && "C_SALES".equals(call.get("channel")));
    }

    @Test
    void theAppHomeListsTheRepsDealsWithReviewButtons() {
        slack.event(SlackRequests.fixture("event-app-home-opened.json", Map.of("user", "U_JO", "channel", "D_JO", "event", SlackChat.id("Ev"))));

        await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.calls("views.publish"))
                .anySatisfy(call -> {
                    assertThat(call).containsEntry("user_id", "U_JO");
                    assertThat(call.get("view")).contains("\"type\":\"home\"", "Your deals closing in", "run#0");
                }));
    }

    @Test
    void aMentionInAChannelIsAnsweredInItsThread() {
        slack.event(SlackRequests.fixture("event-app-mention.json", Map.of("user", "U_MO", "channel", "C_SALES",
                "text", SlackRequests.json("<@U0BOT> review umbrella"), "ts", "1700000500.000100", "event", SlackChat.id("Ev"))));

        await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.calls("chat.postMessage"))
                .anySatisfy(call -> assertThat(call).containsEntry("channel", "C_SALES").containsEntry("thread_ts", "1700000500.000100")
                        .satisfies(c -> assertThat(c.get("text")).contains("Umbrella Health - Data Suite", "Owned by Ana Ruiz."))));
        assertThat(stores.conversations().find(new ConversationKey("mo", "thread:slack:C_SALES:1700000500.000100"))).isPresent();
    }

    @Test
    void aReviewCanBeAnsweredInAModal() {
        chat.as("dana").command("review", "D-1002").expectReply("Kerr Optics - Workflow", "1/12 Who signs off on the budget")
                .clicks("Answer all in one form");
        await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.calls("views.open"))
                .anySatisfy(call -> assertThat(call.get("view")).contains("\"block_id\":\"economic-buyer\"", "\"title\"")));
        String callbackId = JsonMapper.builder().build().readTree(SLACK.calls("views.open").stream()
                .filter(call -> call.get("view").contains("economic-buyer")).reduce((a, b) -> b).orElseThrow().get("view"))
                .path("callback_id").asString();

        String values = """
                {"economic-buyer": {"value": {"type": "plain_text_input", "value": "Kim Lee, COO, met yesterday"}},
                 "budget": {"value": {"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": "Approved"}, "value": "approved"}}},
                 "pain": {"value": {"type": "plain_text_input", "value": "Scrap rate of 4% costs $80k a month"}},
                 "metrics": {"value": {"type": "plain_text_input", "value": "Scrap under 1%"}},
                 "champion": {"value": {"type": "plain_text_input", "value": "Lars, plant lead, met Friday"}},
                 "decision-criteria": {"value": {"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": "Known"}, "value": "known"}}},
                 "decision-process": {"value": {"type": "plain_text_input", "value": "COO decides"}},
                 "paper-process": {"value": {"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": "Not started"}, "value": "not-started"}}},
                 "competition": {"value": {"type": "plain_text_input", "value": "Status quo"}},
                 "competitive-position": {"value": {"type": "static_select", "selected_option": {"text": {"type": "plain_text", "text": "Level"}, "value": "level"}}},
                 "compelling-event": {"value": {"type": "plain_text_input", "value": "Audit in March"}},
                 "slip-risk": {"value": {"type": "plain_text_input", "value": "Budget review"}}}""";
        chat.submitsModal(callbackId, values).expectReply("Verdict:", "Kerr Optics - Workflow");
        assertThat(stores.reviews().latest("D-1002").orElseThrow().answers().get("pain").text()).isEqualTo("Scrap rate of 4% costs $80k a month");
    }
}
