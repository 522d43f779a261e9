package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.Stores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reloading the deals file keeps what changed in the deals' history and sends the slip-risk alerts now due. */
class DealsReloadTest {

    private static final String HEADER = "id,name,account,owner_email,amount,currency,stage,forecast_category,close_date,next_step,"
            + "last_activity_date,created_date\n";

    @TempDir
    Path dir;

    private static HttpResponse<String> reload(int port, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/deals/reload"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReloadRecordsTheChangesAndAlertsTheManagerOfADealNowAtRisk() throws Exception {
        LocalDate today = LocalDate.now();
        Path org = Files.writeString(dir.resolve("org.yml"), """
                people:
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: UTC, quota: 1000000}
                  - {id: ria, name: Ria Patel, email: ria@example.com, role: rep, manager: mo, time-zone: UTC, quota: 500000}
                """);
        Path deals = dir.resolve("deals.csv");
        Files.writeString(deals, HEADER + "D-1,Globex - Platform,Globex,ria@example.com,240000,USD,Negotiation,Commit,"
                + today.plusDays(40) + ",Legal review," + today + "," + today.minusDays(5) + "\n");
        try (ConfigurableApplicationContext app = new SpringApplication(DealCoachApplication.class).run("--server.port=0",
                "--dealcoach.org-file=" + org, "--dealcoach.deals-file=" + deals, "--dealcoach.scheduler.admin-token=reload-token")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            Files.writeString(deals, HEADER + "D-1,Globex - Platform,Globex,ria@example.com,150000,USD,Negotiation,Best Case,"
                    + today.minusDays(2) + ",," + today + "," + today.minusDays(5) + "\n");

            assertThat(reload(port, null).statusCode()).isEqualTo(401);
            HttpResponse<String> response = reload(port, "reload-token");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = JsonMapper.builder().build().readTree(response.body());
            assertThat(body.get("loaded").asString()).isEqualTo("2 people and 1 deal (no rows skipped)");
            assertThat(body.get("alerts").asInt()).isEqualTo(1);
            Stores stores = app.getBean(Stores.class);
            assertThat(stores.dealHistory().of(List.of("D-1")).get("D-1")).extracting(c -> c.field())
                    .containsExactly("close-date", "amount", "forecast-category");
            assertThat(stores.risk().alerted("D-1")).hasValueSatisfying(state -> assertThat(state).startsWith("LIKELY_TO_SLIP:"));
        }
    }

    @Test
    void theDemoHasNoFileToReload() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplication(DealCoachApplication.class).run("--server.port=0",
                "--dealcoach.scheduler.admin-token=reload-token")) {
            HttpResponse<String> response = reload(((WebServerApplicationContext) app).getWebServer().getPort(), "reload-token");

            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(response.body()).contains("DEALCOACH_DEALS_FILE");
        }
    }
}
