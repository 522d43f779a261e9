package dev.dealcoach.app;

import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.pipeline.InboundPipeline;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.slack.SlackAdapter;
import dev.dealcoach.slack.SlackSettings;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Slack adapter, on only when a bot token is set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(SlackConfiguration.SLACK_ON)
class SlackConfiguration {

    static final String SLACK_ON = "!'${dealcoach.slack.bot-token:}'.isBlank()";

    @Bean(destroyMethod = "close")
    SlackAdapter slackAdapter(SlackProperties properties, InboundPipeline pipeline, Stores stores, Clock clock) throws Exception {
        if (properties.signingSecret().isBlank() && properties.appToken().isBlank()) {
            throw new IllegalStateException("SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (for the HTTP request URL) "
                    + "nor SLACK_APP_TOKEN (for Socket Mode): set one of them");
        }
        SlackAdapter adapter = new SlackAdapter(
                new SlackSettings(properties.botToken(), properties.signingSecret(), properties.appToken(), properties.apiUrl()),
                pipeline, stores.org(), clock);
        adapter.start();
        return adapter;
    }

    @Bean
    Messenger slackMessenger(SlackAdapter slackAdapter) {
        return slackAdapter.messenger();
    }
}
