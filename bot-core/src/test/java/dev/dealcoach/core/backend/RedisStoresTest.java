package dev.dealcoach.core.backend;

import dev.dealcoach.core.conversation.ConversationKey;
import dev.dealcoach.core.conversation.ConversationState;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.redis.RedisStores;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.review.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.RedisClient;

/** The contract against the real Redis server at {@code REDIS_URL} (default 127.0.0.1:6379). */
class RedisStoresTest extends StoreContract {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();
    private static final AtomicInteger STORES_CREATED = new AtomicInteger();
    private String storePrefix;



    @Override
    protected Stores createEmptyStores() {
        storePrefix = "contract-" + STORES_CREATED.incrementAndGet() + ":";
        return RedisStores.connect(REDIS.settings(storePrefix));
    }

    @Override
    protected void letTimePass(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    @Test
    void everyKeyIsWrittenUnderTheConfiguredPrefix() {
        stores.org().save(org());
        stores.deals().save(deal("D-1", "ria", "1"));
        stores.conversations().save(new ConversationKey("ria", "dm"), ConversationState.start("review", null), Duration.ofMinutes(1));
        stores.idempotency().markFirst("e1", Duration.ofMinutes(1));
        stores.reviews().save(review("D-1", "ria", Instant.parse("2026-11-23T10:00:00Z"), Verdict.DEVELOP));

        String prefix = REDIS.prefix() + storePrefix;
        try (RedisClient raw = REDIS.rawClient()) {
            Set<String> keys = raw.keys(prefix + "*");
            assertThat(keys).containsExactlyInAnyOrder(
                    prefix + "org", prefix + "org:version", prefix + "deals", prefix + "deal-tallies", prefix + "deal-sums:2026-12",
                    prefix + "deal-sums-months", prefix + "conversation:ria:dm", prefix + "once:e1", prefix + "reviews:D-1");
            assertThat(raw.pttl(prefix + "conversation:ria:dm")).isBetween(1L, 60_000L);
            assertThat(raw.pttl(prefix + "once:e1")).isBetween(1L, 60_000L);
        }
    }

    @Test
    void aReviewSavedBeforeReviewsHadFindingsReadsBackWithNone() {
        stores.reviews().save(review("D-1", "ria", Instant.parse("2026-11-23T10:00:00Z"), Verdict.DEVELOP));
        String key = REDIS.prefix() + storePrefix + "reviews:D-1";
        try (RedisClient raw = REDIS.rawClient()) {
            String saved = raw.lindex(key, 0);
            String older = saved.replaceFirst(",?\\s*\"findings\"\\s*:\\s*\\[[^\\]]*]", "");
            assertThat(older).isNotEqualTo(saved).doesNotContain("findings");
            raw.lset(key, 0, older);
        }

        assertThat(stores.reviews().latest("D-1").orElseThrow().outcome().findings()).isEmpty();
    }

    @Test
    void anOrgSavedByAnotherInstanceIsReadAgainWhileAnUnchangedOneIsNot() {
        try (Stores other = RedisStores.connect(REDIS.settings(storePrefix))) {
            stores.org().save(org());
            Org first = stores.org().load().orElseThrow();
            assertThat(stores.org().load().orElseThrow()).as("unchanged: the one already read").isSameAs(first);

            Org smaller = Org.of(first.calendar(), first.currency(), first.people().subList(0, 2));
            other.org().save(smaller);

            assertThat(stores.org().load()).contains(smaller);
        }
    }

    @Test
    void twoConnectionsShareOneServerLikeTwoAppInstances() {
        try (Stores other = RedisStores.connect(REDIS.settings(storePrefix))) {
            stores.deals().save(deal("D-7", "ria", "7"));

            assertThat(other.deals().find("D-7")).isPresent();
            assertThat(stores.idempotency().markFirst("slack:event:Ev1", Duration.ofMinutes(1))).isTrue();
            assertThat(other.idempotency().markFirst("slack:event:Ev1", Duration.ofMinutes(1))).isFalse();
        }
    }
}
