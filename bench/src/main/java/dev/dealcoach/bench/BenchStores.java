package dev.dealcoach.bench;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.backend.redis.RedisSettings;
import dev.dealcoach.core.backend.redis.RedisStores;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The stores one run uses: in memory, or on Redis under a key prefix of the run's own that is
 * removed when the run closes them.
 */
final class BenchStores implements AutoCloseable {

    private final Stores stores;
    private final URI redisUrl;
    private final String prefix;

    private BenchStores(Stores stores, URI redisUrl, String prefix) {
        this.stores = stores;
        this.redisUrl = redisUrl;
        this.prefix = prefix;
    }

    static BenchStores open(BenchSettings settings, Clock clock) {
        if (settings.store().equals("memory")) {
            return new BenchStores(new InMemoryStores(clock), null, null);
        }
        String prefix = "dealcoach-bench:" + UUID.randomUUID() + ":";
        return new BenchStores(RedisStores.connect(new RedisSettings(settings.redisUrl(), prefix, Duration.ofSeconds(2))),
                settings.redisUrl(), prefix);
    }

    Stores stores() {
        return stores;
    }

    String location() {
        return stores.location();
    }

    /**
     * Closes the stores and removes the run's keys, after the longest blocking outbox read a stopped
     * worker may still be in (RedisStores reads block up to a second), so that none sees its stream vanish.
     */
    @Override
    public void close() {
        stores.close();
        if (prefix != null) {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            removeKeys();
        }
    }

    private void removeKeys() {
        removeKeys(redisUrl, prefix);
    }

    /** Deletes every key under {@code prefix}: a run's keys, afterwards. */
    static void removeKeys(URI redisUrl, String prefix) {
        try (RedisClient client = RedisClient.create(redisUrl)) {
            ScanParams match = new ScanParams().match(prefix + "*").count(1_000);
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = client.scan(cursor, match);
                if (!page.getResult().isEmpty()) {
                    client.del(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        }
    }
}
