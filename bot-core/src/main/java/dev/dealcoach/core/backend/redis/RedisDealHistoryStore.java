package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.risk.DealChange;
import dev.dealcoach.core.risk.DealHistoryStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/** Per deal a list of its changes as JSON, appended with RPUSH; many deals' read in one pipeline. */
final class RedisDealHistoryStore implements DealHistoryStore {

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisDealHistoryStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void append(List<DealChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        try (AbstractPipeline pipeline = redis.pipelined()) {
            changes.forEach(change -> pipeline.rpush(keys.dealHistory(change.dealId()), StoreJson.write(change)));
            pipeline.sync();
        }
    }

    @Override
    public Map<String, List<DealChange>> of(Collection<String> dealIds) {
        Map<String, Response<List<String>>> responses = new LinkedHashMap<>();
        try (AbstractPipeline pipeline = redis.pipelined()) {
            dealIds.forEach(id -> responses.put(id, pipeline.lrange(keys.dealHistory(id), 0, -1)));
            pipeline.sync();
        }
        Map<String, List<DealChange>> found = new HashMap<>();
        responses.forEach((id, response) -> {
            if (!response.get().isEmpty()) {
                found.put(id, response.get().stream().map(json -> StoreJson.read(json, DealChange.class)).toList());
            }
        });
        return found;
    }
}
