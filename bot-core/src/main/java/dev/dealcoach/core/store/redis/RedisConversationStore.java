package dev.dealcoach.core.store.redis;

import dev.dealcoach.core.store.ConversationKey;
import dev.dealcoach.core.store.ConversationState;
import dev.dealcoach.core.store.ConversationStore;
import java.time.Duration;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** One JSON value per conversation, expiring through Redis's own time-to-live. */
final class RedisConversationStore implements ConversationStore {

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisConversationStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public Optional<ConversationState> find(ConversationKey key) {
        return Optional.ofNullable(redis.get(keys.conversation(key)))
                .map(json -> StoreJson.read(json, ConversationState.class));
    }

    @Override
    public void save(ConversationKey key, ConversationState state, Duration timeToLive) {
        redis.set(keys.conversation(key), StoreJson.write(state), SetParams.setParams().px(timeToLive.toMillis()));
    }

    @Override
    public void delete(ConversationKey key) {
        redis.del(keys.conversation(key));
    }
}
