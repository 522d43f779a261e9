package dev.dealcoach.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code dealcoach.scheduler.*} ({@code DEALCOACH_SCHEDULER_ENABLED}) and the admin
 * token ({@code DEALCOACH_ADMIN_TOKEN}).
 *
 * @param enabled    whether Quartz runs the check-ins every minute (off: only the admin endpoint runs them)
 * @param adminToken the bearer token of {@code /admin/*}; blank turns the admin endpoints off
 */
@ConfigurationProperties("dealcoach.scheduler")
public record SchedulerProperties(@DefaultValue("true") boolean enabled, @DefaultValue("") String adminToken) {
}
