package dev.dealcoach.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicBoolean answer = new AtomicBoolean(true);
    private final ServerSocket server;
    private final Thread serving;

    StaleConnectionRetryTest() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        serving = new Thread(this::serve, "closing-server");
        serving.setDaemon(true);
        serving.start();
    }

    /** Reads one request, answers it (or not), and closes the connection. */
    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                int length = 0;
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                for (int i = 0; i < length; i++) {
                    in.read();
                }
                requests.incrementAndGet();
                if (answer.get()) {
                    byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                    OutputStream out = socket.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                    out.flush();
                }
            } catch (IOException e) {
                // the next connection
            }
        }
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private Response post(OkHttpClient http) throws IOException {
        return http.newCall(new Request.Builder().url("http://127.0.0.1:" + server.getLocalPort() + "/api/chat.postMessage")
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

        assertThat(requests).hasValue(20);
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
        answer.set(false);

        assertThatThrownBy(() -> post(http).close()).isInstanceOf(IOException.class);
        assertThat(requests).hasValue(1);
    }
}
