package dev.dealcoach.bench.bare;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/** A Bolt app with a dummy token and signing secret, served at /slack/events: the start-up benchmark's baseline. */
@SpringBootApplication
public class BareBoltApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareBoltApplication.class, args);
    }

    @Bean
    App slackApp() {
        return new App(AppConfig.builder().singleTeamBotToken("xoxb-bench-dummy").signingSecret("bench-dummy-secret").build());
    }

    @Bean
    ServletRegistrationBean<BoltServlet> slackEvents(App slackApp) {
        return new ServletRegistrationBean<>(new BoltServlet(slackApp), "/slack/events");
    }
}
