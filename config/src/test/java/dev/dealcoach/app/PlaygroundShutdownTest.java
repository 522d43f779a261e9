package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An open playground page holds a live stream that never ends by itself; graceful shutdown would
 * wait for it until its timeout (20 s). The app ends the streams first and stops at once.
 */
class PlaygroundShutdownTest {

    @Test
    void anOpenLiveStreamDoesNotHoldUpShutdown() throws Exception {
        ConfigurableApplicationContext app = new SpringApplication(DealCoachApplication.class).run("--server.port=0");
        String port = app.getEnvironment().getProperty("local.server.port");
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/playground/api/stream?person=ana"))
                        .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        Iterator<String> lines = stream.body().iterator();
        assertThat(lines.next()).isEqualTo(":watching ana");
        CompletableFuture<Void> ended = CompletableFuture.runAsync(() -> lines.forEachRemaining(line -> { }));

        long start = System.nanoTime();
        app.close();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(10));
        ended.get(5, TimeUnit.SECONDS);
    }
}
