package dev.dealcoach.app;

import dev.dealcoach.app.playground.PlaygroundDefaults;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at start-up which chat channels, the playground among them, are on, and how to turn on the others. */
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
        String slack = SlackIsOn.isOn(environment)
                ? "Slack: on"
                : "Slack: off. To turn it on set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET "
                        + "(or SLACK_APP_TOKEN for Socket Mode); see README 'Connect to Slack'.";
        String teams = TeamsIsOn.isOn(environment)
                ? "Teams: on"
                : "Teams: off. To turn it on set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (for a single-tenant bot also "
                        + "MICROSOFT_APP_TYPE=SingleTenant and MICROSOFT_APP_TENANT_ID); see README 'Connect to Teams'.";
        return List.of(slack, teams, playground());
    }

    private String playground() {
        if (PlaygroundDefaults.isOn(environment)) {
            // the port actually bound, which differs from server.port when that is 0
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
            return "Playground: on. Open http://localhost:" + port + "/ to chat with DealCoach as anyone in the org.";
        }
        if (environment.getProperty("dealcoach.playground.enabled") != null) {
            return "Playground: off: DEALCOACH_PLAYGROUND_ENABLED (dealcoach.playground.enabled) is false.";
        }
        return "Playground: off, since Redis, Slack, Teams or a listening address other than loopback is set. To turn it on "
                + "set DEALCOACH_PLAYGROUND_ENABLED=true (anyone who can reach this server can then act as anyone); "
                + "see README 'The playground'.";
    }
}
