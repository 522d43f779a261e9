package dev.dealcoach.app.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PlaygroundDefaultsTest {

    private static MockEnvironment after(MockEnvironment environment) {
        new PlaygroundDefaults().postProcessEnvironment(environment, null);
        return environment;
    }

    @Test
    void theEmbeddedDefaultTurnsThePlaygroundOnAndListensOnLoopback() {
        MockEnvironment environment = after(new MockEnvironment());

        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(PlaygroundDefaults.isOn(environment)).isTrue();
        assertThat(PlaygroundDefaults.isOnByDefault(environment)).isTrue();
    }

    @Test
    void anyChatCredentialOrRedisLeavesItOffAndTheAddressAlone() {
        for (String[] setting : new String[][] {
                {"dealcoach.redis.url", "redis://127.0.0.1:6379"}, {"dealcoach.store", "redis"},
                {"dealcoach.slack.bot-token", "xoxb-1"}, {"dealcoach.slack.app-token", "xapp-1"},
                {"dealcoach.teams.app-id", "6f6a2b3c"}, {"dealcoach.teams.allow-unauthenticated", "true"}}) {
            MockEnvironment environment = after(new MockEnvironment().withProperty(setting[0], setting[1]));

            assertThat(PlaygroundDefaults.isOn(environment)).as(setting[0]).isFalse();
            assertThat(environment.getProperty("server.address")).as(setting[0]).isNull();
        }
    }

    @Test
    void listeningOnEveryInterfaceLeavesItOffButAnotherLoopbackAddressKeepsIt() {
        assertThat(PlaygroundDefaults.isOn(after(new MockEnvironment().withProperty("server.address", "0.0.0.0")))).isFalse();
        MockEnvironment loopback = after(new MockEnvironment().withProperty("server.address", "::1"));
        assertThat(PlaygroundDefaults.isOn(loopback)).isTrue();
        assertThat(loopback.getProperty("server.address")).isEqualTo("::1");
    }

    @Test
    void askingForItOutsideTheEmbeddedDefaultTurnsItOnButNotByDefault() {
        MockEnvironment environment = after(new MockEnvironment()
                .withProperty("dealcoach.redis.url", "redis://127.0.0.1:6379")
                .withProperty("dealcoach.playground.enabled", "true"));

        assertThat(PlaygroundDefaults.isOn(environment)).isTrue();
        assertThat(PlaygroundDefaults.isOnByDefault(environment)).isFalse();
    }

    @Test
    void anExplicitNoWinsInTheEmbeddedDefault() {
        assertThat(PlaygroundDefaults.isOn(after(new MockEnvironment().withProperty("dealcoach.playground.enabled", "false")))).isFalse();
    }
}
