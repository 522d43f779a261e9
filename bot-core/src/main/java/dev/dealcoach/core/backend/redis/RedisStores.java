package dev.dealcoach.core.backend.redis;

import dev.dealcoach.core.backend.StoreCalls;
import dev.dealcoach.core.privacy.RecordKeeping;
import dev.dealcoach.core.pipeline.ContactStore;
import dev.dealcoach.core.pipeline.Outbox;
import dev.dealcoach.core.store.ChannelAddressStore;
import dev.dealcoach.core.conversation.ConversationStore;
import dev.dealcoach.core.store.DealStore;
import dev.dealcoach.core.activity.ActivityStore;
import dev.dealcoach.core.forecast.DealTotals;
import dev.dealcoach.core.forecast.ForecastStore;
import dev.dealcoach.core.store.IdempotencyStore;
import dev.dealcoach.core.store.LeaseStore;
import dev.dealcoach.core.store.OrgStore;
import dev.dealcoach.core.review.ReviewStore;
import dev.dealcoach.core.crm.CrmStatusStore;
import dev.dealcoach.core.risk.DealHistoryStore;
import dev.dealcoach.core.risk.RiskStore;
import dev.dealcoach.core.schedule.PreferenceStore;
import dev.dealcoach.core.store.StoreUnavailableException;
import dev.dealcoach.core.backend.Stores;
import java.time.Duration;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * The stores on one Redis server, through a pooled Jedis {@link RedisClient}. Values are JSON;
 * every key starts with the configured prefix.
 */
public final class RedisStores implements Stores {

    /**
     * The longest a worker waiting for envelopes holds a pooled connection in one blocking read (each
     * waiting worker holds one of the pool's connections meanwhile). A blocking read times out on the
     * socket only after this plus the configured timeout, so a server that stops answering is noticed.
     */
    static final Duration LONGEST_BLOCK = Duration.ofSeconds(1);

    private final RedisSettings settings;
    private final UnifiedJedis redis;
    private final OrgStore org;
    private final DealStore deals;
    private final DealTotals dealTotals;
    private final ConversationStore conversations;
    private final IdempotencyStore idempotency;
    private final ReviewStore reviews;
    private final ChannelAddressStore addresses;
    private final Outbox outbox;
    private final ContactStore contacts;
    private final ForecastStore forecasts;
    private final ActivityStore activity;
    private final PreferenceStore preferences;
    private final RiskStore risk;
    private final DealHistoryStore dealHistory;
    private final CrmStatusStore crmStatus;
    private final LeaseStore leases;
    private final RecordKeeping records;
    private volatile StoreCalls calls = StoreCalls.NONE;

    private RedisStores(RedisSettings settings, UnifiedJedis redis) {
        this.settings = settings;
        this.redis = redis;
        RedisKeys keys = new RedisKeys(settings.keyPrefix(), settings.cluster());
        String url = settings.safeUrl();
        this.org = RedisFailures.translated(OrgStore.class, new RedisOrgStore(redis, keys), url, this::calls);
        RedisDealStore dealStore = new RedisDealStore(redis, keys);
        this.deals = RedisFailures.translated(DealStore.class, dealStore, url, this::calls);
        this.dealTotals = RedisFailures.translated(DealTotals.class, dealStore, url, this::calls);
        this.conversations = RedisFailures.translated(ConversationStore.class, new RedisConversationStore(redis, keys), url, this::calls);
        this.idempotency = RedisFailures.translated(IdempotencyStore.class, new RedisIdempotencyStore(redis, keys), url, this::calls);
        this.reviews = RedisFailures.translated(ReviewStore.class, new RedisReviewStore(redis, keys), url, this::calls);
        this.addresses = RedisFailures.translated(ChannelAddressStore.class, new RedisChannelAddressStore(redis, keys), url, this::calls);
        this.outbox = RedisFailures.translated(Outbox.class, new RedisOutbox(redis, keys, LONGEST_BLOCK), url, this::calls);
        this.contacts = RedisFailures.translated(ContactStore.class, new RedisContactStore(redis, keys), url, this::calls);
        this.forecasts = RedisFailures.translated(ForecastStore.class, new RedisForecastStore(redis, keys), url, this::calls);
        this.activity = RedisFailures.translated(ActivityStore.class, new RedisActivityStore(redis, keys), url, this::calls);
        this.preferences = RedisFailures.translated(PreferenceStore.class, new RedisPreferenceStore(redis, keys), url, this::calls);
        this.risk = RedisFailures.translated(RiskStore.class, new RedisRiskStore(redis, keys), url, this::calls);
        this.dealHistory = RedisFailures.translated(DealHistoryStore.class, new RedisDealHistoryStore(redis, keys), url, this::calls);
        this.crmStatus = RedisFailures.translated(CrmStatusStore.class, new RedisCrmStatusStore(redis, keys), url, this::calls);
        this.leases = RedisFailures.translated(LeaseStore.class, new RedisLeaseStore(redis, keys), url, this::calls);
        this.records = RedisFailures.translated(RecordKeeping.class, new RedisRecordKeeping(redis, keys), url, this::calls);
    }

