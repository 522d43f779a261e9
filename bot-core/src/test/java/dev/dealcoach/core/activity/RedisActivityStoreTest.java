package dev.dealcoach.core.activity;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.TestRedis;
import dev.dealcoach.core.backend.redis.RedisStores;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisActivityStoreTest extends ActivityStoreContract {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();
    private static final AtomicInteger STORES_CREATED = new AtomicInteger();

    @Override
    protected Stores createEmptyStores() {
        return RedisStores.connect(REDIS.settings("activity-" + STORES_CREATED.incrementAndGet() + ":"));
    }
}
