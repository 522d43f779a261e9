package dev.dealcoach.core.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Stage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reading deals from a HubSpot played by WireMock with its documented shapes: {@code results} and
 * {@code paging.next.after} (a short page is not the end), owners, pipelines, associations, the
 * search API's incremental filter, its 429 and its pace.
 */
class HubSpotSourceTest {

    private final WireMockServer hubspot = new WireMockServer(options().dynamicPort());
    private final List<Duration> waits = new ArrayList<>();
    private final Org org;
    private final MutableClock clock = MutableClock.at("2026-12-01T12:00:00Z");

    HubSpotSourceTest() {
        hubspot.start();
        InMemoryStores stores = new InMemoryStores(clock);
        new DataImport(stores).importDemo(clock);
        org = stores.org().load().orElseThrow();
        stubAccountBasics();
    }

    @AfterEach
    void stop() {
        hubspot.stop();
    }

    private HubSpotSource source() {
        return new HubSpotSource(new HubSpotSettings("pat-na1-11111111-2222", URI.create(hubspot.baseUrl()), "USD", CrmMapping.HUBSPOT),
                clock, waits::add);
    }

    private static String deal(String id, String name, String amount, String stage, String close, String owner, String category,
                               String modified, boolean closed, boolean won) {
        return """
                {"id": "%s", "properties": {"dealname": "%s", "amount": %s, "dealstage": "%s", "pipeline": "default",
                  "closedate": "%s", "hubspot_owner_id": "%s", "hs_lastmodifieddate": "%s", "createdate": "2026-09-01T08:00:00.000Z",
                  "hs_manual_forecast_category": %s, "hs_next_step": "Send MSA", "notes_last_updated": "2026-11-28T16:00:00.000Z",
                  "hs_is_closed": "%s", "hs_is_closed_won": "%s", "hs_object_id": "%s"},
                 "createdAt": "2026-09-01T08:00:00.000Z", "updatedAt": "%s", "archived": false}"""
                .formatted(id, name, amount, stage, close, owner, modified, category, closed, won, id, modified);
    }

    private void stubAccountBasics() {
        // Owners in two pages: the first holds one owner though the limit is 100; only paging says there is more.
        hubspot.stubFor(get(urlPathEqualTo("/crm/v3/owners")).withQueryParam("archived", equalTo("true"))
                .willReturn(okJson("""
                        {"results": [{"id": "41629782", "email": "omar@example.com", "firstName": "Omar", "archived": true, "userId": null}]}""")));
        hubspot.stubFor(get(urlPathEqualTo("/crm/v3/owners")).withQueryParam("archived", equalTo("false"))
                .withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .willReturn(okJson("""
                        {"results": [{"id": "41629779", "email": "ana@example.com", "type": "PERSON", "firstName": "Ana", "lastName": "Ruiz",
                          "userId": 9586504, "createdAt": "2019-12-25T13:01:35.228Z", "updatedAt": "2023-08-22T13:40:26.790Z",
                          "archived": false, "teams": []}],
                         "paging": {"next": {"after": "1", "link": "https://api.hubapi.com/crm/v3/owners/?after=1"}}}""")));
        hubspot.stubFor(get(urlPathEqualTo("/crm/v3/owners")).withQueryParam("archived", equalTo("false"))
                .withQueryParam("after", equalTo("1")).willReturn(okJson("""
                {"results": [{"id": "41629780", "email": "lee@example.com", "firstName": "Lee", "lastName": "Okafor", "userId": 9586505,
                  "archived": false}, {"id": "41629781", "email": "stranger@elsewhere.example", "archived": false}]}""")));
        hubspot.stubFor(get(urlPathEqualTo("/crm/v3/pipelines/deals")).willReturn(okJson("""
                {"results": [{"id": "default", "label": "Sales Pipeline", "displayOrder": 0, "archived": false, "stages": [
                  {"id": "appointmentscheduled", "label": "Appointment Scheduled", "displayOrder": 0, "archived": false,
                   "metadata": {"isClosed": "false", "probability": "0.2"}},
                  {"id": "contractsent", "label": "Contract Sent", "displayOrder": 4, "metadata": {"isClosed": "false", "probability": "0.9"}},
                  {"id": "closedwon", "label": "Closed Won", "displayOrder": 5, "metadata": {"isClosed": "true", "probability": "1.0"}},
                  {"id": "1234567", "label": "Legal Hold", "displayOrder": 6, "metadata": {"isClosed": "false", "probability": "0.5"}}]}]}""")));
        hubspot.stubFor(post(urlPathEqualTo("/crm/v4/associations/deals/companies/batch/read")).willReturn(okJson("""
                {"status": "COMPLETE", "results": [
                  {"from": {"id": "9001"}, "to": [{"toObjectId": 501, "associationTypes": [{"category": "HUBSPOT_DEFINED", "typeId": 5}]}]},
                  {"from": {"id": "9002"}, "to": [{"toObjectId": 502, "associationTypes": [{"category": "HUBSPOT_DEFINED", "typeId": 5}]}]}],
                 "startedAt": "2026-12-01T12:00:00.000Z", "completedAt": "2026-12-01T12:00:00.100Z"}""")));
        hubspot.stubFor(post(urlPathEqualTo("/crm/v3/objects/companies/batch/read")).willReturn(okJson("""
                {"status": "COMPLETE", "results": [
                  {"id": "501", "properties": {"name": "Acme Corp"}, "archived": false},
                  {"id": "502", "properties": {"name": "Globex"}, "archived": false}]}""")));
    }

