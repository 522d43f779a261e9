package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.backend.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.TestRedis;
import dev.dealcoach.core.backend.redis.RedisStores;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.RedisClient;

class RedisContactStoreTest extends ContactStoreContract {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();
    private static final AtomicInteger STORES_CREATED = new AtomicInteger();
    private String storePrefix;

    @Override
    protected Stores createEmptyStores() {
        storePrefix = "contacts-" + STORES_CREATED.incrementAndGet() + ":";
        return RedisStores.connect(REDIS.settings(storePrefix));
    }

    @Test
    void aPlatformThisVersionDoesNotKnowCountsAsNone() {
        try (RedisClient raw = REDIS.rawClient()) {
            raw.hset(REDIS.prefix() + storePrefix + "contacts:last", "ria", "skype");
            raw.hset(REDIS.prefix() + storePrefix + "contacts:preferred", "ria", "skype");
        }

        assertThat(contacts.lastTalkedOn("ria")).isEmpty();
        assertThat(contacts.preferred("ria")).isEmpty();
    }
}
