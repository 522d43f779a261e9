package dev.dealcoach.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.forecast.ForecastCall;
import dev.dealcoach.core.forecast.ForecastNumbers;
import dev.dealcoach.core.forecast.ForecastWeek;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Org;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Data rights on the embedded default: a person's export after they chatted, and forgetting them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dealcoach.scheduler.admin-token=s3cret-admin", "dealcoach.scheduler.enabled=false"})
class DataRightsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = "Bearer s3cret-admin";

    @LocalServerPort
    int port;

    @Autowired
    Stores stores;

    @Autowired
    Clock clock;

    @Test
    void theExportHoldsWhatThePersonSaidAndDidAndForgettingLeavesOnlyTheirCallsNumbers() throws Exception {
        say("ria", "review globex");
        say("ria", "Dana Whitfield, CFO, met her last Tuesday");
        say("ria", "log 2 discovery 1 exec");
        say("ria", "settings daily-nudge off");
        Org org = stores.org().load().orElseThrow();
        String week = ForecastWeek.of(org.calendar(), LocalDate.now(clock)).key();
        ForecastNumbers numbers = new ForecastNumbers(Money.of("0", "USD"), Money.of("300000", "USD"), Money.of("500000", "USD"),
                Money.of("900000", "USD"));
        stores.forecasts().save(new ForecastCall("ria", week, numbers, numbers, "Globex slips if Dana leaves", "ria", clock.instant()));

        HttpResponse<String> exported = send("GET", "/admin/people/ria/export", ADMIN);

        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(exported.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode export = JSON.readTree(exported.body());
        assertThat(export.get("personId").asString()).isEqualTo("ria");
        assertThat(export.get("person").get("name").asString()).isEqualTo("Ria Patel");
        assertThat(export.get("person").get("quota").propertyNames()).containsExactlyInAnyOrder("amount", "currency");
        assertThat(export.get("conversations").get("dm").get("flow").asString()).isEqualTo("review");
        assertThat(export.get("conversations").toString()).contains("Dana Whitfield, CFO, met her last Tuesday");
        LocalDate riasToday = LocalDate.now(clock.withZone(org.person("ria").orElseThrow().timeZone()));
        assertThat(export.get("activity").get(riasToday.toString()).get("discoveryCalls").asInt()).isEqualTo(2);
        assertThat(export.get("preferences").get("dailyNudgeOff").asBoolean()).isTrue();
        assertThat(export.get("lastPlatform").asString()).isEqualTo("playground");
        assertThat(export.get("forecastCalls").valueStream().map(call -> call.get("note").asString()))
                .contains("Globex slips if Dana leaves");
        assertThat(export.get("dealsOwned")).isNotEmpty();

        HttpResponse<String> forgotten = send("DELETE", "/admin/people/ria", ADMIN);

        assertThat(forgotten.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(forgotten.body()).get("forgotten").asString()).isEqualTo("ria");
        JsonNode after = JSON.readTree(send("GET", "/admin/people/ria/export", ADMIN).body());
        assertThat(after.get("conversations")).isEmpty();
        assertThat(after.get("activity")).isEmpty();
        assertThat(after.get("preferences").get("dailyNudgeOff").asBoolean()).isFalse();
        assertThat(after.get("lastPlatform").isNull()).isTrue();
        List<String> weeks = after.get("forecastCalls").valueStream().map(call -> call.get("week").asString()).toList();
        assertThat(weeks).as("one call per week, the one that counts").doesNotHaveDuplicates().contains(week);
        assertThat(after.get("forecastCalls").valueStream().map(call -> call.get("note").asString())).containsOnly("");
        assertThat(after.toString()).doesNotContain("Dana Whitfield", "Globex slips");
        assertThat(stores.forecasts().week(week).get("ria").called()).as("team totals keep the call's numbers").isEqualTo(numbers);
    }

    @Test
    void anUnknownPersonIs404AndTheEndpointsNeedTheToken() throws Exception {
        assertThat(send("GET", "/admin/people/nobody-here/export", ADMIN).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/admin/people/nobody-here", ADMIN).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/admin/people/ria/export", null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = send("DELETE", "/admin/people/sam", "Bearer not-it");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("Sam");
    }

    private void say(String person, String text) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/playground/api/send"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("person", person, "text", text))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
