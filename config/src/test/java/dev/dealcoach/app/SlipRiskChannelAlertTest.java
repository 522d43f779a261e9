package dev.dealcoach.app;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A slip-risk alert through the real adapters: the manager's alert channels from the org file, one on
 * Slack (chat.postMessage to the channel id, Block Kit buttons) and one on Teams (a new post in the
 * channel's own conversation, an Adaptive Card with the same actions), once.
 */
class SlipRiskChannelAlertTest {

    private static final SlackFake SLACK = new SlackFake();
    private static final TeamsFake TEAMS = new TeamsFake();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TEAMS_CHANNEL = "19:sales@thread.tacv2";

    @TempDir
    Path dir;

    @AfterAll
    static void stopFakes() {
        SLACK.stop();
        TEAMS.stop();
    }

    private static HttpResponse<String> evaluate(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/risk/evaluate"))
                .header("Authorization", "Bearer alert-token").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAlertGoesToTheManagersSlackAndTeamsChannelsWithItsButtonsOnEach() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        Path org = Files.writeString(dir.resolve("org.yml"), """
                people:
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: UTC, quota: 1000000,
                     alert-channel: {slack: C0ALERTS1, teams: "%s"}}
                  - {id: ria, name: Ria Patel, email: ria@example.com, role: rep, manager: mo, time-zone: UTC, quota: 500000}
                """.formatted(TEAMS_CHANNEL));
        Path deals = Files.writeString(dir.resolve("deals.csv"), "id,name,account,owner_email,amount,currency,stage,forecast_category,"
                + "close_date,next_step,last_activity_date,created_date\n"
                + "D-1,Globex - Platform,Globex,ria@example.com,240000,USD,Proof,Commit," + today.minusDays(3) + ",," + today + ","
                + today.minusDays(30) + "\n");
        SLACK.stub(post(urlPathEqualTo("/api/chat.postMessage")).withRequestBody(containing("channel=C0ALERTS1")).atPriority(1)
                .willReturn(okJson("""
                        {"ok": true, "channel": "C0ALERTS1", "ts": "1700000002.000200",
                         "message": {"type": "message", "bot_id": "B0BOT", "text": "ok", "ts": "1700000002.000200"}}""")));
        try (ConfigurableApplicationContext app = new SpringApplication(DealCoachApplication.class).run("--server.port=0",
                "--dealcoach.org-file=" + org, "--dealcoach.deals-file=" + deals, "--dealcoach.scheduler.admin-token=alert-token",
                "--dealcoach.slack.bot-token=xoxb-0000000001-alert-test", "--dealcoach.slack.signing-secret=" + SlackRequests.SECRET,
                "--dealcoach.slack.api-url=" + SLACK.apiUrl(), "--dealcoach.teams.allow-unauthenticated=true")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            // The bot hears of the Teams channel once (a mention in it); that is how it can post there later.
            TeamsChat teams = new TeamsChat(TEAMS, port);
            Map<String, String> mention = teams.values("mo");
            mention.put("text", "help");
            teams.post(TeamsFake.activity("channel-mention.json", mention));
            await().atMost(WAIT).until(() -> !TEAMS.postedTexts(TEAMS_CHANNEL + ";messageid=" + mention.get("id")).isEmpty());

            HttpResponse<String> response = evaluate(port);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("alerts").toString())
                    .isEqualTo("[{\"deal\":\"D-1\",\"level\":\"at-risk\",\"to\":\"mo\",\"folded\":false,\"held\":false}]");

            await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.calls("chat.postMessage"))
                    .filteredOn(call -> "C0ALERTS1".equals(call.get("channel"))).hasSize(1));
            Map<String, String> slack = SLACK.calls("chat.postMessage").stream().filter(call -> "C0ALERTS1".equals(call.get("channel")))
                    .findFirst().orElseThrow();
            assertThat(slack.get("text")).contains("At risk: Globex - Platform");
            JsonNode blocks = JSON.readTree(slack.get("blocks"));
            assertThat(blocks.toString()).contains("Close date", "has passed; the deal is still in Proof.", "No next step.",
                    "Ask Ria:");
            List<String> buttons = blocks.findValues("elements").stream().flatMap(e -> e.valueStream())
                    .filter(e -> "button".equals(e.path("type").asString())).map(e -> e.path("text").path("text").asString()
                            + "=" + e.path("value").asString()).toList();
            assertThat(buttons).containsExactly("Review with Ria=risk review D-1", "Snooze 7 days=risk snooze D-1",
                    "Not a risk=risk dismiss D-1");

            await().atMost(WAIT).untilAsserted(() -> assertThat(TEAMS.posted(TEAMS_CHANNEL)).hasSize(1));
            JsonNode activity = TEAMS.posted(TEAMS_CHANNEL).get(0);
            assertThat(activity.path("summary").asString()).contains("At risk: Globex - Platform");
            JsonNode card = activity.path("attachments").get(0).path("content");
            assertThat(card.toString()).contains("has passed; the deal is still in Proof.", "Ask Ria:");
            assertThat(card.findValues("title").stream().map(JsonNode::asString).toList())
                    .contains("Review with Ria", "Snooze 7 days", "Not a risk");

            assertThat(JSON.readTree(evaluate(port).body()).get("alerts")).as("the same state again: nothing").isEmpty();
            await().during(Duration.ofSeconds(1)).atMost(WAIT).untilAsserted(() -> {
                assertThat(SLACK.calls("chat.postMessage")).filteredOn(call -> "C0ALERTS1".equals(call.get("channel"))).hasSize(1);
                assertThat(TEAMS.posted(TEAMS_CHANNEL)).hasSize(1);
            });
        }
    }
}
