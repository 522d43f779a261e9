package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.store.DealStore;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;

/** Deals in one hash, field = deal id, value = JSON. */
final class RedisDealStore implements DealStore {

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisDealStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void replaceAll(Collection<Deal> deals) {
        Map<String, String> fields = new LinkedHashMap<>();
        deals.forEach(deal -> fields.put(deal.id(), StoreJson.write(deal)));
        try (AbstractTransaction tx = redis.multi()) {
            tx.del(keys.deals());
            if (!fields.isEmpty()) {
                tx.hset(keys.deals(), fields);
            }
            tx.exec();
        }
    }

    @Override
    public void save(Deal deal) {
        redis.hset(keys.deals(), deal.id(), StoreJson.write(deal));
    }

    @Override
    public Optional<Deal> find(String id) {
        return Optional.ofNullable(redis.hget(keys.deals(), id)).map(json -> StoreJson.read(json, Deal.class));
    }

    @Override
    public List<Deal> all() {
        return redis.hgetAll(keys.deals()).values().stream()
                .map(json -> StoreJson.read(json, Deal.class))
                .sorted(Comparator.comparing(Deal::id))
                .toList();
    }

    @Override
    public List<Deal> ownedBy(String personId) {
        return all().stream().filter(deal -> deal.ownerId().equals(personId)).toList();
    }
}
