package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.review.DealReview;
import dev.dealcoach.core.review.ReviewStore;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.UnifiedJedis;

/** One list per deal, newest review first, trimmed to {@link #KEPT_PER_DEAL}. */
final class RedisReviewStore implements ReviewStore {

    private final UnifiedJedis redis;
    private final RedisKeys keys;

    RedisReviewStore(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    /** Pushes the review and keeps the newest, in one step. */
    private static final String SAVE = """
            redis.call('LPUSH', KEYS[1], ARGV[1])
            redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[2]))
            return 1
            """;

    @Override
    public void save(DealReview review) {
        String key = keys.reviews(review.dealId());
        redis.eval(SAVE, List.of(key), List.of(StoreJson.write(review), Integer.toString(KEPT_PER_DEAL - 1)));
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
