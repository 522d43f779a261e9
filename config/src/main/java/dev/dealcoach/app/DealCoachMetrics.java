package dev.dealcoach.app;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.crm.CrmStatus;
import dev.dealcoach.core.crm.CrmSync;
import dev.dealcoach.core.pipeline.DeliveryOutcome;
import dev.dealcoach.core.pipeline.DeliveryWorkers;
import dev.dealcoach.core.risk.RiskAlerts;
import dev.dealcoach.core.schedule.CheckIns;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * DealCoach's own meters, beside Spring Boot's (HTTP requests, with their latency histograms, JVM):
 * messages and CRM writes delivered by platform and outcome, platforms asking to wait, the outbox's
 * depth, check-ins queued and skipped, slip-risk alerts, CRM syncs and the age of the last good one.
 */
final class DealCoachMetrics implements DeliveryWorkers.Listener {

    private final MeterRegistry registry;

    DealCoachMetrics(MeterRegistry registry, Stores stores, Clock clock) {
        this.registry = registry;
        Gauge.builder("dealcoach.outbox.depth", stores, DealCoachMetrics::pendingOrNaN)
                .description("Messages (and CRM writes) queued in the outbox, not yet delivered").register(registry);
        Gauge.builder("dealcoach.crm.last.success.age", stores, s -> ageSeconds(s, clock)).baseUnit("seconds")
                .description("Seconds since the last sync with the deal source that worked (NaN before one)").register(registry);
    }

    @Override
    public void completed(DeliveryOutcome outcome) {
        Counter.builder("dealcoach.deliveries").description("Envelopes delivered, by platform (crm for CRM writes) and outcome")
                .tag("platform", outcome.platform() == null ? (outcome.key().contains(":crm:") ? "crm" : "none") : outcome.platform().id())
                .tag("outcome", outcome.status().name().toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    @Override
    public void retried(Platform platform, boolean rateLimited) {
        Counter.builder("dealcoach.delivery.retries").description("Times a platform asked a delivery to wait; rate_limited for its 429s")
                .tag("platform", platform.id()).tag("rate_limited", String.valueOf(rateLimited)).register(registry).increment();
    }

    void checkIns(CheckIns.Report report) {
        report.queued().forEach(outcome -> checkIn(outcome.kind(), "queued"));
        report.skipped().forEach(outcome -> checkIn(outcome.kind(), "skipped"));
    }

    private void checkIn(String kind, String result) {
        Counter.builder("dealcoach.checkins").description("Check-ins queued, or due and skipped (away, a holiday, quiet hours)")
                .tag("kind", kind).tag("result", result).register(registry).increment();
    }

    void risk(RiskAlerts.Report report) {
        for (RiskAlerts.Alert alert : report.alerts()) {
            String delivery = alert.held() ? "held" : alert.folded() ? "folded" : "alone";
            Counter.builder("dealcoach.risk.alerts").description("Slip-risk alerts due, by level and how they went out")
                    .tag("level", alert.level().name().toLowerCase(Locale.ROOT).replace('_', '-')).tag("delivery", delivery)
                    .register(registry).increment();
        }
    }

    void sync(CrmSync.Result result, Duration took) {
        String outcome = !result.ran() ? "skipped" : result.error().isPresent() ? "failed" : "succeeded";
        Timer.builder("dealcoach.crm.sync").description("Syncs with the deal source, by source and outcome")
                .tag("source", result.source()).tag("outcome", outcome).register(registry).record(took);
    }

    private static double pendingOrNaN(Stores stores) {
        try {
            return stores.outbox().pending();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static double ageSeconds(Stores stores, Clock clock) {
        try {
            CrmStatus status = stores.crmStatus().load();
            return status.lastSuccess() == null ? Double.NaN : Duration.between(status.lastSuccess(), clock.instant()).toSeconds();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
