package dev.dealcoach.core.store.redis;

import dev.dealcoach.core.store.ChannelAddressStore;
import dev.dealcoach.core.conversation.ConversationStore;
import dev.dealcoach.core.store.DealStore;
import dev.dealcoach.core.store.IdempotencyStore;
import dev.dealcoach.core.store.OrgStore;
import dev.dealcoach.core.store.ReviewStore;
import dev.dealcoach.core.store.StoreUnavailableException;
import dev.dealcoach.core.store.Stores;
import java.time.Duration;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * The stores on one Redis server, through a pooled Jedis {@link RedisClient}. Values are JSON;
 * every key starts with the configured prefix.
 */
public final class RedisStores implements Stores {

    private final RedisSettings settings;
    private final RedisClient redis;
    private final OrgStore org;
    private final DealStore deals;
    private final ConversationStore conversations;
    private final IdempotencyStore idempotency;
    private final ReviewStore reviews;
    private final ChannelAddressStore addresses;

    private RedisStores(RedisSettings settings, RedisClient redis) {
        this.settings = settings;
        this.redis = redis;
        RedisKeys keys = new RedisKeys(settings.keyPrefix());
        this.org = new RedisOrgStore(redis, keys);
        this.deals = new RedisDealStore(redis, keys);
        this.conversations = new RedisConversationStore(redis, keys);
        this.idempotency = new RedisIdempotencyStore(redis, keys);
        this.reviews = new RedisReviewStore(redis, keys);
        this.addresses = new RedisChannelAddressStore(redis, keys);
    }

    /**
     * Connects and checks the server answers, within about the configured timeout.
     *
     * @throws StoreUnavailableException naming the URL (without password) when it does not
     */
    public static RedisStores connect(RedisSettings settings) {
        if (!JedisURIHelper.isValid(settings.url())) {
            throw new IllegalArgumentException("not a Redis URL: " + settings.safeUrl() + " (expected redis://host:port)");
        }
        int timeoutMillis = Math.toIntExact(settings.timeout().toMillis());
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeoutMillis)
                .socketTimeoutMillis(timeoutMillis)
                .user(JedisURIHelper.getUser(settings.url()))
                .password(JedisURIHelper.getPassword(settings.url()))
                .database(JedisURIHelper.getDBIndex(settings.url()))
                .ssl(JedisURIHelper.isRedisSSLScheme(settings.url()))
                .clientName("dealcoach");
        RedisClient client = RedisClient.builder()
                .hostAndPort(JedisURIHelper.getHostAndPort(settings.url()))
                .clientConfig(config.build())
                .poolConfig(poolConfig(settings.timeout()))
                .build();
        RedisStores stores = new RedisStores(settings, client);
        try {
            stores.ping();
        } catch (StoreUnavailableException e) {
            client.close();
            throw e;
        }
        return stores;
    }

    /** Connections are checked when borrowed, so that a restarted server is recovered from without an app restart. */
    private static ConnectionPoolConfig poolConfig(Duration timeout) {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(16);
        pool.setMaxIdle(8);
        pool.setMinIdle(0);
        pool.setTestOnBorrow(true);
        pool.setMaxWait(timeout);
        pool.setJmxEnabled(false);
        return pool;
    }

    @Override
    public String kind() {
        return "redis";
    }

    @Override
    public String location() {
        return settings.safeUrl() + " (key prefix " + settings.keyPrefix() + ")";
    }

    @Override
    public void ping() {
        try {
            redis.ping();
        } catch (JedisException e) {
            throw new StoreUnavailableException("Redis at " + settings.safeUrl() + " is unreachable: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public OrgStore org() {
        return org;
    }

    @Override
    public DealStore deals() {
        return deals;
    }

    @Override
    public ConversationStore conversations() {
        return conversations;
    }

    @Override
    public IdempotencyStore idempotency() {
        return idempotency;
    }

    @Override
    public ReviewStore reviews() {
        return reviews;
    }

    @Override
    public ChannelAddressStore addresses() {
        return addresses;
    }

    @Override
    public void close() {
        redis.close();
    }
}
