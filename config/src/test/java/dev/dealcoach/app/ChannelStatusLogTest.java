package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ChannelStatusLogTest {

    @Test
    void withNoCredentialsSaysBothChannelsAreOffAndWhatToSetAndWhereThePlaygroundIs() {
        assertThat(new ChannelStatusLog(new MockEnvironment().withProperty("local.server.port", "8191")).status()).containsExactly(
                "Slack: off. To turn it on set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode); "
                        + "see README 'Connect to Slack'.",
                "Teams: off. To turn it on set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (for a single-tenant bot also "
                        + "MICROSOFT_APP_TYPE=SingleTenant and MICROSOFT_APP_TENANT_ID); see README 'Connect to Teams'.",
                "Playground: on. Open http://localhost:8191/ to chat with DealCoach as anyone in the org.");
    }

    @Test
    void withRedisSaysThePlaygroundIsOffAndHowToTurnItOn() {
        MockEnvironment environment = new MockEnvironment().withProperty("dealcoach.redis.url", "redis://127.0.0.1:6379");

        assertThat(new ChannelStatusLog(environment).status()).last().isEqualTo(
                "Playground: off, since Redis, Slack, Teams or a listening address other than loopback is set. To turn it on "
                        + "set DEALCOACH_PLAYGROUND_ENABLED=true (anyone who can reach this server can then act as anyone); "
                        + "see README 'The playground'.");
    }

    @Test
    void aPlaygroundTurnedOffOrOnByTheSettingSaysSo() {
        assertThat(new ChannelStatusLog(new MockEnvironment().withProperty("dealcoach.playground.enabled", "false")).status())
                .last().isEqualTo("Playground: off: DEALCOACH_PLAYGROUND_ENABLED (dealcoach.playground.enabled) is false.");
        assertThat(new ChannelStatusLog(new MockEnvironment().withProperty("dealcoach.redis.url", "redis://127.0.0.1:6379")
                .withProperty("dealcoach.playground.enabled", "true")).status())
                .last().asString().startsWith("Playground: on. Open http://localhost:8080/");
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
