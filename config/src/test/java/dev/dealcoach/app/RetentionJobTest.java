package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.activity.ActivityLog;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.privacy.Pruned;
import dev.dealcoach.core.privacy.Retention;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Retention on the embedded default: the settings bound, Quartz's nightly trigger, and one pass dropping only what is too old. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"dealcoach.retention.history=400d",
        "dealcoach.scheduler.admin-token=retention-admin", "dealcoach.retention.conversations=2d",
        "dealcoach.retention.delivery-records=3d", "dealcoach.scheduler.enabled=true"})
class RetentionJobTest {

    @Autowired
    Stores stores;

    @Autowired
    Retention retention;

    @Autowired
    Scheduler scheduler;

    @Autowired
    DealCoachMetrics metrics;

    @Autowired
    MeterRegistry registry;

    @Autowired
    Clock clock;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void theSettingsAreBoundAndQuartzRunsRetentionNightly() throws Exception {
        assertThat(retention).isEqualTo(new Retention(Duration.ofDays(2), Duration.ofDays(3), Duration.ofDays(400)));
        assertThat(scheduler.getTrigger(TriggerKey.triggerKey("retention-nightly"))).isNotNull()
                .satisfies(trigger -> assertThat(trigger.getNextFireTime()).isNotNull());
    }

    @Test
    void aPassDropsActivityOlderThanTheHistoryKeptAndCountsIt() {
        LocalDate today = LocalDate.now(clock);
        stores.activity().add("tariq", today.minusDays(401), new ActivityLog(3, 0, 0, Money.of("0", "USD")));
        stores.activity().add("tariq", today.minusDays(399), new ActivityLog(1, 0, 0, Money.of("0", "USD")));

        Pruned pruned = new RetentionJob(stores, retention, metrics, clock).run();

        assertThat(pruned.activityDays()).isGreaterThanOrEqualTo(1);
        assertThat(stores.activity().between("tariq", today.minusDays(500), today, Currency.getInstance("USD")).keySet())
                .contains(today.minusDays(399)).doesNotContain(today.minusDays(401));
        assertThat(registry.get("dealcoach.retention.dropped").tag("kind", "activity_days").counter().count()).isGreaterThanOrEqualTo(1);
        assertThat(registry.get("dealcoach.retention.runs").tag("outcome", "done").counter().count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theAdminEndpointRunsAPassNowAndSaysWhatItDropped() throws Exception {
        LocalDate today = LocalDate.now(clock);
        stores.activity().add("nina", today.minusDays(450), new ActivityLog(2, 0, 0, Money.of("0", "USD")));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/admin/retention/run")).POST(java.net.http.HttpRequest.BodyPublishers.noBody());

        assertThat(client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        java.net.http.HttpResponse<String> run = client.send(request.header("Authorization", "Bearer retention-admin").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("\"activityDays\":");
        assertThat(stores.activity().between("nina", today.minusDays(500), today, Currency.getInstance("USD"))).doesNotContainKey(today.minusDays(450));
    }
}
