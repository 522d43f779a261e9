package dev.dealcoach.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code dealcoach.scheduler.*} ({@code DEALCOACH_SCHEDULER_ENABLED},
 * {@code DEALCOACH_SCHEDULER_CLUSTERED}, {@code DEALCOACH_SCHEDULER_JDBC_URL}, ...) and the admin token
 * ({@code DEALCOACH_ADMIN_TOKEN}).
 *
 * @param enabled    whether Quartz runs the check-ins every minute (off: only the admin endpoint runs them)
 * @param clustered  Quartz's JDBC job store in clustered mode on PostgreSQL, for several app instances
 * @param jdbc       the PostgreSQL database of the clustered job store
 * @param adminToken the bearer token of {@code /admin/*}; blank turns the admin endpoints off
 */
@ConfigurationProperties("dealcoach.scheduler")
public record SchedulerProperties(@DefaultValue("true") boolean enabled, @DefaultValue("false") boolean clustered,
                                  @DefaultValue Jdbc jdbc, @DefaultValue("") String adminToken) {

    /** {@code jdbc:postgresql://host:5432/db}, with its user and password. */
    public record Jdbc(@DefaultValue("") String url, @DefaultValue("") String user, @DefaultValue("") String password) {
    }

    public SchedulerProperties {
        if (clustered && jdbc.url().isBlank()) {
            throw new IllegalArgumentException("dealcoach.scheduler.clustered (DEALCOACH_SCHEDULER_CLUSTERED) needs dealcoach.scheduler.jdbc.url "
                    + "(DEALCOACH_SCHEDULER_JDBC_URL), a PostgreSQL database like jdbc:postgresql://127.0.0.1:5432/dealcoach");
        }
    }
}
