package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an operator scrapes and probes: liveness and readiness for an orchestrator, and the Prometheus
 * text at /actuator/prometheus with DealCoach's own meters beside Spring Boot's request latencies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealcoach.scheduler.admin-token=metrics-admin")
class MetricsAndProbesTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> call(String method, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer metrics-admin");
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessAndReadinessAreProbesAnOrchestratorCanUse() throws Exception {
        HttpResponse<String> live = call("GET", "/actuator/health/liveness");
        HttpResponse<String> ready = call("GET", "/actuator/health/readiness");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"store\"", "\"crm\"", "\"readinessState\"");
    }

    @Test
    void prometheusShowsDeliveriesCheckInsAlertsAndTheOutboxBesideRequestLatencies() throws Exception {
        assertThat(call("POST", "/admin/check-ins/run?kind=daily-activity&at=2026-11-24T16:30:00Z&person=ria").statusCode())
                .isEqualTo(200);
        assertThat(call("POST", "/admin/risk/evaluate").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(call("GET", "/actuator/prometheus").body())
                .contains("dealcoach_deliveries_total{outcome=\"sent\",platform=\"playground\"}"));
        String metrics = call("GET", "/actuator/prometheus").body();
        assertThat(metrics).contains("dealcoach_checkins_total{kind=\"daily-activity\",result=\"queued\"} 1.0",
                "dealcoach_risk_alerts_total{delivery=\"alone\",level=\"at-risk\"}", "dealcoach_outbox_depth ",
                "dealcoach_crm_last_success_age_seconds NaN", "http_server_requests_seconds_bucket{",
                "uri=\"/admin/risk/evaluate\"", "dealcoach_outbox_oldest_age_seconds ",
                "dealcoach_delivery_latency_seconds_bucket{kind=\"checkin\",platform=\"playground\"");
    }
}
