package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.TestRedis;
import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.review.Verdict;
import dev.dealcoach.core.review.WholeReviewScript;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.quartz.Scheduler;
import org.quartz.impl.jdbcjobstore.JobStoreSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two app instances sharing PostgreSQL (Quartz's clustered JDBC job store, its tables made by
 * Spring Boot's Quartz schema initialisation) and Redis, both on one (fake) Slack: one trigger between
 * them, a check-in or a slip-risk evaluation run by both at once goes out once, and a review goes on
 * whichever instance each Slack request reaches.
 */
class ClusteredSchedulerTest {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "dealcoach_quartz_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<ConfigurableApplicationContext> INSTANCES = new ArrayList<>();
    private static final SlackFake SLACK = new SlackFake();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", null);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + DATABASE);
        }
        for (int i = 0; i < 2; i++) {
            INSTANCES.add(instance());
        }
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplication(DealCoachApplication.class).run("--server.port=0",
                "--dealcoach.redis.url=" + REDIS.url(), "--dealcoach.redis.key-prefix=" + REDIS.prefix(),
                "--dealcoach.scheduler.enabled=true", "--dealcoach.scheduler.clustered=true",
                "--dealcoach.scheduler.jdbc.url=" + POSTGRES + DATABASE, "--dealcoach.scheduler.jdbc.user=postgres",
                "--dealcoach.scheduler.admin-token=cluster-token", "--dealcoach.slack.bot-token=xoxb-0000000001-cluster-test",
                "--dealcoach.slack.signing-secret=" + SlackRequests.SECRET, "--dealcoach.slack.api-url=" + SLACK.apiUrl());
    }

    private static int port(int instance) {
        return ((WebServerApplicationContext) INSTANCES.get(instance)).getWebServer().getPort();
    }

    private static int count(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(POSTGRES + DATABASE, "postgres", null);
             Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @AfterAll
    static void stopAndDropTheDatabase() throws Exception {
        INSTANCES.forEach(ConfigurableApplicationContext::close);
        SLACK.stop();
        try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", null);
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    @Test
    void bothSchedulersAreOneClusterOnTheJdbcStoreWithOneTrigger() throws Exception {
        List<String> ids = new ArrayList<>();
        for (ConfigurableApplicationContext instance : INSTANCES) {
            Scheduler scheduler = instance.getBean(Scheduler.class);
            assertThat(scheduler.isStarted()).isTrue();
            assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
            assertThat(JobStoreSupport.class).isAssignableFrom(scheduler.getMetaData().getJobStoreClass());
            ids.add(scheduler.getSchedulerInstanceId());
        }
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(count("SELECT count(*) FROM qrtz_triggers WHERE trigger_name = 'check-ins-every-minute'"))
                .as("one trigger for the cluster").isEqualTo(1);
    }

    @Test
    void anInstanceStartingBesideRunningOnesKeepsTheirTablesAndState() throws Exception {
        await().atMost(java.time.Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM qrtz_scheduler_state") == 2);

        try (ConfigurableApplicationContext third = instance()) {
            assertThat(third.getBean(Scheduler.class).getMetaData().isJobStoreClustered()).isTrue();
            // Right after it started, before the others check in again (every 15 s): their rows are still there.
            for (ConfigurableApplicationContext running : INSTANCES) {
                String id = running.getBean(Scheduler.class).getSchedulerInstanceId();
                assertThat(count("SELECT count(*) FROM qrtz_scheduler_state WHERE instance_name = '" + id + "'")).as(id).isEqualTo(1);
            }
            assertThat(count("SELECT count(*) FROM qrtz_triggers WHERE trigger_name = 'check-ins-every-minute'")).isEqualTo(1);
        }
    }

    @Test
    void aCheckInRunByBothInstancesAtOnceGoesOutOnce() throws Exception {
        List<CompletableFuture<JsonNode>> runs = new ArrayList<>();
        for (ConfigurableApplicationContext instance : INSTANCES) {
            int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
            runs.add(CompletableFuture.supplyAsync(() -> run(port, "kind=daily-activity&at=2026-11-10T16:30:00Z")));
        }
        List<String> queued = new ArrayList<>();
        for (CompletableFuture<JsonNode> run : runs) {
            run.join().get("queued").forEach(entry -> queued.add(entry.get("person").asString()));
        }

        assertThat(queued).as("London's 16:30 nudges, and Berlin's of an hour ago (in its window), each from one instance")
                .containsExactlyInAnyOrder("ria", "tariq", "felix", "nina");
    }

    @Test
    void aReviewGoesOnWhicheverInstanceEachSlackRequestReaches() {
        AtomicInteger requests = new AtomicInteger();
        int[] perInstance = new int[2];
        SlackChat chat = new SlackChat(SLACK, new SlackRequests(() -> {
            int instance = requests.getAndIncrement() % 2;
            perInstance[instance]++;
            return port(instance);
        }, java.time.Clock.systemUTC()));

        // The check-in test may have left Ria's daily log open in her DM.
        INSTANCES.get(0).getBean(Stores.class).conversations().delete(new ConversationKey("ria", "dm"));

        chat.as("ria").command("review", "Globex Freight ~")
                .expectReply("Globex Freight - Platform", "1/13 Who signs off on the budget");
        WholeReviewScript.answerTheDevelopReview(chat);

        assertThat(perInstance[0]).as("requests to the first instance").isGreaterThanOrEqualTo(5);
        assertThat(perInstance[1]).as("requests to the second instance").isGreaterThanOrEqualTo(5);
        DealReview review = INSTANCES.get(1).getBean(Stores.class).reviews().latest(WholeReviewScript.DEAL).orElseThrow();
        assertThat(review.reviewerId()).isEqualTo("ria");
        assertThat(review.outcome().verdict()).isEqualTo(Verdict.DEVELOP);
        assertThat(SLACK.postedTexts("D_RIA").stream().filter(text -> text.contains("Verdict"))).as("one summary").hasSize(1);
    }

    @Test
    void aSlipRiskEvaluationRunByBothInstancesAtOnceAlertsEachDealOnce() {
        // The deals sync each instance's Quartz job ran at start-up has alerted already: forget those alerts.
        Stores stores = INSTANCES.get(0).getBean(Stores.class);
        stores.deals().all().forEach(deal -> stores.risk().clear(deal.id()));
        List<CompletableFuture<JsonNode>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int port = port(i);
            runs.add(CompletableFuture.supplyAsync(() -> post(port, "/admin/risk/evaluate")));
        }
        List<String> alerted = new ArrayList<>();
        for (CompletableFuture<JsonNode> run : runs) {
            run.join().get("alerts").forEach(alert -> alerted.add(alert.get("deal").asString()));
        }

        assertThat(alerted).isNotEmpty().doesNotHaveDuplicates();
    }

    private static JsonNode post(int port, String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).POST(HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", "Bearer cluster-token").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode run(int port, String query) {
        return post(port, "/admin/check-ins/run?" + query);
    }
}
