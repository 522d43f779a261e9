package dev.dealcoach.app;

import static dev.dealcoach.core.crm.SalesforceFake.opportunity;
import static dev.dealcoach.core.crm.SalesforceFake.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.crm.SalesforceFake;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app taking its deals from Salesforce (played by WireMock), configured with Salesforce's own
 * variable names: {@code POST /admin/crm/sync} answers what it read, changed and removed, a used-up API
 * limit leaves the deals as they were and shows in health, and the next sync works.
 */
class CrmSyncEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static HttpResponse<String> call(int port, String method, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void opportunities(SalesforceFake salesforce, LocalDate today) {
        salesforce.query("FROM Opportunity ORDER BY SystemModstamp", result(2, null,
                opportunity("006A", "Acme - Renewal", "Acme", "ria@example.com", "50000.0", "Negotiation/Review", "Commit",
                        today.minusDays(3).toString(), "2026-11-30T10:15:00.000+0000", false, false),
                opportunity("006B", "Globex - Pilot", "Globex", "someone@elsewhere.example", "12000.0", "Needs Analysis", "Pipeline",
                        today.plusDays(40).toString(), "2026-11-29T09:00:00.000+0000", false, false)));
        salesforce.query("FROM OpportunityFieldHistory", result(0, null));
    }

    @Test
    void dealsComeFromSalesforceAndASyncThatFailsChangesNothing() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Path org = Files.writeString(dir.resolve("org.yml"), """
                people:
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: UTC, quota: 1000000}
                  - {id: ria, name: Ria Patel, email: ria@example.com, role: rep, manager: mo, time-zone: UTC, quota: 500000}
                """);
        try (SalesforceFake salesforce = new SalesforceFake()) {
            opportunities(salesforce, today);
            try (ConfigurableApplicationContext app = new SpringApplication(DealCoachApplication.class).run("--server.port=0",
                    "--dealcoach.org-file=" + org, "--DEALCOACH_CRM=salesforce", "--SALESFORCE_LOGIN_URL=" + salesforce.url(),
                    "--SALESFORCE_CLIENT_ID=3MVG9client", "--SALESFORCE_CLIENT_SECRET=s3cret", "--DEALCOACH_ADMIN_TOKEN=crm-token")) {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                Stores stores = app.getBean(Stores.class);
                assertThat(call(port, "POST", "/admin/crm/sync", null).statusCode()).isEqualTo(401);
                assertThat(stores.deals().all()).as("nothing before the first sync").isEmpty();

                HttpResponse<String> synced = call(port, "POST", "/admin/crm/sync", "crm-token");

                assertThat(synced.statusCode()).isEqualTo(200);
                JsonNode body = JSON.readTree(synced.body());
                assertThat(body.get("source").asString()).isEqualTo("salesforce");
                assertThat(body.get("read").asInt()).isEqualTo(2);
                assertThat(body.get("changed").asInt()).isEqualTo(1);
                assertThat(body.get("removed").asInt()).isZero();
                assertThat(body.get("problems").toString()).contains("006B (Globex - Pilot): owner someone@elsewhere.example is not in the org file");
                assertThat(body.get("alerts").asInt()).as("Acme's close date has passed").isEqualTo(1);
                assertThat(stores.deals().find("006A")).hasValueSatisfying(deal -> assertThat(deal.ownerId()).isEqualTo("ria"));
                assertThat(salesforce.tokenRequests()).singleElement().asString().contains("client_id=3MVG9client");

                salesforce.limitExceeded();
                HttpResponse<String> limited = call(port, "POST", "/admin/crm/sync", "crm-token");
                assertThat(limited.statusCode()).isEqualTo(502);
                assertThat(JSON.readTree(limited.body()).get("error").asString()).contains("REQUEST_LIMIT_EXCEEDED");
                assertThat(stores.deals().find("006A")).as("the last good deals stay").isPresent();
                JsonNode crm = JSON.readTree(call(port, "GET", "/actuator/health", null).body()).path("components").path("crm");
                assertThat(crm.path("details").path("source").asString()).isEqualTo("salesforce");
                assertThat(crm.path("details").path("lastError").asString()).contains("REQUEST_LIMIT_EXCEEDED");
                assertThat(crm.path("details").has("lastSuccess")).isTrue();

                salesforce.reset();
                salesforce.query("WHERE SystemModstamp > 2026-11-30T10:10:00Z", result(0, null));
                salesforce.queryAll("IsDeleted = true", result(1, null, """
                        {"attributes": {"type": "Opportunity", "url": "/services/data/v62.0/sobjects/Opportunity/006A"}, "Id": "006A"}"""));
                salesforce.query("FROM OpportunityFieldHistory", result(0, null));
                HttpResponse<String> again = call(port, "POST", "/admin/crm/sync", "crm-token");
                assertThat(again.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(again.body()).get("removed").asInt()).as("deleted in Salesforce: out of the book").isEqualTo(1);
                assertThat(stores.deals().find("006A")).isEmpty();
                assertThat(JSON.readTree(call(port, "GET", "/actuator/health", null).body()).path("components").path("crm").path("details")
                        .has("lastError")).as("a sync that worked clears the error").isFalse();
            }
        }
    }

    @Test
    void aCrmWithoutAnOrgFileOrWithoutCredentialsStopsStartUpSayingWhatToSet() {
        Throwable noOrg = catchThrowable(() -> new SpringApplication(DealCoachApplication.class)
                .run("--server.port=0", "--DEALCOACH_CRM=hubspot", "--HUBSPOT_ACCESS_TOKEN=pat-na1-x").close());
        assertThat(noOrg).hasStackTraceContaining("DEALCOACH_CRM=hubspot needs the org file (DEALCOACH_ORG_FILE)");
        assertThat(new StartupFailureAnalyzer().analyze(noOrg).getAction()).contains("Connect your CRM");
    }

    private static HttpResponse<String> say(int port, String person, String text) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/playground/api/send"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("person", person, "text", text)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void withWriteBackOnAFinishedReviewIsWrittenToTheOpportunityThroughTheOutbox() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Path org = Files.writeString(dir.resolve("org.yml"), """
                people:
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: UTC, quota: 1000000}
                  - {id: ria, name: Ria Patel, email: ria@example.com, role: rep, manager: mo, time-zone: UTC, quota: 500000}
                """);
        try (SalesforceFake salesforce = new SalesforceFake()) {
            opportunities(salesforce, today);
            salesforce.stub(com.github.tomakehurst.wiremock.client.WireMock.patch(
                            com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/services/data/v62.0/sobjects/Opportunity/006A"))
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(204)));
            try (ConfigurableApplicationContext app = new SpringApplication(DealCoachApplication.class).run("--server.port=0",
                    "--dealcoach.org-file=" + org, "--DEALCOACH_CRM=salesforce", "--SALESFORCE_LOGIN_URL=" + salesforce.url(),
                    "--SALESFORCE_CLIENT_ID=3MVG9client", "--SALESFORCE_CLIENT_SECRET=s3cret", "--DEALCOACH_ADMIN_TOKEN=crm-token",
                    "--DEALCOACH_CRM_WRITE_BACK=true", "--dealcoach.crm-sync.write-back.verdict-field=DealCoach_Verdict__c",
                    "--dealcoach.playground.enabled=true")) {
                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                assertThat(call(port, "POST", "/admin/crm/sync", "crm-token").statusCode()).isEqualTo(200);

                String answer = say(port, "ria", "review 006A").body();
                for (int i = 0; i < 20 && !answer.contains("Verdict"); i++) {
                    answer = say(port, "ria", "don't know").body();
                }
                assertThat(answer).as("the chat answers at once, whatever the CRM does").contains("Verdict");

                await().atMost(java.time.Duration.ofSeconds(30))
                        .untilAsserted(() -> assertThat(salesforce.patches("006A")).containsExactly("{\"DealCoach_Verdict__c\":\"disqualify\"}"));
            }
        }
    }

    @Test
    void writeBackWithoutACrmOrWithoutAFieldStopsStartUp() throws Exception {
        Path org = Files.writeString(dir.resolve("org.yml"), """
                people:
                  - {id: mo, name: Mo Chen, email: mo@example.com, role: manager, time-zone: UTC, quota: 1000000}
                """);
        Throwable noField = catchThrowable(() -> new SpringApplication(DealCoachApplication.class)
                .run("--server.port=0", "--dealcoach.org-file=" + org, "--DEALCOACH_CRM=hubspot",
                        "--HUBSPOT_ACCESS_TOKEN=pat-na1-x", "--DEALCOACH_CRM_WRITE_BACK=true").close());
        assertThat(noField).hasStackTraceContaining("DEALCOACH_CRM_WRITE_BACK=true needs at least one field to write");
        Throwable noCrm = catchThrowable(() -> new SpringApplication(DealCoachApplication.class)
                .run("--server.port=0", "--DEALCOACH_CRM_WRITE_BACK=true", "--dealcoach.crm-sync.write-back.verdict-field=x").close());
        assertThat(noCrm).hasStackTraceContaining("set DEALCOACH_CRM to salesforce or hubspot");
        Throwable syncedField = catchThrowable(() -> new SpringApplication(DealCoachApplication.class)
                .run("--server.port=0", "--dealcoach.org-file=" + org, "--DEALCOACH_CRM=hubspot", "--HUBSPOT_ACCESS_TOKEN=pat-na1-x",
                        "--DEALCOACH_CRM_WRITE_BACK=true", "--dealcoach.crm-sync.write-back.next-steps-field=hs_next_step").close());
        assertThat(syncedField).hasStackTraceContaining("hs_next_step is read by the sync");
    }
}
