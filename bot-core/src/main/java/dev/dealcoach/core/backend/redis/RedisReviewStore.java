package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.review.ReviewStore;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;

/** One list per deal, newest review first, trimmed to {@link #KEPT_PER_DEAL}. */
final class RedisReviewStore implements ReviewStore {

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisReviewStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void save(DealReview review) {
        String key = keys.reviews(review.dealId());
        try (AbstractTransaction tx = redis.multi()) {
            tx.lpush(key, StoreJson.write(review));
            tx.ltrim(key, 0, KEPT_PER_DEAL - 1);
            tx.exec();
        }
    }

    @Override
    public Optional<DealReview> latest(String dealId) {
        return Optional.ofNullable(redis.lindex(keys.reviews(dealId), 0)).map(json -> StoreJson.read(json, DealReview.class));
    }

    @Override
    public List<DealReview> history(String dealId) {
        return redis.lrange(keys.reviews(dealId), 0, -1).stream().map(json -> StoreJson.read(json, DealReview.class)).toList();
    }
}
