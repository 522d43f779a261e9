package dev.dealcoach.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The settings records are named here rather than found by a second scan of the package at start-up. */
@SpringBootApplication
@EnableConfigurationProperties({DealCoachProperties.class, SlackProperties.class, TeamsProperties.class, CrmProperties.class,
        SchedulerProperties.class, RetentionProperties.class})
public class DealCoachApplication {

    public static void main(String[] args) {
        SpringApplication.run(DealCoachApplication.class, args);
    }
}