    @Test
    void theFirstPullListsEveryDealPageByPageAndMapsOwnersStagesAccountsAndDates() {
        hubspot.stubFor(get(urlPathEqualTo("/crm/v3/objects/deals")).withQueryParam("archived", equalTo("false"))
                .withQueryParam("after", com.github.tomakehurst.wiremock.client.WireMock.absent()).willReturn(okJson("""
                        {"results": [%s], "paging": {"next": {"after": "9002", "link": "..."}}}""".formatted(
                        deal("9001", "Acme renewal", "\"50000.5\"", "contractsent", "2026-12-12T00:00:00Z", "41629779", "\"COMMIT\"",
                                "2026-11-30T10:15:00.000Z", false, false)))));
        hubspot.stubFor(get(urlPathEqualTo("/crm/v3/objects/deals")).withQueryParam("archived", equalTo("false"))
                .withQueryParam("after", equalTo("9002")).willReturn(okJson("""
                        {"results": [%s, %s, %s]}""".formatted(
                        deal("9002", "Globex pilot", "\"12000\"", "closedwon", "2026-11-20T00:00:00Z", "41629780", "null",
                                "2026-11-21T10:15:00Z", true, true),
                        deal("9003", "Hooli custom", "\"7000\"", "1234567", "2026-12-30T00:00:00Z", "41629779", "null",
                                "2026-11-22T10:15:00.000Z", false, false),
                        deal("9004", "Initech", "null", "appointmentscheduled", "2026-12-30T00:00:00Z", "41629781", "null",
                                "2026-11-23T10:15:00.000Z", false, false)))));

        Pull pull = source().pull(org, Optional.empty());

        assertThat(pull.complete()).isTrue();
        assertThat(pull.read()).isEqualTo(4);
        assertThat(pull.deals()).extracting(Deal::id, Deal::ownerId, Deal::account, Deal::stage, Deal::forecastCategory, Deal::closeDate)
                .containsExactly(tuple("9001", "ana", "Acme Corp", Stage.NEGOTIATION, ForecastCategory.COMMIT, LocalDate.of(2026, 12, 12)),
                        tuple("9002", "lee", "Globex", Stage.CLOSED_WON, ForecastCategory.CLOSED, LocalDate.of(2026, 11, 20)));
        assertThat(pull.deals().get(0).amount().toString()).isEqualTo("USD 50000.50");
        assertThat(pull.deals().get(0).lastActivityDate()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(pull.deals().get(0).nextStep()).isEqualTo("Send MSA");
        assertThat(pull.problems()).containsExactly("9003 (Hooli custom): stage 'Legal Hold' (1234567) maps to no DealCoach stage",
                "9004 (Initech): owner stranger@elsewhere.example is not in the org file");
        assertThat(pull.skipped()).containsExactlyInAnyOrder("9003", "9004");
        assertThat(pull.cursor()).isEqualTo("modified=2026-11-30T10:15:00Z;whole=2026-12-01T12:00:00Z");
        hubspot.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/crm/v3/objects/deals"))
                .withHeader("Authorization", equalTo("Bearer pat-na1-11111111-2222")));
    }

