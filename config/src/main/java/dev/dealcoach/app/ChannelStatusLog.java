package dev.dealcoach.app;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at start-up which chat channels are on, and how to turn on the others. */
@Component
class ChannelStatusLog {

    private static final Logger log = LoggerFactory.getLogger(ChannelStatusLog.class);

    private final Environment environment;

    ChannelStatusLog(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        status().forEach(log::info);
    }

    List<String> status() {
        String slack = isSet("dealcoach.slack.bot-token")
                ? "Slack: on"
                : "Slack: off. To turn it on set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET "
                        + "(or SLACK_APP_TOKEN for Socket Mode); see README 'Connect to Slack'.";
        String teams = isSet("dealcoach.teams.app-id") || environment.getProperty("dealcoach.teams.allow-unauthenticated", Boolean.class, false)
                ? "Teams: on"
                : "Teams: off. To turn it on set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD "
                        + "and MICROSOFT_APP_TENANT_ID; see README 'Connect to Teams'.";
        return List.of(slack, teams);
    }

    private boolean isSet(String name) {
        String value = environment.getProperty(name);
        return value != null && !value.isBlank();
    }
}
