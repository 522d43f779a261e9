package dev.dealcoach.app;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dealcoach.core.backend.TestRedis;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.XPendingParams;

/**
 * SIGTERM in the middle of a fan-out: the app process (a JVM of its own, as in production) stops
 * within its bound, every nudge it sent went out whole, and what it had not sent stays in the Redis
 * outbox, where the next instance sends it at once: each rep gets their nudge exactly once.
 */
class GracefulShutdownTest {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();
    private static final SlackFake SLACK = new SlackFake();
    private static final int REPS = 24;
    /** The outbox's consumer group (RedisOutbox). */
    private static final String GROUP = "delivery";

    @TempDir
    Path dir;

    @AfterAll
    static void stopSlack() {
        SLACK.stop();
    }

    @Test
    void stoppingMidFanOutLeavesTheRestToTheNextInstanceAndNoNudgeGoesTwiceOrHalf() throws Exception {
        // Slack answers each post after 150 ms, and the app posts 2 a second: the fan-out takes about 25 s.
        SLACK.stub(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(1).willReturn(okJson("""
                {"ok": true, "channel": "D_OPENED", "ts": "1700000001.000100"}""").withFixedDelay(150)));
        Path org = Files.writeString(dir.resolve("org.yml"), org());
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--dealcoach.org-file=" + org,
                "--dealcoach.redis.url=" + REDIS.url(), "--dealcoach.redis.key-prefix=" + REDIS.prefix(),
                "--dealcoach.slack.bot-token=xoxb-0000000001-shutdown-test", "--dealcoach.slack.signing-secret=" + SlackRequests.SECRET,
                "--dealcoach.slack.api-url=" + SLACK.apiUrl(), "--dealcoach.slack.send-rate=120",
                "--dealcoach.scheduler.enabled=false", "--dealcoach.scheduler.admin-token=shutdown-admin"));
        Path log = Path.of("target", "graceful-shutdown-first.log");
        Process first = startJvm(args, log);
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> ready(port));
            HttpResponse<String> run = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/admin/check-ins/run?kind=daily-activity&at=2026-11-24T16:30:00Z"))
                    .header("Authorization", "Bearer shutdown-admin").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(run.statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> posts().values().stream().mapToInt(Integer::intValue).sum() >= 7);

            first.destroy(); // SIGTERM

            assertThat(first.waitFor(40, TimeUnit.SECONDS)).as("stopped within its bound").isTrue();
        } finally {
            first.destroyForcibly();
        }
        Map<String, Integer> sentBeforeStop = posts();
        assertThat(sentBeforeStop.values()).as("every nudge that started went out whole").allMatch(count -> count == 2);
        assertThat(sentBeforeStop).hasSizeLessThan(REPS);
        try (RedisClient raw = REDIS.rawClient()) {
            assertThat(raw.xlen(REDIS.prefix() + "outbox")).as("the rest waits in the outbox").isEqualTo(REPS - sentBeforeStop.size());
            assertThat(raw.xpending(REDIS.prefix() + "outbox", GROUP, XPendingParams.xPendingParams().count(100)))
                    .as("handed back: claimed, but idle as if abandoned long ago").isNotEmpty()
                    .allSatisfy(entry -> assertThat(entry.getIdleTime()).isGreaterThan(Duration.ofDays(1).toMillis()));
        }
        assertThat(Files.readString(log)).contains("left in the outbox for another instance").doesNotContain("Exception");

        args.set(0, "--server.port=0");
        try (ConfigurableApplicationContext next = new SpringApplication(DealCoachApplication.class).run(args.toArray(String[]::new))) {
            await().atMost(Duration.ofSeconds(90)).until(() -> posts().size() == REPS && !posts().containsValue(1));
            Thread.sleep(1_500);
            assertThat(posts().values()).as("no nudge twice").allMatch(count -> count == 2);
        }
    }

    /** Posts so far per rep's DM (posted to their user id). */
    private static Map<String, Integer> posts() {
        return SLACK.calls("chat.postMessage").stream().map(call -> call.get("channel"))
                .filter(channel -> channel != null && channel.startsWith("U_R"))
                .collect(Collectors.toMap(Function.identity(), channel -> 1, Integer::sum));
    }

    private static boolean ready(int port) {
        try {
            return HttpGet.get(port, "/actuator/health/readiness").statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The app in a JVM of its own, on this test's class path, so that it can be sent SIGTERM. */
    private static Process startJvm(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DealCoachApplication.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String org() {
        StringBuilder yaml = new StringBuilder("""
                currency: USD
                people:
                  - {id: boss, name: Bo Ss, email: boss@example.com, role: manager, time-zone: Europe/London, quota: 1000000}
                """);
        IntStream.rangeClosed(1, REPS).forEach(i -> yaml.append(String.format(
                "  - {id: r%02d, name: Rep %02d, email: r%02d@example.com, role: rep, manager: boss, time-zone: Europe/London, "
                        + "quota: 500000, slack: U_R%02d}%n", i, i, i, i)));
        return yaml.toString();
    }
}
