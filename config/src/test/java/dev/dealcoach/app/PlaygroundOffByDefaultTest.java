package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.TestRedis;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The playground impersonates anyone: outside the embedded default it is off unless asked for. */
class PlaygroundOffByDefaultTest {

    @RegisterExtension
    static final TestRedis REDIS = new TestRedis();


    static int status(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class WithRedis {

        @DynamicPropertySource
        static void redis(DynamicPropertyRegistry registry) {
            registry.add("dealcoach.redis.url", () -> REDIS.url().toString());
            registry.add("dealcoach.redis.key-prefix", () -> REDIS.prefix() + "off:");
        }

        @LocalServerPort
        int port;

        @Autowired
        ChannelStatusLog channels;

        @Test
        void thePlaygroundIsOffAndTheLogSaysHowToTurnItOn() throws Exception {
            assertThat(status(port, "/playground/api/people")).isEqualTo(404);
            assertThat(status(port, "/playground/index.html")).isEqualTo(404);
            assertThat(status(port, "/")).isEqualTo(404);
            assertThat(channels.status()).anySatisfy(line -> assertThat(line).startsWith("Playground: off")
                    .contains("DEALCOACH_PLAYGROUND_ENABLED=true"));
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class WithRedisButEnabled {

        @DynamicPropertySource
        static void redisAndPlayground(DynamicPropertyRegistry registry) {
            registry.add("dealcoach.redis.url", () -> REDIS.url().toString());
            registry.add("dealcoach.redis.key-prefix", () -> REDIS.prefix() + "on:");
            registry.add("dealcoach.playground.enabled", () -> "true");
        }

        @LocalServerPort
        int port;

        @Autowired
        ChannelStatusLog channels;

        @Test
        void thePlaygroundIsOnWhenAskedFor() throws Exception {
            assertThat(status(port, "/playground/api/people")).isEqualTo(200);
            assertThat(status(port, "/playground/index.html")).isEqualTo(200);
            assertThat(channels.status()).contains("Playground: on. Open http://localhost:" + port + "/ to chat with DealCoach as anyone in the org.");
        }
    }
}