    /**
     * Connects and checks the server answers, within about the configured timeout.
     *
     * @throws StoreUnavailableException naming the URL (without password) when it does not
     */
    public static RedisStores connect(RedisSettings settings) {
        if (settings.cluster()) {
            UnifiedJedis client;
            try {
                client = clustered(settings);
            } catch (JedisException e) {
                throw new StoreUnavailableException("Redis Cluster at " + settings.safeUrl() + " is unreachable: "
                        + RedisFailures.rootMessage(e), e);
            }
            return connected(settings, client);
        }
        if (settings.sentinel()) {
            UnifiedJedis client;
            try {
                client = sentineled(settings);
            } catch (JedisException e) {
                throw new StoreUnavailableException("Redis through the sentinels at " + settings.safeUrl() + " is unreachable: "
                        + RedisFailures.rootMessage(e), e);
            }
            return connected(settings, client);
        }
        if (!JedisURIHelper.isValid(settings.url())) {
            throw new IllegalArgumentException("not a Redis URL: " + settings.safeUrl() + " (expected redis://host:port)");
        }
        DefaultJedisClientConfig.Builder config = clientConfig(settings.timeout())
                .user(JedisURIHelper.getUser(settings.url()))
                .password(JedisURIHelper.getPassword(settings.url()))
                .database(JedisURIHelper.getDBIndex(settings.url()))
                .ssl(JedisURIHelper.isRedisSSLScheme(settings.url()));
        RedisClient client = RedisClient.builder()
                .hostAndPort(JedisURIHelper.getHostAndPort(settings.url()))
                .clientConfig(config.build())
                .poolConfig(poolConfig(settings.timeout()))
                .build();
        return connected(settings, client);
    }

    private static RedisStores connected(RedisSettings settings, UnifiedJedis client) {
        RedisStores stores = new RedisStores(settings, client);
        try {
            stores.ping();
        } catch (StoreUnavailableException e) {
            client.close();
            throw e;
        }
        return stores;
    }

