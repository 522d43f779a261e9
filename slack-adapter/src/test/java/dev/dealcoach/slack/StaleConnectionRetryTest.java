package dev.dealcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealcoach.core.net.ClosingHttpServer;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Against a server that closes every connection right after its answer without saying so (no
 * {@code Connection: close}), as some servers and proxies do: the next call on that pooled
 * connection is tried again on a fresh one, once; a call the server may have acted on is not.
 */
class StaleConnectionRetryTest {

    private final ClosingHttpServer server;

    StaleConnectionRetryTest() throws IOException {
        server = new ClosingHttpServer("{\"ok\":true}");
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private Response post(OkHttpClient http) throws IOException {
        return http.newCall(new Request.Builder().url(server.baseUrl() + "/api/chat.postMessage")
                .post(RequestBody.create("channel=U_RIA&text=hi", MediaType.get("application/x-www-form-urlencoded"))).build()).execute();
    }

    @Test
    void twentyCallsInARowEachReachTheServerOnce() throws IOException {
        OkHttpClient http = StaleConnectionRetry.on(new OkHttpClient());

        for (int i = 0; i < 20; i++) {
            try (Response response = post(http)) {
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.body().string()).isEqualTo("{\"ok\":true}");
            }
        }

        assertThat(server.requests()).hasSize(20);
    }

    @Test
    void withoutItCallsFailOnTheClosedConnections() {
        OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
        int failed = 0;
        for (int i = 0; i < 20; i++) {
            try (Response response = post(http)) {
                assertThat(response.code()).isEqualTo(200);
            } catch (IOException e) {
                failed++;
            }
        }

        assertThat(failed).as("calls that met a connection the server had closed").isPositive();
    }

    @Test
    void aCallTheServerTookButDidNotAnswerOnAFreshConnectionIsNotRepeated() {
        OkHttpClient http = StaleConnectionRetry.on(new OkHttpClient());
        server.stopAnswering();

        assertThatThrownBy(() -> post(http).close()).isInstanceOf(IOException.class);
        assertThat(server.requests()).hasSize(1);
    }
}
