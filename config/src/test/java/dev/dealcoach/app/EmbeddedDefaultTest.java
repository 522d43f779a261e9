package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.model.Role;
import dev.dealcoach.core.backend.Stores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A first run: no files, no Redis, no chat credentials. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDefaultTest {

    @LocalServerPort
    int port;

    @Autowired
    Stores stores;

    @Test
    void startsOnTheInMemoryStoreWithTheDemoOrg() {
        assertThat(stores.kind()).isEqualTo("memory");
        var org = stores.org().load().orElseThrow();
        assertThat(org.people()).filteredOn(p -> p.role() == Role.REP).hasSize(12);
        assertThat(stores.deals().all()).hasSizeBetween(75, 90);
    }

    @Test
    void healthIsUpAndNamesTheStore() throws Exception {
        HttpResponse<String> health = HttpGet.get(port, "/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .startsWith("{")
                .contains("\"status\":\"UP\"")
                .contains("\"store\":{\"details\":{\"kind\":\"memory\"");
    }

    @Test
    void withoutASlackTokenThereIsNoSlackRequestUrl() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"url_verification\",\"challenge\":\"x\"}"))
                        .header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void withoutAnAdminTokenTheAdminEndpointsAreOff() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/check-ins/run?kind=daily-activity"))
                        .POST(HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer anything").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("DEALCOACH_ADMIN_TOKEN");
    }
}
