package dev.dealcoach.app;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.crm.CrmStatus;
import dev.dealcoach.core.crm.CrmSync;
import dev.dealcoach.core.pipeline.DeliveryOutcome;
import dev.dealcoach.core.pipeline.DeliveryWorkers;
import dev.dealcoach.core.pipeline.Envelope;
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
    /** Found once per port, method and outcome: store calls are the hottest path measured. */
    private final java.util.Map<String, Timer> storeTimers = new java.util.concurrent.ConcurrentHashMap<>();

    DealCoachMetrics(MeterRegistry registry, Stores stores, Clock clock) {
        this.registry = registry;
        Gauge.builder("dealcoach.outbox.depth", stores, DealCoachMetrics::pendingOrNaN)
                .description("Messages (and CRM writes) queued in the outbox, not yet delivered").register(registry);
        Gauge.builder("dealcoach.outbox.oldest.age", stores, s -> oldestAgeSeconds(s, clock)).baseUnit("seconds")
                .description("Seconds the oldest message not yet delivered has waited (0 when none waits)").register(registry);
        stores.observedBy(this::storeCall);
        Gauge.builder("dealcoach.crm.last.success.age", stores, s -> ageSeconds(s, clock)).baseUnit("seconds")
                .description("Seconds since the last sync with the deal source that worked (NaN before one)").register(registry);
    }

    private static double oldestAgeSeconds(Stores stores, Clock clock) {
        try {
            return stores.outbox().oldestQueuedAt().map(at -> Duration.between(at, clock.instant()).toMillis() / 1000.0).orElse(0.0);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** Each store call by port and method: Redis round trips as the core sees them. */
    private void storeCall(String port, String method, Duration took, boolean failed) {
        storeTimers.computeIfAbsent(port + "." + method + "." + failed, key -> Timer.builder("dealcoach.store.calls")
                .description("Calls to the store (Redis), by port and method, and whether they failed")
                .tag("port", port).tag("method", method).tag("failed", String.valueOf(failed)).register(registry)).record(took);
        // A manager's review, snooze or "not a risk" on an alerted deal is recorded there, and only there.
        if (!failed && "RiskStore".equals(port) && "recordActed".equals(method)) {
            Counter.builder("dealcoach.risk.alerts.acted").description("Slip-risk alerts a manager acted on (reviewed, snoozed, not a risk)")
                    .register(registry).increment();
        }
    }

    @Override
    public void completed(Envelope envelope, DeliveryOutcome outcome) {
        String platform = outcome.platform() == null ? (outcome.key().contains(":crm:") ? "crm" : "none") : outcome.platform().id();
        Counter.builder("dealcoach.deliveries").description("Envelopes delivered, by platform (crm for CRM writes) and outcome")
                .tag("platform", platform).tag("outcome", outcome.status().name().toLowerCase(Locale.ROOT)).register(registry).increment();
        Timer.builder("dealcoach.delivery.latency")
                .description("From queued to delivered: for replies, what a person waits for the answer after the ack")
                .tag("kind", kind(envelope.key())).tag("platform", platform).publishPercentileHistogram()
                // A fan-out's last nudge waits minutes for its turn: buckets up to an hour.
                .maximumExpectedValue(Duration.ofHours(1))
                .register(registry).record(Duration.between(envelope.queuedAt(), outcome.at()));
    }

    /** What an envelope is, from its key's first part ({@code risk-digest:} is a risk one): a bounded set, so that the tag stays small. */
    private static String kind(String key) {
        String first = key.substring(0, Math.max(key.indexOf(':'), 0));
        return KINDS.stream().filter(kind -> first.equals(kind) || first.startsWith(kind + "-")).findFirst().orElse("other");
    }

    private static final java.util.List<String> KINDS = java.util.List.of("reply", "checkin", "risk");

    /**
     * One request on a platform's endpoint, by what it was and how it was answered: {@code accepted},
     * or refused as {@code unauthenticated} (401: a bad signature or token), {@code malformed} (400),
     * {@code too_large} (413), {@code error} (5xx).
     */
    void inbound(Platform platform, String kind, int status) {
        String outcome = status < 300 ? "accepted" : switch (status) {
            case 401, 403 -> "unauthenticated";
            case 413 -> "too_large";
            default -> status >= 500 ? "error" : "malformed";
        };
        Counter.builder("dealcoach.inbound").description("Requests on the Slack and Teams endpoints, by kind and outcome")
                .tag("platform", platform.id()).tag("kind", kind).tag("outcome", outcome).register(registry).increment();
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

    /** One retention pass: {@code done}, or {@code failed} (alert on a night without a done). */
    void retentionRan(boolean done) {
        Counter.builder("dealcoach.retention.runs").description("Nightly retention passes, by outcome")
                .tag("outcome", done ? "done" : "failed").register(registry).increment();
    }

    void pruned(dev.dealcoach.core.privacy.Pruned pruned) {
        java.util.Map.of("deliveries", pruned.deliveries(), "activity_days", pruned.activityDays(), "deal_changes", pruned.dealChanges(),
                "reviews", pruned.reviews(), "forecast_weeks", pruned.forecastWeeks(), "quarter_records", pruned.quarterRecords())
                .forEach((kind, count) -> Counter.builder("dealcoach.retention.dropped").description("Records dropped by retention, by kind")
                        .tag("kind", kind).register(registry).increment(count));
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
