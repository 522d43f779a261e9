package dev.dealcoach.core.forecast;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.TestRedis;
import dev.dealcoach.core.backend.redis.RedisStores;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deal totals contract against the real Redis server at {@code REDIS_URL} (default 127.0.0.1:6379). */
class RedisDealTotalsTest extends DealTotalsContract {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();
    private static final AtomicInteger STORES_CREATED = new AtomicInteger();

    @Override
    protected Stores createEmptyStores() {
        return RedisStores.connect(REDIS.settings("totals-" + STORES_CREATED.incrementAndGet() + ":"));
    }
}
