package dev.dealcoach.app;

import dev.dealcoach.core.crm.CrmStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The deal source as the {@code crm} component of {@code /actuator/health}: which it is, the last sync
 * that worked and its age, and the last error. A CRM that cannot be read does not stop the bot from
 * answering, so the component stays up and says so in its details.
 */
@Component("crm")
class CrmHealthIndicator implements HealthIndicator {

    private final DealsSync sync;
    private final Clock clock;

    CrmHealthIndicator(DealsSync sync, Clock clock) {
        this.sync = sync;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Optional<String> source = sync.source();
        if (source.isEmpty()) {
            return Health.up().withDetail("source", "the demo's deals (no deals file or CRM)").build();
        }
        CrmStatus status = sync.status().orElse(CrmStatus.NEVER);
        Health.Builder health = Health.up().withDetail("source", source.get());
        if (status.lastSuccess() == null) {
            health.withDetail("lastSuccess", "none yet");
        } else {
            health.withDetail("lastSuccess", status.lastSuccess().toString())
                    .withDetail("ageSeconds", Duration.between(status.lastSuccess(), clock.instant()).toSeconds());
        }
        if (status.lastError() != null) {
            health.withDetail("lastError", status.lastError()).withDetail("lastErrorAt", status.lastErrorAt().toString());
        }
        return health.build();
    }
}
