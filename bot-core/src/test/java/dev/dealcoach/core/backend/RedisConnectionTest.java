package dev.dealcoach.core.backend;

import dev.dealcoach.core.store.StoreUnavailableException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealcoach.core.backend.redis.RedisSettings;
import dev.dealcoach.core.backend.redis.RedisStores;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.SafeEncoder;

class RedisConnectionTest {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();



    @Test
    void anUnreachableServerFailsAtOnceNamingTheUrlButNotThePassword() {
        RedisSettings nowhere = new RedisSettings(URI.create("redis://admin:s3cret@127.0.0.1:1/2"), "dc:", Duration.ofSeconds(2));

        assertThatThrownBy(() -> RedisStores.connect(nowhere))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageStartingWith("Redis at redis://127.0.0.1:1/2 is unreachable")
                .hasMessageNotContaining("s3cret")
                .hasMessageNotContaining("admin");
    }

    @Test
    void theLocationShownToPeopleHidesThePassword() {
        URI withPassword = URI.create("redis://:s3cret@" + REDIS.url().getHost() + ":" + REDIS.url().getPort());
        RedisSettings settings = new RedisSettings(withPassword, "dc:", Duration.ofSeconds(2));

        assertThat(settings.safeUrl()).isEqualTo("redis://" + REDIS.url().getHost() + ":" + REDIS.url().getPort());
    }

    @Test
    void aNonRedisUrlIsRejectedWithAHint() {
        RedisSettings http = new RedisSettings(URI.create("http://127.0.0.1:6379"), "dc:", Duration.ofSeconds(2));

        assertThatThrownBy(() -> RedisStores.connect(http)).hasMessageContaining("expected redis://host:port");
    }

    @Test
    void recoversWhenTheServerDropsEveryConnectionAsARestartWould() {
        long before = newestClientId();
        try (Stores stores = RedisStores.connect(REDIS.settings("restart:"))) {
            stores.deals().save(StoreContract.deal("D-1", "ria", "1"));
            dropDealCoachConnectionsSince(before);

            assertThat(stores.deals().find("D-1")).isPresent();
            stores.ping();
        }
    }

    /** The newest connection's id: ids only grow, so this test's own connections are those after it. */
    private static long newestClientId() {
        return clients().mapToLong(RedisConnectionTest::id).max().orElse(0);
    }

    /** Drops this test's connections only: other builds on the same server keep theirs. */
    private static void dropDealCoachConnectionsSince(long before) {
        try (RedisClient raw = REDIS.rawClient()) {
            long dropped = clients().filter(line -> line.contains(" name=dealcoach ")).mapToLong(RedisConnectionTest::id)
                    .filter(id -> id > before)
                    .map(id -> (Long) raw.sendCommand(Protocol.Command.CLIENT, "KILL", "ID", Long.toString(id)))
                    .sum();
            assertThat(dropped).isPositive();
        }
    }

    private static java.util.stream.Stream<String> clients() {
        try (RedisClient raw = REDIS.rawClient()) {
            return Arrays.stream(SafeEncoder.encode((byte[]) raw.sendCommand(Protocol.Command.CLIENT, "LIST")).split("\n"))
                    .filter(line -> line.startsWith("id="));
        }
    }

    private static long id(String clientLine) {
        return Long.parseLong(clientLine.replaceAll("^id=(\\d+) .*$", "$1"));
    }
}
