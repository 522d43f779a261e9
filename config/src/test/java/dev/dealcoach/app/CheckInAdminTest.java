package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The scheduled check-ins on the embedded default: Quartz's minute trigger, and the admin endpoint that runs a kind now. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealcoach.scheduler.admin-token=s3cret-admin", "dealcoach.scheduler.enabled=true"})
class CheckInAdminTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    Scheduler scheduler;

    private HttpResponse<String> run(String query, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/check-ins/run?" + query))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void quartzRunsTheCheckInsEveryMinute() throws Exception {
        assertThat(scheduler.isStarted()).isTrue();
        assertThat(scheduler.getTrigger(TriggerKey.triggerKey("check-ins-every-minute"))).isNotNull()
                .satisfies(trigger -> assertThat(trigger.getNextFireTime()).isNotNull());
    }

    @Test
    void readinessIncludesTheRunningScheduler() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).get("components").get("scheduler").get("status").asString()).isEqualTo("UP");

        scheduler.standby();
        try {
            HttpResponse<String> paused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(paused.statusCode()).as("no check-in would go out from here").isEqualTo(503);
        } finally {
            scheduler.start();
        }
    }

    @Test
    void withoutTheTokenOrWithAWrongOneItAnswers401AndRunsNothing() throws Exception {
        HttpResponse<String> none = run("kind=daily-activity&at=2026-11-17T16:30:00Z", null);
        HttpResponse<String> wrong = run("kind=daily-activity&at=2026-11-17T16:30:00Z", "Bearer s3cret-admin-not");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("queued");
        JsonNode first = JSON.readTree(run("kind=daily-activity&at=2026-11-17T16:30:00Z&person=tariq", "Bearer s3cret-admin").body());
        assertThat(first.get("queued")).as("the refused requests queued nothing").hasSize(1);
    }

    @Test
    void aKindRunsAsTheSchedulerWouldAtAnInstantAndASecondRunSendsNothing() throws Exception {
        HttpResponse<String> response = run("kind=daily-activity&at=2026-11-24T16:30:00Z", "Bearer s3cret-admin");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = JSON.readTree(response.body());
        assertThat(report.get("at").asString()).isEqualTo("2026-11-24T16:30:00Z");
        assertThat(report.get("queued").valueStream().map(e -> e.get("person").asString()).toList()).contains("ria");
        assertThat(report.get("queued").get(0).get("date").asString()).isEqualTo("2026-11-24");

        JsonNode again = JSON.readTree(run("kind=daily-activity&at=2026-11-24T16:31:00Z", "Bearer s3cret-admin").body());
        assertThat(again.get("queued")).isEmpty();
        assertThat(again.get("skipped").valueStream().filter(e -> e.get("person").asString().equals("ria"))
                .map(e -> e.get("reason").asString()).toList()).containsExactly("already sent");
    }

    @Test
    void aBadKindOrInstantIsA400NamingWhatIsExpected() throws Exception {
        HttpResponse<String> kind = run("kind=hourly", "Bearer s3cret-admin");
        HttpResponse<String> at = run("kind=daily-activity&at=yesterday", "Bearer s3cret-admin");

        assertThat(kind.statusCode()).isEqualTo(400);
        assertThat(kind.body()).contains("daily-activity", "weekly-forecast", "manager-digest");
        assertThat(at.statusCode()).isEqualTo(400);
        assertThat(at.body()).contains("ISO-8601");
    }

    @Test
    void riskEvaluationAnswersTheDealsEvaluatedTheirLevelsAndTheAlertsSentOnce() throws Exception {
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/admin/risk/evaluate")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);

        JsonNode first = JSON.readTree(evaluate().body());
        assertThat(first.get("evaluated").asInt()).isBetween(40, 90);
        assertThat(first.get("levels").get("likely-to-slip").asInt() + first.get("levels").get("at-risk").asInt()).isPositive();
        assertThat(first.get("alerts")).isNotEmpty();
        assertThat(first.get("alerts").get(0).get("to").asString()).isIn("mo", "sam", "lena", "dana");

        assertThat(JSON.readTree(evaluate().body()).get("alerts")).as("the same states again: nothing").isEmpty();
    }

    private HttpResponse<String> evaluate() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/risk/evaluate"))
                .POST(HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer s3cret-admin").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
