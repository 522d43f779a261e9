package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ChannelStatusLogTest {

    @Test
    void withNoCredentialsSaysBothChannelsAreOffAndWhatToSet() {
        assertThat(new ChannelStatusLog(new MockEnvironment()).status()).containsExactly(
                "Slack: off. To turn it on set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode); "
                        + "see README 'Connect to Slack'.",
                "Teams: off. To turn it on set MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID; "
                        + "see README 'Connect to Teams'.");
    }

    @Test
    void unauthenticatedTeamsCountsAsOn() {
        MockEnvironment environment = new MockEnvironment().withProperty("dealcoach.teams.allow-unauthenticated", "true");

        assertThat(new ChannelStatusLog(environment).status()).contains("Teams: on");
    }

    @Test
    void saysWhichChannelHasCredentialsWithoutShowingThem() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("dealcoach.slack.bot-token", "xoxb-secret")
                .withProperty("dealcoach.teams.app-id", " ");

        assertThat(new ChannelStatusLog(environment).status())
                .first().isEqualTo("Slack: on");
        assertThat(String.join("\n", new ChannelStatusLog(environment).status()))
                .contains("Teams: off")
                .doesNotContain("xoxb-secret");
    }
}
