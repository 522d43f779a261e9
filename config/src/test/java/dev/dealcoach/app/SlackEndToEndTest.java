package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dealcoach.core.conversation.Coach;
import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.review.Verdict;
import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.backend.Stores;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
    private static final Duration WAIT = Duration.ofSeconds(15);

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

    @BeforeEach
    void client() {
        slack = new SlackRequests(port);
    }

    private static String id(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private HttpResponse<String> slashCommand(String user, String channel, String command, String text) {
        return slack.form(SlackRequests.fixture("slash-command.txt", Map.of("user", user, "channel", channel,
                "command", command, "text", SlackRequests.formValue(text), "trigger", id("13345224609."))));
    }

    private HttpResponse<String> directMessage(String user, String channel, String text, String eventId, String... headers) {
        return slack.event(SlackRequests.fixture("event-message-im.json", Map.of("user", user, "channel", channel,
                "text", SlackRequests.json(text), "ts", "1700000100.000100", "event", eventId)), headers);
    }

    /** Presses the newest button with that label that the bot posted to the channel, as Slack would send it. */
    private HttpResponse<String> click(String user, String channel, String label) {
        Map.Entry<String, String> button = SLACK.button(channel, label);
        return slack.interaction(SlackRequests.fixture("block-actions.json", Map.of("user", user, "channel", channel,
                "message_ts", "1700000001.000100", "trigger", id("12321423423."), "action_id", button.getKey(),
                "value", SlackRequests.json(button.getValue()))));
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
    void aWholeDealReviewDrivenFromSlack() {
        String dm = "D_RIA";
        assertThat(slashCommand("U_RIA", dm, "review", "Globex Freight ~").statusCode()).isEqualTo(200);
        awaitPost(dm, 0, "Globex Freight - Platform", "Answer all in one form");
        int seen = awaitPost(dm, 0, "1/13 Who signs off on the budget");

        directMessage("U_RIA", dm, "Dana Whitfield, CFO, met her last Tuesday", id("Ev"));
        seen = awaitPost(dm, seen, "2/13 Is the budget approved");
        click("U_RIA", dm, "Allocated, not approved");
        seen = awaitPost(dm, seen, "3/13");
        await().atMost(WAIT).until(() -> !SLACK.calls("chat.update").isEmpty());
        assertThat(SLACK.calls("chat.update").get(0)).containsEntry("channel", dm).containsEntry("ts", "1700000001.000100");

        List<String> typed = List.of("Onboarding takes 6 weeks; they lose 3 renewals a quarter", "Cut onboarding to 2 weeks",
                "no one yet");
        for (String answer : typed) {
            directMessage("U_RIA", dm, answer, id("Ev"));
            seen = awaitPost(dm, seen, (typed.indexOf(answer) + 4) + "/13");
        }
        click("U_RIA", dm, "Known, not written down");
        seen = awaitPost(dm, seen, "7/13");
        directMessage("U_RIA", dm, "IT review, then CFO sign-off", id("Ev"));
        seen = awaitPost(dm, seen, "8/13");
        click("U_RIA", dm, "Not started");
        seen = awaitPost(dm, seen, "9/13");
        directMessage("U_RIA", dm, "Acme Analytics", id("Ev"));
        seen = awaitPost(dm, seen, "10/13");
        click("U_RIA", dm, "Level");
        seen = awaitPost(dm, seen, "11/13");
        directMessage("U_RIA", dm, "Old contract ends Jan 31", id("Ev"));
        seen = awaitPost(dm, seen, "12/13");
        directMessage("U_RIA", dm, "CFO budget freeze <!channel> & <@U0BOT>", id("Ev"));
        seen = awaitPost(dm, seen, "13/13");
        click("U_RIA", dm, "Yes");
        awaitPost(dm, seen, "Verdict: DEVELOP", "Champion: ○○", "1. Legal and procurement engaged");

        DealReview review = stores.reviews().latest("D-1028").orElseThrow();
        assertThat(review.reviewerId()).isEqualTo("ria");
        assertThat(review.outcome().verdict()).isEqualTo(Verdict.DEVELOP);
        String summaryBlocks = SLACK.calls("chat.postMessage").stream()
                .filter(c -> dm.equals(SlackFake.dm(c.get("channel"))) && c.getOrDefault("text", "").contains("Verdict"))
                .map(c -> JsonMapper.builder().build().readTree(c.get("blocks")).toString()).findFirst().orElseThrow();
        assertThat(summaryBlocks).contains("CFO budget freeze &lt;!channel&gt; &amp; &lt;@U0BOT&gt;").doesNotContain("<!channel>");
    }

    @Test
    void aSlashCommandTypedInAConversationWithAColleagueIsAnsweredInTheBotsDm() {
        slashCommand("U_SAM", "D_SAM_WITH_LEE", "coach", "settings");

        awaitPost("D_SAM", 0, "Your settings", "Name: Sam Kowalski");
        assertThat(SLACK.postedTexts("D_SAM_WITH_LEE")).isEmpty();
    }

    @Test
    void badStaleOrFutureSignaturesGet401AndChangeNothing() {
        String body = SlackRequests.fixture("slash-command.txt", Map.of("user", "U_OMAR", "channel", "D_OMAR",
                "command", "review", "text", "kerr", "trigger", id("1.")));
        long now = Instant.now().getEpochSecond();

        assertThat(slack.send("application/x-www-form-urlencoded", body, now, "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(slack.send("application/x-www-form-urlencoded", body, now - 301, SlackRequests.SECRET).statusCode()).isEqualTo(401);
        assertThat(slack.send("application/x-www-form-urlencoded", body, now + 301, SlackRequests.SECRET).statusCode()).isEqualTo(401);

        assertThat(SLACK.postedTexts("D_OMAR")).isEmpty();
        assertThat(SLACK.calls("users.info")).noneMatch(call -> "U_OMAR".equals(call.get("user")));
        assertThat(stores.conversations().find(new ConversationKey("omar", "dm"))).isEmpty();
    }

    @Test
    void aRetriedEventGetsExactlyOneReply() {
        String eventId = id("Ev");
        assertThat(directMessage("U_ANA", "D_ANA", "review umbrella", eventId).statusCode()).isEqualTo(200);
        assertThat(directMessage("U_ANA", "D_ANA", "review umbrella", eventId,
                "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout").statusCode()).isEqualTo(200);

        awaitPost("D_ANA", 0, "Umbrella Health - Data Suite");
        awaitPost("D_ANA", 0, "1/13");
        await().during(Duration.ofSeconds(2)).atMost(WAIT)
                .untilAsserted(() -> assertThat(SLACK.postedTexts("D_ANA")).hasSize(2));
    }

    @Test
    void aRateLimitedPostIsRetriedAfterRetryAfterAndSentOnce() {
        SLACK.rateLimitNextPost();

        directMessage("U_LEE", "D_LEE", "settings", id("Ev"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.postedTexts("D_LEE")).hasSize(2));
        List<String> attempts = SLACK.postedTexts("D_LEE");
        assertThat(attempts.get(0)).isEqualTo(attempts.get(1)).contains("Name: Lee Okafor");
        await().during(Duration.ofSeconds(1)).atMost(WAIT).untilAsserted(() -> assertThat(SLACK.postedTexts("D_LEE")).hasSize(2));
    }

    @Test
    void someoneOutsideTheOrgIsToldPolitelyAndNothingIsKept() {
        slashCommand("U_STRANGER", "C_SALES", "review", "globex");

        await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.calls("chat.postEphemeral"))
                .anySatisfy(call -> assertThat(call).containsEntry("user", "U_STRANGER").containsEntry("channel", "C_SALES")
                        .containsEntry("text", Coach.NOT_IN_ORG)));
        assertThat(SLACK.calls("chat.postMessage")).noneMatch(call -> call.getOrDefault("text", "").contains("1/13")
                && "C_SALES".equals(call.get("channel")));
    }

    @Test
    void theAppHomeListsTheRepsDealsWithReviewButtons() {
        slack.event(SlackRequests.fixture("event-app-home-opened.json", Map.of("user", "U_JO", "channel", "D_JO", "event", id("Ev"))));

        await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.calls("views.publish"))
                .anySatisfy(call -> {
                    assertThat(call).containsEntry("user_id", "U_JO");
                    assertThat(call.get("view")).contains("\"type\":\"home\"", "Your deals closing in", "run#0");
                }));
    }

    @Test
    void aMentionInAChannelIsAnsweredInItsThread() {
        slack.event(SlackRequests.fixture("event-app-mention.json", Map.of("user", "U_MO", "channel", "C_SALES",
                "text", SlackRequests.json("<@U0BOT> review umbrella"), "ts", "1700000500.000100", "event", id("Ev"))));

        await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.calls("chat.postMessage"))
                .anySatisfy(call -> assertThat(call).containsEntry("channel", "C_SALES").containsEntry("thread_ts", "1700000500.000100")
                        .satisfies(c -> assertThat(c.get("text")).contains("Umbrella Health - Data Suite", "Owned by Ana Ruiz."))));
        assertThat(stores.conversations().find(new ConversationKey("mo", "thread:slack:C_SALES:1700000500.000100"))).isPresent();
    }

    @Test
    void aReviewCanBeAnsweredInAModal() {
        slashCommand("U_DANA", "D_DANA", "review", "D-1002");
        awaitPost("D_DANA", 0, "Kerr Optics - Workflow");
        int seen = awaitPost("D_DANA", 0, "1/");

        click("U_DANA", "D_DANA", "Answer all in one form");
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
        HttpResponse<String> submitted = slack.interaction(SlackRequests.fixture("view-submission.json", Map.of("user", "U_DANA",
                "trigger", id("1."), "view_id", id("V"), "callback", callbackId, "values", values)));

        assertThat(submitted.statusCode()).isEqualTo(200);
        awaitPost("D_DANA", seen, "Verdict:", "Kerr Optics - Workflow");
        assertThat(stores.reviews().latest("D-1002").orElseThrow().answers().get("pain").text()).isEqualTo("Scrap rate of 4% costs $80k a month");
    }
}
