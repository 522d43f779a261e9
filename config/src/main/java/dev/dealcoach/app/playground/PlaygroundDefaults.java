package dev.dealcoach.app.playground;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;

/**
 * The embedded default is a first run: no Redis, no Slack or Teams credentials. There the playground
 * is on and, unless an address was set, the server listens on loopback only. Anywhere else the
 * playground is off unless {@code dealcoach.playground.enabled=true}.
 */
public class PlaygroundDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (isEmbeddedDefault(environment) && environment.getProperty("server.address") == null) {
            environment.getPropertySources().addLast(new MapPropertySource("dealcoachLoopback", Map.of("server.address", "127.0.0.1")));
        }
    }

    /** True when nothing but the embedded default is configured. */
    static boolean isEmbeddedDefault(PropertyResolver environment) {
        return isBlank(environment, "dealcoach.redis.url")
                && !"redis".equalsIgnoreCase(environment.getProperty("dealcoach.store", "auto"))
                && isBlank(environment, "dealcoach.slack.bot-token")
                && isBlank(environment, "dealcoach.slack.app-token")
                && isBlank(environment, "dealcoach.teams.app-id")
                && !environment.getProperty("dealcoach.teams.allow-unauthenticated", Boolean.class, false);
    }

    /** On when asked for; else on in the embedded default while listening on loopback only. */
    public static boolean isOn(PropertyResolver environment) {
        Boolean asked = environment.getProperty("dealcoach.playground.enabled", Boolean.class);
        return asked != null ? asked : isOnByDefault(environment);
    }

    static boolean isOnByDefault(PropertyResolver environment) {
        String address = environment.getProperty("server.address");
        return isEmbeddedDefault(environment) && (address == null || isLoopback(address));
    }

    private static boolean isBlank(PropertyResolver environment, String name) {
        String value = environment.getProperty(name);
        return value == null || value.isBlank();
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
