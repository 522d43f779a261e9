package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Boot's structured logging (ECS JSON) on the console: each line of a turn carries the delivery
 * and the person, and a whole run's log holds none of the secrets it was given or what people typed.
 */
class StructuredLogsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_TOKEN = "admin-Zq81xKsecret";
    private static final String TYPED = "Dana Whitfield the CFO, met on 3 Dec, codeword PELICAN-4471";

    private static HttpResponse<String> say(int port, String text) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/playground/api/send"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("person", "ria", "text", text)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTurnsLinesCarryTheDeliveryAndThePersonAndNoLineHoldsASecretOrTypedText() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext app = new SpringApplication(DealCoachApplication.class).run("--server.port=0",
                "--logging.structured.format.console=ecs", "--dealcoach.scheduler.admin-token=" + ADMIN_TOKEN)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            say(port, "review kerr");
            say(port, TYPED);
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/risk/evaluate"))
                    .header("Authorization", "Bearer " + ADMIN_TOKEN).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } finally {
            System.setOut(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        List<JsonNode> lines = Arrays.stream(log.split("\n")).filter(line -> line.startsWith("{")).map(JSON::readTree).toList();

        assertThat(lines).as("every line is ECS JSON").isNotEmpty()
                .allSatisfy(line -> assertThat(line.has("@timestamp") && line.path("log").has("level")).isTrue());
        List<JsonNode> turns = lines.stream().filter(line -> line.path("message").asString().startsWith("Turn on playground")).toList();
        assertThat(turns).hasSize(2).allSatisfy(line -> {
            assertThat(line.path("person").asString()).isEqualTo("ria");
            assertThat(line.path("delivery").asString()).startsWith("playground:");
        });
        assertThat(log).doesNotContain(ADMIN_TOKEN, "PELICAN-4471", "Dana Whitfield", "review kerr");
    }
}
