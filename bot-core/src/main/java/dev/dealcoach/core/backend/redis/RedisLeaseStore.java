package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.store.LeaseStore;
import java.time.Duration;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/** A key per lease holding its holder, set only if absent (or already theirs) and with an expiry; released only by its holder. */
final class RedisLeaseStore implements LeaseStore {

    private static final String ACQUIRE = """
            local held = redis.call('GET', KEYS[1])
            if held and held ~= ARGV[1] then
              return 0
            end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1
            """;
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """;

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisLeaseStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public boolean acquire(String name, String holder, Duration ttl) {
        return Long.valueOf(1).equals(redis.eval(ACQUIRE, List.of(keys.lease(name)), List.of(holder, Long.toString(ttl.toMillis()))));
    }

    @Override
    public void release(String name, String holder) {
        redis.eval(RELEASE, List.of(keys.lease(name)), List.of(holder));
    }
}