    /**
     * A client that asks the sentinels which server is the master, and follows it when they fail over
     * (Jedis listens for {@code +switch-master}): {@code redis-sentinel://[user:password@]h1:26379,h2:26379/0#mymaster}.
     * Host names and IPv4 addresses; the user and password percent-encoded.
     */
    private static UnifiedJedis sentineled(RedisSettings settings) {
        URI url = settings.url();
        String master = url.getFragment();
        String authority = url.getRawAuthority();
        if (master == null || master.isBlank() || authority == null || authority.isBlank()) {
            throw new IllegalArgumentException("not a Sentinel URL: " + settings.safeUrl()
                    + " (expected redis-sentinel://[password@]host:26379[,host:26379...][/db]#master-name)");
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? null : authority.substring(0, at);
        Set<HostAndPort> sentinels = new LinkedHashSet<>();
        for (String address : authority.substring(at + 1).split(",")) {
            sentinels.add(HostAndPort.from(address.contains(":") ? address : address + ":26379"));
        }
        String path = url.getPath() == null ? "" : url.getPath().replaceFirst("^/", "");
        DefaultJedisClientConfig.Builder masterConfig = clientConfig(settings.timeout())
                .database(path.isEmpty() ? 0 : Integer.parseInt(path))
                .ssl(url.getScheme().startsWith("rediss"));
        withUser(masterConfig, userInfo);
        int timeoutMillis = Math.toIntExact(settings.timeout().toMillis());
        DefaultJedisClientConfig sentinelConfig = DefaultJedisClientConfig.builder().connectionTimeoutMillis(timeoutMillis)
                .socketTimeoutMillis(timeoutMillis).build();
        return RedisSentinelClient.builder().masterName(master).sentinels(sentinels).clientConfig(masterConfig.build())
                .sentinelClientConfig(sentinelConfig).poolConfig(poolConfig(settings.timeout())).build();
    }

    /**
     * A client of a Redis Cluster, from some of its nodes ({@code redis-cluster://[user:password@]h1:6379,h2:6379}):
     * Jedis learns the rest and follows slots as they move. Keys that one script touches share a hash tag ({@link RedisKeys}).
     */
    private static UnifiedJedis clustered(RedisSettings settings) {
        URI url = settings.url();
        String authority = url.getRawAuthority();
        if (authority == null || authority.isBlank()) {
            throw new IllegalArgumentException("not a Redis Cluster URL: " + settings.safeUrl()
                    + " (expected redis-cluster://[password@]host:6379[,host:6379...])");
        }
        int at = authority.lastIndexOf('@');
        Set<HostAndPort> nodes = new LinkedHashSet<>();
        for (String address : authority.substring(at + 1).split(",")) {
            nodes.add(HostAndPort.from(address.contains(":") ? address : address + ":6379"));
        }
        DefaultJedisClientConfig.Builder config = clientConfig(settings.timeout()).ssl(url.getScheme().startsWith("rediss"));
        withUser(config, at < 0 ? null : authority.substring(0, at));
        return RedisClusterClient.builder().nodes(nodes).clientConfig(config.build()).poolConfig(poolConfig(settings.timeout())).build();
    }

    private static DefaultJedisClientConfig.Builder clientConfig(Duration timeout) {
        int timeoutMillis = Math.toIntExact(timeout.toMillis());
        return DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeoutMillis)
                .socketTimeoutMillis(timeoutMillis)
                .blockingSocketTimeoutMillis(timeoutMillis + Math.toIntExact(LONGEST_BLOCK.toMillis()))
                .clientName("dealcoach");
    }

    /** The user and password of a URL's user info, split before decoding: an encoded ':' belongs to the password. */
    private static void withUser(DefaultJedisClientConfig.Builder config, String userInfo) {
        if (userInfo == null) {
            return;
        }
        int colon = userInfo.indexOf(':');
        if (colon >= 0) {
            config.user(decoded(userInfo.substring(0, colon))).password(decoded(userInfo.substring(colon + 1)));
        } else {
            config.password(decoded(userInfo));
        }
    }

    /** Percent-decoding of a URL's user info, where '+' is a plus, not a space. */
    private static String decoded(String part) {
        return java.net.URLDecoder.decode(part.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
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

    /**
     * Whether the server keeps an append-only file ({@code CONFIG GET appendonly}); empty when it does
     * not say (a managed Redis may refuse {@code CONFIG}).
     */
    public Optional<Boolean> appendOnly() {
        try {
            Map<String, String> config = redis.configGet("appendonly");
            return Optional.ofNullable(config.get("appendonly")).map("yes"::equalsIgnoreCase);
        } catch (JedisException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    @Override
    public void ping() {
        try {
            redis.ping();
        } catch (JedisException e) {
            throw new StoreUnavailableException("Redis at " + settings.safeUrl() + " is unreachable: " + RedisFailures.rootMessage(e), e);
        }
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
    public DealTotals dealTotals() {
        return dealTotals;
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
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public ContactStore contacts() {
        return contacts;
    }

    @Override
    public ForecastStore forecasts() {
        return forecasts;
    }

    @Override
    public ActivityStore activity() {
        return activity;
    }

    @Override
    public PreferenceStore preferences() {
        return preferences;
    }

    @Override
    public RiskStore risk() {
        return risk;
    }

    @Override
    public CrmStatusStore crmStatus() {
        return crmStatus;
    }

    @Override
    public void observedBy(StoreCalls calls) {
        this.calls = calls;
    }

    private StoreCalls calls() {
        return calls;
    }

    @Override
    public RecordKeeping records() {
        return records;
    }

    @Override
    public LeaseStore leases() {
        return leases;
    }

    @Override
    public DealHistoryStore dealHistory() {
        return dealHistory;
    }

    @Override
    public void close() {
        redis.close();
    }
}
