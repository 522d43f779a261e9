package dev.dealcoach.core.privacy;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.TestRedis;
import dev.dealcoach.core.backend.redis.RedisStores;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.RegisterExtension;

class RedisRecordKeepingTest extends RecordKeepingContract {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();
    private static final AtomicInteger STORES_CREATED = new AtomicInteger();

    @Override
    protected Stores createEmptyStores() {
        return RedisStores.connect(REDIS.settings("records-" + STORES_CREATED.incrementAndGet() + ":"));
    }
}
