package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.backend.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.pipeline.Outbox.Claim;
import dev.dealcoach.core.backend.TestRedis;
import dev.dealcoach.core.backend.redis.RedisStores;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;

/** The outbox contract against the real Redis server at {@code REDIS_URL} (default 127.0.0.1:6379). */
class RedisOutboxTest extends OutboxContract {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();
    private static final AtomicInteger STORES_CREATED = new AtomicInteger();
    private String storePrefix;
    private RedisStores otherInstance;

    @Override
    protected Stores createEmptyStores() {
        storePrefix = "outbox-" + STORES_CREATED.incrementAndGet() + ":";
        return RedisStores.connect(REDIS.settings(storePrefix));
    }

    /** A second connection pool with the same prefix, as a second app instance would have. */
    @Override
    protected Outbox outboxOfAnotherInstance() {
        if (otherInstance == null) {
            otherInstance = RedisStores.connect(REDIS.settings(storePrefix));
        }
        return otherInstance.outbox();
    }

    @AfterEach
    void closeOtherInstance() {
        if (otherInstance != null) {
            otherInstance.close();
        }
    }

    @Override
    protected void letTimePass(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }

    private String key(String name) {
        return REDIS.prefix() + storePrefix + name;
    }

    @Test
    void everyOutboxKeyIsWrittenUnderTheConfiguredPrefixAndRememberedForEightDays() {
        outbox.enqueue(envelope("reply:slack:Ev1:0"));
        outbox.complete(outbox.claim("worker-a", 1, NO_WAIT, ABANDONED_AFTER).get(0), sent("reply:slack:Ev1:0", "1"));
        stores.contacts().prefer("ria", Optional.of(Platform.TEAMS));
        stores.contacts().talkedOn("ria", Platform.SLACK);

        try (RedisClient raw = REDIS.rawClient()) {
            assertThat(raw.keys(key("*"))).containsExactlyInAnyOrder(key("outbox"), key("outbox:key:reply:slack:Ev1:0"),
                    key("outbox:outcome:reply:slack:Ev1:0"), key("contacts:preferred"), key("contacts:last"));
            long sevenDays = Duration.ofDays(7).toMillis();
            assertThat(raw.pttl(key("outbox:key:reply:slack:Ev1:0"))).isBetween(sevenDays, Outbox.KEY_MEMORY.toMillis());
            assertThat(raw.pttl(key("outbox:outcome:reply:slack:Ev1:0"))).isBetween(sevenDays, Outbox.KEY_MEMORY.toMillis());
            assertThat(raw.hget(key("contacts:preferred"), "ria")).isEqualTo("teams");
            assertThat(raw.hget(key("contacts:last"), "ria")).isEqualTo("slack");
        }
    }

    @Test
    void anEntryThisVersionCannotReadIsLeftPendingNotLost() throws InterruptedException {
        try (RedisClient raw = REDIS.rawClient()) {
            raw.xadd(key("outbox"), StreamEntryID.NEW_ENTRY, Map.of("key", "from-a-newer-version",
                    "envelope", "{\"key\":\"from-a-newer-version\",\"outgoing\":{\"type\":\"broadcast\"}}"));
        }
        outbox.enqueue(envelope("readable"));

        List<Claim> claims = outbox.claim("worker-a", 5, NO_WAIT, ABANDONED_AFTER);
        assertThat(claims).extracting(claim -> claim.envelope().key()).containsExactly("readable");
        outbox.complete(claims.get(0), sent("readable", "1"));
        letTimePass(ABANDONED_AFTER.plusMillis(100));

        assertThat(outbox.claim("worker-b", 5, NO_WAIT, ABANDONED_AFTER)).isEmpty();
        assertThat(outbox.pending()).isEqualTo(1);
    }

    @Test
    void queuingAndClaimingRecoverWhenTheServerLostEverythingAsARestartWithoutPersistenceWould() {
        outbox.enqueue(envelope("before"));
        assertThat(outbox.claim("worker-a", 5, NO_WAIT, ABANDONED_AFTER)).hasSize(1);
        try (RedisClient raw = REDIS.rawClient()) {
            raw.del(key("outbox"));
        }

        outbox.enqueue(envelope("after"));

        assertThat(outbox.claim("worker-a", 5, NO_WAIT, ABANDONED_AFTER)).extracting(claim -> claim.envelope().key())
                .containsExactly("after");
        try (RedisClient raw = REDIS.rawClient()) {
            raw.del(key("outbox"));
        }
        assertThat(outbox.claim("worker-a", 5, Duration.ofMillis(100), ABANDONED_AFTER)).isEmpty();
    }
}
