package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.TestRedis;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.clients.jedis.RedisClient;

/** With a Redis URL set, the app keeps its state in that Redis server under the configured prefix. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RedisStoreStartupTest {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("dealcoach.redis.url", () -> REDIS.url().toString());
        registry.add("dealcoach.redis.key-prefix", REDIS::prefix);
    }



    @LocalServerPort
    int port;

    @Autowired
    Stores stores;

    @Test
    void theDemoOrgAndDealsAreWrittenToRedisUnderThePrefix() {
        assertThat(stores.kind()).isEqualTo("redis");
        try (RedisClient raw = REDIS.rawClient()) {
            assertThat(raw.exists(REDIS.prefix() + "org")).isTrue();
            assertThat(raw.hlen(REDIS.prefix() + "deals")).isBetween(75L, 90L);
        }
    }

    @Test
    void healthReportsTheRedisStoreWithoutAPassword() throws Exception {
        HttpResponse<String> health = HttpGet.get(port, "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"store\":{\"details\":{\"kind\":\"redis\",\"location\":\"redis://"
                + REDIS.url().getHost() + ":" + REDIS.url().getPort());
    }

    @Test
    void prometheusTimesStoreCallsByPortAndMethod() throws Exception {
        stores.deals().all();
        stores.risk().recordActed("mo", "FY27-Q4", "D-1");

        assertThat(HttpGet.get(port, "/actuator/prometheus").body())
                .contains("dealcoach_store_calls_seconds_count{failed=\"false\",method=\"all\",port=\"DealStore\"}",
                        "dealcoach_store_calls_seconds_max{", "dealcoach_risk_alerts_acted_total 1.0");
    }
}
