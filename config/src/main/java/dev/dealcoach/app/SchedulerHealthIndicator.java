package dev.dealcoach.app;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Quartz as the {@code scheduler} component of {@code /actuator/health}: down when it is not running
 * (stopped, or in standby), since then no check-in, sync or alert goes out from this instance. The
 * clustered job store's database is not asked: chat works without it, and a PostgreSQL outage must
 * not take every instance out of the load balancer.
 */
@Component("scheduler")
class SchedulerHealthIndicator implements HealthIndicator {

    private final Scheduler scheduler;
    private final SchedulerProperties properties;

    SchedulerHealthIndicator(Scheduler scheduler, SchedulerProperties properties) {
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @Override
    public Health health() {
        if (!properties.enabled()) {
            return Health.up().withDetail("jobs", "off (DEALCOACH_SCHEDULER_ENABLED=false): only the admin endpoints run them").build();
        }
        try {
            boolean running = scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
            return (running ? Health.up() : Health.down())
                    .withDetail("jobStore", properties.clustered() ? "clustered (PostgreSQL)" : "memory").build();
        } catch (SchedulerException e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        }
    }
}
