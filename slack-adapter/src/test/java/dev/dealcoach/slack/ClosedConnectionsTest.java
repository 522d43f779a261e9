package dev.dealcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.net.ClosingHttpServer;
import dev.dealcoach.core.pipeline.RunningCore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DealCoach against a Slack Web API (or a proxy in front of it) that closes every connection right
 * after answering, without saying so: the app starts (Bolt calls {@code auth.test} twice) and twenty
 * DMs in a row each get exactly one reply.
 */
class ClosedConnectionsTest {

    private static final String SECRET = "closed-connections-test-secret";

    private final ClosingHttpServer slack;
    private final RunningCore core;
    private final SlackAdapter adapter;

    ClosedConnectionsTest() throws Exception {
        slack = new ClosingHttpServer(requestLine -> requestLine.contains("auth.test")
                ? "{\"ok\": true, \"team_id\": \"T0001\", \"user_id\": \"U0BOT\", \"bot_id\": \"B0BOT\"}"
                : requestLine.contains("users.info")
                ? "{\"ok\": true, \"user\": {\"id\": \"U_RIA\", \"profile\": {\"email\": \"ria@example.com\"}}}"
                : "{\"ok\": true, \"channel\": \"D_RIA\", \"ts\": \"1700000001.000100\"}");
        Clock clock = Clock.systemUTC();
        InMemoryStores stores = new InMemoryStores(clock);
        new DataImport(stores).importDemo(MutableClock.at("2026-11-23T10:00:00Z"));
        core = new RunningCore(stores, clock);
        adapter = new SlackAdapter(new SlackSettings("xoxb-0000000001-closed-connections", SECRET, null, slack.baseUrl() + "/api/"),
                core.pipeline(), stores.org(), stores.addresses(), clock);
        core.deliverThrough("closed-connections", List.of(adapter.messenger()));
    }

    @AfterEach
    void stop() throws Exception {
        adapter.close();
        core.close();
        slack.close();
    }

    private SlackHttpResponse directMessage(int n) {
        String body = SlackFixtures.fixture("event-message-im.json", Map.of("user", "U_RIA", "channel", "D_RIA",
                "text", SlackFixtures.json("settings"), "ts", "1700000100.0001" + n, "event", "EvCLOSED" + n));
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String signature = "v0=" + new SlackRequestVerifier(SECRET, Clock.systemUTC()).sign(timestamp, body.getBytes(StandardCharsets.UTF_8));
        return adapter.handle(new SlackHttpRequest(body.getBytes(StandardCharsets.UTF_8), Map.of(
                "content-type", List.of("application/json"), "x-slack-request-timestamp", List.of(timestamp),
                "x-slack-signature", List.of(signature)), "127.0.0.1"));
    }

    private long posts() {
        return slack.requests().stream().filter(line -> line.contains("chat.postMessage")).count();
    }

    @Test
    void theAppStartsAndTwentyDirectMessagesInARowEachGetOneReply() throws Exception {
        adapter.start();

        for (int i = 0; i < 20; i++) {
            long before = posts();
            assertThat(directMessage(i).status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> posts() == before + 1);
        }

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(30)).until(() -> posts() == 20);
        assertThat(slack.requests()).filteredOn(line -> line.contains("auth.test")).hasSizeGreaterThanOrEqualTo(1);
    }
}
