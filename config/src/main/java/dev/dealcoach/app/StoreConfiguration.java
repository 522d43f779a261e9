package dev.dealcoach.app;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.backend.redis.RedisSettings;
import dev.dealcoach.core.backend.redis.RedisStores;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the store back end: Redis when configured, else the embedded in-memory default. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

    static final String DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
    private static final Logger log = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean(destroyMethod = "close")
    Stores stores(DealCoachProperties properties, Clock clock) {
        if (!properties.usesRedis()) {
            log.warn("Using the in-memory store: conversations, reviews and check-ins are lost on restart. "
                    + "Set REDIS_URL (e.g. redis://127.0.0.1:6379) to keep them in Redis.");
            return new InMemoryStores(clock);
        }
        DealCoachProperties.Redis redis = properties.redis();
        String url = redis.url().isBlank() ? DEFAULT_REDIS_URL : redis.url();
        RedisSettings settings = new RedisSettings(redisUri(url), redis.keyPrefix(), redis.timeout());
        RedisStores stores = RedisStores.connect(settings);
        log.info("Using the Redis store at {}", stores.location());
        if (stores.appendOnly().filter(on -> !on).isPresent()) {
            log.warn("Redis at {} keeps no append-only file (appendonly no): a crash or restart loses what was written since its last "
                    + "snapshot. Turn on AOF (appendonly yes, appendfsync everysec) for production.", stores.location());
        }
        return stores;
    }

    /** Parses the URL without ever echoing it: it may hold a password. */
    private static URI redisUri(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("REDIS_URL (dealcoach.redis.url) is not a valid URL: expected "
                    + "redis://[user:password@]host:port[/db], with special characters in the password percent-encoded");
        }
    }
}
