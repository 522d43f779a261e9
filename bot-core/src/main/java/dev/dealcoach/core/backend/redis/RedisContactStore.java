package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.pipeline.ContactStore;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/** Two hashes, chosen and last talked on: field = person id, value = platform id ({@code slack}). */
final class RedisContactStore implements ContactStore {

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisContactStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void prefer(String personId, Optional<Platform> platform) {
        if (platform.isPresent()) {
            redis.hset(keys.preferredContacts(), personId, platform.get().id());
        } else {
            redis.hdel(keys.preferredContacts(), personId);
        }
    }

    @Override
    public Optional<Platform> preferred(String personId) {
        return platform(redis.hget(keys.preferredContacts(), personId));
    }

    @Override
    public void talkedOn(String personId, Platform platform) {
        redis.hset(keys.lastContacts(), personId, platform.id());
    }

    @Override
    public Optional<Platform> lastTalkedOn(String personId) {
        return platform(redis.hget(keys.lastContacts(), personId));
    }

    /** A platform this version does not know counts as none. */
    private static Optional<Platform> platform(String id) {
        return id == null ? Optional.empty() : Platform.named(id);
    }
}
