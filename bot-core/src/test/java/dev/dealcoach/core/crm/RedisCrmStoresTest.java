package dev.dealcoach.core.crm;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.TestRedis;
import dev.dealcoach.core.backend.redis.RedisStores;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisCrmStoresTest extends CrmStoresContract {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();
    private static final AtomicInteger STORES_CREATED = new AtomicInteger();

    @Override
    protected Stores createEmptyStores() {
        return RedisStores.connect(REDIS.settings("crm-" + STORES_CREATED.incrementAndGet() + ":"));
    }

    /** Redis expires the key itself: wait it out. */
    @Override
    protected void pass(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
