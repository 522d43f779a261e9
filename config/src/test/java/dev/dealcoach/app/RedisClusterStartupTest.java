package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.backend.TestRedisCluster;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The app on a real three-master Redis Cluster (REDIS_URL=redis-cluster://...): it starts, loads, answers and keeps state. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dealcoach.scheduler.admin-token=cluster-admin")
class RedisClusterStartupTest {

    @RegisterExtension
    static final TestRedisCluster CLUSTER = new TestRedisCluster();

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("dealcoach.redis.url", () -> CLUSTER.settings("").url().toString());
        registry.add("dealcoach.redis.key-prefix", () -> CLUSTER.settings("app:").keyPrefix());
    }

    @LocalServerPort
    int port;

    @Autowired
    Stores stores;

    @Test
    void theDemoIsLoadedIntoTheClusterAndTheAppIsReady() throws Exception {
        assertThat(stores.kind()).isEqualTo("redis");
        assertThat(stores.org().load()).isPresent();
        assertThat(stores.deals().all()).hasSizeBetween(75, 90);
        HttpResponse<String> ready = HttpGet.get(port, "/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(HttpGet.get(port, "/actuator/health").body()).contains("redis-cluster://127.0.0.1:");
    }

    @Test
    void checkInsForecastsAndDataRightsWorkOnIt() throws Exception {
        HttpResponse<String> run = admin("POST", "/admin/check-ins/run?kind=daily-activity&at=2026-11-24T16:30:00Z&person=ria");
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("\"person\":\"ria\"");
        assertThat(admin("POST", "/admin/check-ins/run?kind=daily-activity&at=2026-11-24T16:31:00Z&person=ria").body())
                .as("the second run finds the first's key").contains("already sent");
        assertThat(admin("POST", "/admin/risk/evaluate").statusCode()).isEqualTo(200);
        HttpResponse<String> export = admin("GET", "/admin/people/ria/export");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("\"forecastCalls\":[{");
        assertThat(admin("DELETE", "/admin/people/ria").statusCode()).isEqualTo(200);
        assertThat(admin("POST", "/admin/retention/run").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> admin(String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer cluster-admin").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
