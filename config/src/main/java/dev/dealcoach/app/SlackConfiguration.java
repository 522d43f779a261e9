package dev.dealcoach.app;

import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.pipeline.InboundPipeline;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.slack.SlackAdapter;
import dev.dealcoach.slack.SlackSettings;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The Slack adapter, on only when a bot token is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackIsOn.class)
class SlackConfiguration {

    /**
     * A clock bean of this name, when there is one, is the Slack adapter's instead of the app's: what
     * request timestamps are checked against. Tests pin it, so that a signed request is exactly as old
     * as the test says however long the machine takes.
     */
    static final String SLACK_CLOCK = "slackClock";

    @Bean(destroyMethod = "close")
    SlackAdapter slackAdapter(SlackProperties properties, InboundPipeline pipeline, Stores stores, Clock clock,
                              @Qualifier(SLACK_CLOCK) ObjectProvider<Clock> slackClock) throws Exception {
        if (properties.signingSecret().isBlank() && properties.appToken().isBlank()) {
            throw new IllegalStateException("SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (for the HTTP request URL) "
                    + "nor SLACK_APP_TOKEN (for Socket Mode): set one of them");
        }
        SlackAdapter adapter = new SlackAdapter(
                new SlackSettings(properties.botToken(), properties.signingSecret(), properties.appToken(), properties.apiUrl()),
                pipeline, stores.org(), stores.addresses(), slackClock.getIfAvailable(() -> clock));
        adapter.start();
        return adapter;
    }

    @Bean
    Messenger slackMessenger(SlackAdapter slackAdapter) {
        return slackAdapter.messenger();
    }
}
