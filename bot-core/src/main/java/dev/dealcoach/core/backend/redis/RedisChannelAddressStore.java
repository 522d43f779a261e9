package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.store.ChannelAddress;
import dev.dealcoach.core.store.ChannelAddressStore;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/** One hash per platform, field = key, value = JSON. */
final class RedisChannelAddressStore implements ChannelAddressStore {

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisChannelAddressStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void save(ChannelAddress address) {
        redis.hset(keys.addresses(address.platform()), address.key(), StoreJson.write(address));
    }

    @Override
    public Optional<ChannelAddress> find(String platform, String key) {
        return Optional.ofNullable(redis.hget(keys.addresses(platform), key)).map(json -> StoreJson.read(json, ChannelAddress.class));
    }
}
