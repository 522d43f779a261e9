package dev.dealcoach.app;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.pipeline.Outreach;
import dev.dealcoach.core.risk.DealRisk;
import dev.dealcoach.core.risk.RiskAlerts;
import dev.dealcoach.core.risk.SlipRiskRules;
import dev.dealcoach.core.schedule.CheckIns;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.quartz.autoconfigure.QuartzDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Scheduled check-ins: {@link CheckIns} over the stores and the outreach, and a Quartz trigger that
 * runs {@link CheckInJob} at the start of every minute (a misfire is not fired late: the next minute
 * catches up within each check-in's window). Quartz keeps its jobs in memory, or with
 * {@code dealcoach.scheduler.clustered} in PostgreSQL, clustered, so that one instance fires each minute.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    @Bean
    CheckIns checkIns(Stores stores, Outreach outreach) {
        return new CheckIns(stores.org(), stores.preferences(), stores.forecasts(), stores.dealTotals(), stores.activity(), stores.deals(), stores.idempotency(),
                outreach);
    }

    @Bean
    RiskAlerts riskAlerts(Stores stores, Outreach outreach, SlipRiskRules slipRiskRules) {
        return new RiskAlerts(stores.org(), stores.deals(), new DealRisk(stores.reviews(), stores.dealHistory(), slipRiskRules), stores.risk(),
                outreach);
    }

    /** Before 0.2 deals were reloaded by an hourly job whose class is gone: a clustered store may still hold it. */
    @Bean
    @ConditionalOnProperty(name = ClusteredSchedulerEnvironment.CLUSTERED, havingValue = "true")
    org.springframework.boot.ApplicationRunner removeRetiredJobs(org.quartz.Scheduler scheduler) {
        return args -> scheduler.deleteJob(org.quartz.JobKey.jobKey("deals-reload"));
    }

    /** The clustered job store's database: the only DataSource the app has (none without clustering). */
    @Bean(destroyMethod = "close")
    @QuartzDataSource
    @ConditionalOnProperty(name = ClusteredSchedulerEnvironment.CLUSTERED, havingValue = "true")
    HikariDataSource quartzDataSource(SchedulerProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(properties.jdbc().url());
        dataSource.setUsername(properties.jdbc().user().isBlank() ? null : properties.jdbc().user());
        dataSource.setPassword(properties.jdbc().password().isBlank() ? null : properties.jdbc().password());
        dataSource.setPoolName("quartz");
        // Quartz needs its threads plus three connections (PLATFORM-NOTES).
        dataSource.setMaximumPoolSize(6);
        return dataSource;
    }

    @Bean
    @ConditionalOnProperty(name = "dealcoach.scheduler.enabled", havingValue = "true", matchIfMissing = true)
    JobDetail checkInJob() {
        return JobBuilder.newJob(CheckInJob.class).withIdentity("check-ins").storeDurably().build();
    }

    @Bean
    @ConditionalOnProperty(name = "dealcoach.scheduler.enabled", havingValue = "true", matchIfMissing = true)
    Trigger everyMinute(JobDetail checkInJob) {
        return TriggerBuilder.newTrigger().forJob(checkInJob).withIdentity("check-ins-every-minute")
                .withSchedule(CronScheduleBuilder.cronSchedule("0 * * * * ?").withMisfireHandlingInstructionDoNothing()).build();
    }
}