    @Test
    void aLaterPullSearchesForWhatChangedWaitsOutA429AndPacesItsSearches() {
        String modifiedSince = String.valueOf(Instant.parse("2026-11-30T10:10:00Z").toEpochMilli());
        hubspot.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/search")).inScenario("search").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withHeader("Retry-After", "2")
                        .withBody("{\"status\":\"error\",\"message\":\"You have reached your secondly limit.\",\"errorType\":\"RATE_LIMIT\","
                                + "\"correlationId\":\"c033cdaa-2c40-4a64-ae48-b4cec88dad24\"}"))
                .willSetStateTo("page 1"));
        hubspot.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/search")).inScenario("search").whenScenarioStateIs("page 1")
                .withRequestBody(matchingJsonPath("$.filterGroups[0].filters[0]", equalToJson("""
                        {"propertyName": "hs_lastmodifieddate", "operator": "GTE", "value": "%s"}""".formatted(modifiedSince))))
                .withRequestBody(matchingJsonPath("$.sorts[0].direction", equalTo("ASCENDING")))
                .willReturn(okJson("""
                        {"total": 2, "results": [%s], "paging": {"next": {"after": "1"}}}""".formatted(
                        deal("9001", "Acme renewal", "\"45000\"", "contractsent", "2027-01-15T00:00:00Z", "41629779", "\"BEST_CASE\"",
                                "2026-12-01T09:30:00.250Z", false, false))))
                .willSetStateTo("page 2"));
        hubspot.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/search")).inScenario("search").whenScenarioStateIs("page 2")
                .withRequestBody(matchingJsonPath("$.after", equalTo("1")))
                .willReturn(okJson("""
                        {"total": 2, "results": [%s]}""".formatted(
                        deal("9002", "Globex pilot", "\"12000\"", "contractsent", "2027-01-20T00:00:00Z", "41629780", "\"COMMIT\"",
                                "2026-12-01T10:00:00.000Z", false, false)))));
        hubspot.stubFor(get(urlPathEqualTo("/crm/v3/objects/deals")).withQueryParam("archived", equalTo("true")).willReturn(okJson("""
                {"results": [{"id": "8001", "properties": {"dealname": "Old"}, "archived": true, "archivedAt": "2026-12-01T08:00:00.000Z"},
                             {"id": "7001", "properties": {"dealname": "Older"}, "archived": true, "archivedAt": "2026-10-01T08:00:00.000Z"}]}""")));

        Pull pull = source().pull(org, Optional.of("modified=2026-11-30T10:15:00Z;whole=2026-12-01T06:00:00Z"));

        assertThat(pull.complete()).isFalse();
        assertThat(pull.deals()).extracting(Deal::id, Deal::forecastCategory)
                .containsExactly(tuple("9001", ForecastCategory.BEST_CASE), tuple("9002", ForecastCategory.COMMIT));
        assertThat(pull.removed()).as("archived since the cursor").containsExactly("8001");
        assertThat(pull.cursor()).isEqualTo("modified=2026-12-01T10:00:00Z;whole=2026-12-01T06:00:00Z");
        assertThat(waits).as("Retry-After honoured, then the next search waits for its turn").contains(Duration.ofSeconds(2));
        assertThat(waits.stream().filter(w -> w.compareTo(HubSpotSource.SEARCH_PACE) <= 0 && !w.isZero())).isNotEmpty();
        assertThat(hubspot.findAll(postRequestedFor(urlPathEqualTo("/crm/v3/objects/deals/search")))).hasSize(3);
    }

    @Test
    void theDailyLimitIsNotWaitedForAndABurstLimitBacksOffLongerEachTime() {
        hubspot.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/search")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"error\",\"message\":\"You have reached your daily "
                        + "limit.\",\"errorType\":\"RATE_LIMIT\",\"policyName\":\"DAILY\",\"correlationId\":\"c033cdaa\"}")));
        assertThatThrownBy(() -> source().pull(org, Optional.of("modified=2026-11-30T10:15:00Z;whole=2026-12-01T06:00:00Z")))
                .isInstanceOfSatisfying(CrmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CrmException.Kind.LIMIT);
                    assertThat(e.getMessage()).contains("RATE_LIMIT: You have reached your daily limit.");
                });
        assertThat(hubspot.findAll(postRequestedFor(urlPathEqualTo("/crm/v3/objects/deals/search")))).hasSize(1);

        hubspot.resetRequests();
        hubspot.stubFor(post(urlPathEqualTo("/crm/v3/objects/deals/search")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"error\",\"message\":\"You have reached your "
                        + "ten_secondly_rolling limit.\",\"errorType\":\"RATE_LIMIT\",\"policyName\":\"TEN_SECONDLY_ROLLING\"}")));
        waits.clear();
        assertThatThrownBy(() -> source().pull(org, Optional.of("modified=2026-11-30T10:15:00Z;whole=2026-12-01T06:00:00Z")))
                .isInstanceOf(CrmException.class);
        assertThat(waits.stream().filter(w -> w.toSeconds() >= 1).toList())
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(hubspot.findAll(postRequestedFor(urlPathEqualTo("/crm/v3/objects/deals/search")))).hasSize(5);
    }

    @Test
    void aRefusedTokenIsSaidPlainly() {
        hubspot.stubFor(get(urlPathEqualTo("/crm/v3/owners")).atPriority(1).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json;charset=utf-8").withBody("""
                        {"status":"error","message":"Authentication credentials not found. This API supports OAuth 2.0 authentication.",
                         "correlationId":"f0ee980f-a446-4189-b004-ff06d08bf4e3","category":"INVALID_AUTHENTICATION"}""")));

        assertThatThrownBy(() -> source().pull(org, Optional.empty())).isInstanceOfSatisfying(CrmException.class, e -> {
            assertThat(e.kind()).isEqualTo(CrmException.Kind.AUTHENTICATION);
            assertThat(e.getMessage()).startsWith("HubSpot refused the access token (INVALID_AUTHENTICATION: Authentication credentials "
                    + "not found.").doesNotContain("pat-na1");
        });
    }

    @Test
    void aWriteIsAPatchOfTheDealsPropertiesAndA429IsTriedAgainLater() {
        hubspot.stubFor(com.github.tomakehurst.wiremock.client.WireMock.patch(urlPathEqualTo("/crm/v3/objects/deals/9001"))
                .withRequestBody(equalToJson("{\"properties\": {\"dealcoach_verdict\": \"develop\"}}")).willReturn(okJson("""
                        {"id": "9001", "properties": {"dealcoach_verdict": "develop"}, "createdAt": "2026-09-01T08:00:00.000Z",
                         "updatedAt": "2026-12-01T12:00:00.000Z", "archived": false}""")));
        hubspot.stubFor(com.github.tomakehurst.wiremock.client.WireMock.patch(urlPathEqualTo("/crm/v3/objects/deals/9002"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3").withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":\"error\",\"message\":\"You have reached your ten_secondly_rolling limit.\","
                                + "\"errorType\":\"RATE_LIMIT\",\"policyName\":\"TEN_SECONDLY_ROLLING\"}")));
        hubspot.stubFor(com.github.tomakehurst.wiremock.client.WireMock.patch(urlPathEqualTo("/crm/v3/objects/deals/9003"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"status":"error","message":"Property values were not valid","correlationId":"ffbce914",
                         "errors":[{"message":"Property \\"dealcoach_verdict\\" does not exist","code":"PROPERTY_DOESNT_EXIST"}],
                         "category":"VALIDATION_ERROR"}""")));
        java.util.Map<String, String> fields = java.util.Map.of("dealcoach_verdict", "develop");

        assertThat(source().write(new dev.dealcoach.core.conversation.Outgoing.Write("9001", fields)))
                .isInstanceOf(dev.dealcoach.core.pipeline.CrmWriter.Written.class);
        assertThat(source().write(new dev.dealcoach.core.conversation.Outgoing.Write("9002", fields)))
                .isInstanceOfSatisfying(dev.dealcoach.core.pipeline.CrmWriter.RetryLater.class,
                        later -> assertThat(later.after()).isEqualTo(Duration.ofSeconds(3)));
        assertThat(source().write(new dev.dealcoach.core.conversation.Outgoing.Write("9003", fields)))
                .isEqualTo(new dev.dealcoach.core.pipeline.CrmWriter.Failed("HubSpot could not answer (VALIDATION_ERROR: Property values were not valid)"));
    }
}
