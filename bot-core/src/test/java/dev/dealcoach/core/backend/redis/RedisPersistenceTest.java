package dev.dealcoach.core.backend.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.TestRedis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What start-up reads to warn about a Redis without an append-only file: the server's own setting. */
class RedisPersistenceTest {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();

    @Test
    void appendOnlyIsWhatTheServerSays() {
        String setting;
        try (var raw = REDIS.rawClient()) {
            setting = raw.configGet("appendonly").get("appendonly");
        }
        try (RedisStores stores = RedisStores.connect(REDIS.settings("persistence:"))) {
            assertThat(stores.appendOnly()).contains("yes".equals(setting));
        }
    }
}
