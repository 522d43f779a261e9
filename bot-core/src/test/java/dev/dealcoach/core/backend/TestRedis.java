package dev.dealcoach.core.backend;

import static org.assertj.core.api.Assertions.fail;

import dev.dealcoach.core.backend.redis.RedisSettings;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The real Redis server tests run against: {@code REDIS_URL}, else 127.0.0.1:6379. Register it as
 * {@code @RegisterExtension static final TestRedis REDIS = new TestRedis();}: it fails the class
 * early, with how to start Redis, when none answers, and removes every key the class wrote under its
 * own prefix afterwards.
 */
public final class TestRedis implements BeforeAllCallback, AfterAllCallback {

    private final URI url = URI.create(System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379"));
    private final String prefix = "dealcoach-test:" + UUID.randomUUID() + ":";

    public URI url() {
        return url;
    }

    /** The run's own prefix; every key a test writes starts with it. */
    public String prefix() {
        return prefix;
    }

    public RedisSettings settings(String subPrefix) {
        return new RedisSettings(url, prefix + subPrefix, Duration.ofSeconds(2));
    }

    public RedisClient rawClient() {
        return RedisClient.create(url);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        requireServer();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        cleanUp();
    }

    public void requireServer() {
        try (RedisClient client = rawClient()) {
            client.ping();
        } catch (RuntimeException e) {
            fail("These tests need a Redis server at " + url.getHost() + ":" + url.getPort()
                    + ". Start one (redis-server --port 6379) or set REDIS_URL. Cause: " + e.getMessage());
        }
    }

    public void cleanUp() {
        try (RedisClient client = rawClient()) {
            ScanParams match = new ScanParams().match(prefix + "*").count(500);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = client.scan(cursor, match);
                if (!page.getResult().isEmpty()) {
                    client.del(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        }
    }
}
