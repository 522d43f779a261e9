package dev.dealcoach.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code dealcoach.scheduler.clustered=true}, Quartz's Spring Boot settings for a clustered
 * JDBC job store on PostgreSQL: the JDBC store, its tables created when missing by Spring Boot's
 * Quartz schema initialisation (with a script that never drops them), clustering with an instance id per node. Added last, so an explicit
 * {@code spring.quartz.*} setting still wins.
 */
public class ClusteredSchedulerEnvironment implements EnvironmentPostProcessor {

    static final String CLUSTERED = "dealcoach.scheduler.clustered";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Boolean.parseBoolean(environment.getProperty(CLUSTERED, "false"))) {
            return;
        }
        Map<String, Object> quartz = new LinkedHashMap<>();
        quartz.put("spring.quartz.job-store-type", "jdbc");
        // The jobs and triggers as this version defines them (a changed sync interval) replace those stored by the last.
        quartz.put("spring.quartz.overwrite-existing-jobs", "true");
        quartz.put("spring.quartz.jdbc.initialize-schema", "always");
        // Quartz's own script starts by dropping every table: ours creates what is missing and nothing else.
        quartz.put("spring.quartz.jdbc.schema", "classpath:quartz/tables_postgres.sql");
        quartz.put("spring.quartz.properties.org.quartz.jobStore.isClustered", "true");
        quartz.put("spring.quartz.properties.org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        quartz.put("spring.quartz.properties.org.quartz.scheduler.instanceId", "AUTO");
        quartz.put("spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval", "15000");
        quartz.put("spring.quartz.properties.org.quartz.threadPool.threadCount", "2");
        environment.getPropertySources().addLast(new MapPropertySource("dealcoach-clustered-scheduler", quartz));
    }
}
