package dev.dealcoach.app;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Readiness asks Slack about the bot token: ready while Slack takes it, not ready once Slack has revoked it. */
class SlackReadinessTest {

    private static final SlackFake SLACK = new SlackFake();

    @AfterAll
    static void stopSlack() {
        SLACK.stop();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplication(DealCoachApplication.class).run("--server.port=0", "--dealcoach.slack.bot-token=xoxb-0000000001-ready",
                "--dealcoach.slack.signing-secret=" + SlackRequests.SECRET, "--dealcoach.slack.api-url=" + SLACK.apiUrl());
    }

    private static HttpResponse<String> readiness(ConfigurableApplicationContext app) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readyWhileSlackTakesTheTokenAndNotOnceItIsRevoked() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            HttpResponse<String> ready = readiness(app);
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).contains("\"slack\":{", "\"team\":\"Example\"");
        }
        try (ConfigurableApplicationContext app = start()) {
            // Revoked after start-up (start-up would have refused it): readiness asks Slack again and finds out.
            SLACK.stub(post(urlPathEqualTo("/api/auth.test")).atPriority(1)
                    .willReturn(okJson("{\"ok\": false, \"error\": \"token_revoked\"}")));
            HttpResponse<String> revoked = readiness(app);
            assertThat(revoked.statusCode()).isEqualTo(503);
            assertThat(revoked.body()).contains("\"slack\":{", "\"status\":\"DOWN\"", "token_revoked").doesNotContain("xoxb-");
        }
    }
}
