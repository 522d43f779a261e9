package dev.dealcoach.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Slack settings under {@code dealcoach.slack.*}; the tokens come from the environment under
 * Slack's own names ({@code SLACK_BOT_TOKEN}, {@code SLACK_SIGNING_SECRET}, {@code SLACK_APP_TOKEN}).
 *
 * @param apiUrl   the Web API base ({@code DEALCOACH_SLACK_API_URL}); tests and staging point it elsewhere
 * @param sendRate messages a minute the whole workspace may be sent ({@code DEALCOACH_SLACK_SEND_RATE}); Slack
 *                 also allows about one a second per channel, which DealCoach keeps too
 */
@ConfigurationProperties("dealcoach.slack")
public record SlackProperties(
        @DefaultValue("") String botToken,
        @DefaultValue("") String signingSecret,
        @DefaultValue("") String appToken,
        @DefaultValue("https://slack.com/api/") String apiUrl,
        @DefaultValue("500") int sendRate) {

    public SlackProperties {
        if (sendRate <= 0) {
            throw new IllegalArgumentException("dealcoach.slack.send-rate (DEALCOACH_SLACK_SEND_RATE) is messages a minute, more than 0; got " + sendRate);
        }
    }
}
