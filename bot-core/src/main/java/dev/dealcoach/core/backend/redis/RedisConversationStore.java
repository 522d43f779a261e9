package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.conversation.ConversationState;
import dev.dealcoach.core.conversation.ConversationStore;
import java.time.Duration;
import java.util.List;
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

    /** Compare-and-set in one Redis call: read the stored run id and revision, write only if they match. */
    private static final String REPLACE = """
            local current = redis.call('GET', KEYS[1])
            if ARGV[1] == '' then
              if current then return 0 end
            else
              if not current then return 0 end
              local state = cjson.decode(current)
              if state['id'] ~= ARGV[1] or tostring(state['revision']) ~= ARGV[2] then return 0 end
            end
            redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4])
            return 1
            """;

    @Override
    public boolean replace(ConversationKey key, ConversationState expected, ConversationState next, Duration timeToLive) {
        Object replaced = redis.eval(REPLACE, List.of(keys.conversation(key)), List.of(
                expected == null ? "" : expected.id(),
                expected == null ? "" : Integer.toString(expected.revision()),
                StoreJson.write(next),
                Long.toString(timeToLive.toMillis())));
        return Long.valueOf(1).equals(replaced);
    }

    @Override
    public void delete(ConversationKey key) {
        redis.del(keys.conversation(key));
    }
}
