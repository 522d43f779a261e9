package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dealcoach.core.conversation.Coach;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Redis goes away in the middle of a review (SIGKILL) and comes back: meanwhile people are told the
 * store is unreachable (or Slack is asked to deliver again), health says DOWN, nothing is
 * half-written; afterwards the app recovers by itself and the review goes on at the question it was on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RedisOutageTest {

    private static final RedisProcess REDIS = start();
    private static final SlackFake SLACK = new SlackFake();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static RedisProcess start() {
        try {
            return new RedisProcess();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start redis-server (install it: apt-get install redis-server)", e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("dealcoach.redis.url", REDIS::url);
        registry.add("dealcoach.redis.timeout", () -> "500ms");
        registry.add("dealcoach.slack.bot-token", () -> "xoxb-0000000001-outage-test");
        registry.add("dealcoach.slack.signing-secret", () -> SlackRequests.SECRET);
        registry.add("dealcoach.slack.api-url", SLACK::apiUrl);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        REDIS.close();
        SLACK.stop();
    }

    @LocalServerPort
    int port;

    private HttpResponse<String> dm(SlackRequests slack, String text) {
        return slack.event(SlackRequests.fixture("event-message-im.json", Map.of("user", "U_RIA", "channel", "D_RIA",
                "text", SlackRequests.json(text), "ts", "1700000100.000100", "event", "Ev" + UUID.randomUUID().toString().substring(0, 8))));
    }

    private HttpResponse<String> slashCommand(SlackRequests slack, String text) {
        return slack.form(SlackRequests.fixture("slash-command.txt", Map.of("user", "U_RIA", "channel", "D_RIA",
                "command", "review", "text", SlackRequests.formValue(text), "trigger", "1334." + UUID.randomUUID())));
    }

    private int health() {
        try {
            return HttpGet.get(port, "/actuator/health").statusCode();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitPost(int seen, String fragment) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(SLACK.postedTexts("D_RIA").stream().skip(seen))
                .anySatisfy(text -> assertThat(text).contains(fragment)));
    }

    @Test
    void aReviewGoesOnAtItsQuestionAfterRedisWasKilledAndCameBack() throws Exception {
        SlackRequests slack = new SlackRequests(port);
        dm(slack, "review globex");
        awaitPost(0, "1/13");
        dm(slack, "Dana Whitfield, CFO, met her last Tuesday");
        awaitPost(0, "2/13");
        int before = SLACK.postedTexts("D_RIA").size();

        REDIS.kill();

        HttpResponse<String> command = slashCommand(slack, "globex");
        assertThat(command.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(command.body()).path("text").asString()).isEqualTo(Coach.STORE_UNREACHABLE);
        assertThat(command.body()).doesNotContain("Exception", "dev.dealcoach", "redis.clients");
        assertThat(dm(slack, "Allocated, not approved").statusCode()).as("Slack is asked to deliver it again").isGreaterThanOrEqualTo(500);
        assertThat(health()).isEqualTo(503);

        REDIS.start();

        await().atMost(WAIT).until(() -> health() == 200);
        dm(slack, "Allocated, not approved");
        awaitPost(before, "3/13");
        assertThat(SLACK.postedTexts("D_RIA").stream().skip(before)).noneMatch(text -> text.contains("1/13"));
    }
}
