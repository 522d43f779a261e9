package dev.dealcoach.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealcoach.core.backend.RedisRelay;
import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.TestRedis;
import dev.dealcoach.core.backend.redis.RedisSettings;
import dev.dealcoach.core.backend.redis.RedisStores;
import dev.dealcoach.core.store.StoreUnavailableException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import redis.clients.jedis.RedisClient;

/** The forecast store contract against the real Redis server at {@code REDIS_URL} (default 127.0.0.1:6379). */
class RedisForecastStoreTest extends ForecastStoreContract {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();
    private static final AtomicInteger STORES_CREATED = new AtomicInteger();
    private String storePrefix;
    private RedisStores otherInstance;

    @Override
    protected Stores createEmptyStores() {
        storePrefix = "forecasts-" + STORES_CREATED.incrementAndGet() + ":";
        return RedisStores.connect(REDIS.settings(storePrefix));
    }

    /** A second connection pool with the same prefix, as a second app instance would have. */
    @Override
    protected ForecastStore forecastsOfAnotherInstance() {
        if (otherInstance == null) {
            otherInstance = RedisStores.connect(REDIS.settings(storePrefix));
        }
        return otherInstance.forecasts();
    }

    @AfterEach
    void closeOtherInstance() {
        if (otherInstance != null) {
            otherInstance.close();
        }
    }

    private String key(String name) {
        return REDIS.prefix() + storePrefix + name;
    }

    @Test
    void everyForecastKeyIsWrittenUnderTheConfiguredPrefix() {
        forecasts.save(call("ria", WEEK, "400000", MONDAY));
        forecasts.save(call("ria", WEEK, "550000", MONDAY.plusSeconds(60)));
        forecasts.markAway("kai", WEEK);

        try (RedisClient raw = REDIS.rawClient()) {
            assertThat(raw.keys(key("*"))).containsExactlyInAnyOrder(key("forecast:FY27-Q4-W04"), key("forecast:FY27-Q4-W04:called"),
                    key("forecast:FY27-Q4-W04:ria:versions"), key("forecast:FY27-Q4-W04:away"));
            assertThat(raw.hkeys(key("forecast:FY27-Q4-W04"))).containsExactly("ria");
            assertThat(raw.llen(key("forecast:FY27-Q4-W04:ria:versions"))).isEqualTo(2);
            assertThat(raw.smembers(key("forecast:FY27-Q4-W04:away"))).containsExactly("kai");
        }
    }

    @Test
    void aWeekSavedBeforeTheCompactNumbersWereKeptGetsThemFromItsCalls() {
        ForecastCall ria = call("ria", WEEK, "400000", MONDAY);
        ForecastCall kai = call("kai", WEEK, "300000", MONDAY);
        forecasts.save(ria);
        forecasts.save(kai);
        try (RedisClient raw = REDIS.rawClient()) {
            raw.del(key("forecast:FY27-Q4-W04:called"));

            assertThat(forecasts.called(WEEK, List.of("ria"))).isEqualTo(Map.of("ria", ria.called()));
            assertThat(raw.hkeys(key("forecast:FY27-Q4-W04:called"))).containsExactlyInAnyOrder("ria", "kai");
        }
        ForecastCall newer = call("kai", WEEK, "350000", MONDAY.plusSeconds(5));
        forecasts.save(newer);
        assertThat(forecasts.called(WEEK, List.of("ria", "kai"))).isEqualTo(Map.of("ria", ria.called(), "kai", newer.called()));
    }

    @Test
    void manyPeoplesNumbersAreReadWholeAndStillOnlyTheirs() {
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            forecasts.save(call("rep-" + i, WEEK, Integer.toString(1_000 + i), MONDAY));
            if (i % 2 == 0 || i < 1_000) {
                asked.add("rep-" + i);
            }
        }

        Map<String, ForecastNumbers> called = forecasts.called(WEEK, asked);

        assertThat(called).hasSize(asked.size()).containsOnlyKeys(asked);
        assertThat(called.get("rep-1098").commit().amount()).isEqualByComparingTo("2098");
    }

    @Test
    void aCallWrittenByANewerVersionWithMoreFieldsStillReads() {
        forecasts.save(call("ria", WEEK, "400000", MONDAY));
        try (RedisClient raw = REDIS.rawClient()) {
            String saved = raw.hget(key("forecast:FY27-Q4-W04"), "ria");
            raw.hset(key("forecast:FY27-Q4-W04"), "ria", saved.replaceFirst("^\\{", "{\"confidence\":\"high\","));
        }

        assertThat(forecasts.latest("ria", WEEK)).contains(call("ria", WEEK, "400000", MONDAY));
    }

    @Test
    void aStoreThatCannotReachRedisSaysTheStoreIsUnavailable() throws IOException {
        try (RedisRelay relay = new RedisRelay(REDIS.url());
                Stores throughRelay = RedisStores.connect(new RedisSettings(relay.url(), REDIS.prefix() + storePrefix,
                        Duration.ofSeconds(2)))) {
            throughRelay.forecasts().save(call("ria", WEEK, "400000", MONDAY));

            relay.cut();

            assertThatThrownBy(() -> throughRelay.forecasts().save(call("ria", WEEK, "550000", MONDAY.plusSeconds(60))))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageStartingWith("Redis at " + relay.url() + " is unreachable");
            assertThatThrownBy(() -> throughRelay.forecasts().week(WEEK)).isInstanceOf(StoreUnavailableException.class);
        }
        assertThat(forecasts.week(WEEK)).containsOnlyKeys("ria");
    }
}
