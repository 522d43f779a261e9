package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.store.IdempotencyStore;
import java.time.Duration;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** {@code SET key 1 NX PX ttl}: atomic across every app instance sharing the server. */
final class RedisIdempotencyStore implements IdempotencyStore {

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisIdempotencyStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public boolean markFirst(String key, Duration timeToLive) {
        return "OK".equals(redis.set(keys.once(key), "1", SetParams.setParams().nx().px(timeToLive.toMillis())));
    }

    @Override
    public boolean marked(String key) {
        return redis.exists(keys.once(key));
    }
}
