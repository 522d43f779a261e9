package dev.dealcoach.app;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Quartz as the {@code scheduler} component of {@code /actuator/health}: down when it is not running
 * (stopped, or still in standby after start-up), since then no check-in, sync or alert goes out from
 * this instance; with clustering, whether its job store answers.
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
            Health.Builder health = running ? Health.up() : Health.down();
            health.withDetail("jobStore", properties.clustered() ? "clustered (PostgreSQL)" : "memory");
            if (running && properties.clustered()) {
                health.withDetail("jobs", scheduler.getJobGroupNames().size() + " group(s)");
            }
            return health.build();
        } catch (SchedulerException e) {
            return Health.down().withDetail("error", e.getMessage()).build();
        }
    }
}
