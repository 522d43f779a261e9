package dev.dealcoach.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DealCoachApplication {

    public static void main(String[] args) {
        SpringApplication.run(DealCoachApplication.class, args);
    }
}
