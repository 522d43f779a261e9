package dev.dealcoach.core.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Salesforce's login and REST query API as WireMock, answering the shapes Salesforce documents: the
 * token answer with {@code instance_url}, query results with {@code attributes}, nested relationship
 * fields and {@code nextRecordsUrl}, and errors as {@code [{"message", "errorCode"}]}.
 */
public final class SalesforceFake implements AutoCloseable {

    public static final String TOKEN = "00DS7000000oxzo!AR8AQPXAhJNveaXDdPzbrtXqPykdVxBxtbLycpiyPmKyJm0Ku8g";
    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    public SalesforceFake() {
        server.start();
        grantTokens(TOKEN);
    }

    public URI url() {
        return URI.create(server.baseUrl());
    }

    /** The token endpoint grants {@code token}, for the instance at this fake's URL. */
    public void grantTokens(String token) {
        server.stubFor(post(urlPathEqualTo("/services/oauth2/token")).willReturn(okJson("""
                {"access_token": "%s", "signature": "nUFHwtfIGLKDTHcLWmDBG8frv0t+HQGl/iCZFIQUarE=", "token_format": "opaque",
                 "instance_url": "%s", "id": "https://login.salesforce.com/id/00Dd000000XXXXXXX/005d000000XXXXX",
                 "token_type": "Bearer", "issued_at": "1678833535086"}""".formatted(token, server.baseUrl()))));
    }

    public void refuseLogin() {
        server.stubFor(post(urlPathEqualTo("/services/oauth2/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody("{\"error\":\"invalid_client\",\"error_description\":\"invalid client credentials\"}")));
    }

    /** A query whose SOQL contains {@code soql} answers {@code body}. */
    public void query(String soql, String body) {
        stub(get(urlPathMatching("/services/data/v\\d+\\.\\d/query/?")).withQueryParam("q", containing(soql)).willReturn(okJson(body)));
    }

    public void queryAll(String soql, String body) {
        stub(get(urlPathMatching("/services/data/v\\d+\\.\\d/queryAll/?")).withQueryParam("q", containing(soql)).willReturn(okJson(body)));
    }

    /** The next page of a query, at its {@code nextRecordsUrl}. */
    public void page(String path, String body) {
        stub(get(urlPathEqualTo(path)).willReturn(okJson(body)));
    }

    /** Queries with {@code token} are refused as an expired session. */
    public void expire(String token) {
        server.stubFor(get(urlPathMatching("/services/data/.*")).withHeader("Authorization", equalTo("Bearer " + token)).atPriority(1)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json;charset=UTF-8")
                        .withBody("[{\"message\":\"Session expired or invalid\",\"errorCode\":\"INVALID_SESSION_ID\"}]")));
    }

    public void limitExceeded() {
        server.stubFor(get(urlPathMatching("/services/data/.*")).atPriority(1).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody("[{\"message\":\"TotalRequests Limit exceeded.\",\"errorCode\":\"REQUEST_LIMIT_EXCEEDED\"}]")));
    }

    public void stub(MappingBuilder mapping) {
        server.stubFor(mapping);
    }

    public void reset() {
        server.resetAll();
        grantTokens(TOKEN);
    }

    /** The SOQL of every query made, decoded, oldest first. */
    public List<String> queries() {
        return server.getAllServeEvents().stream().map(e -> e.getRequest()).filter(r -> r.getUrl().contains("?q="))
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
                .map(r -> URLDecoder.decode(r.getUrl().substring(r.getUrl().indexOf("?q=") + 3), StandardCharsets.UTF_8)).toList();
    }

    /** The bodies of every PATCH on the Opportunity {@code id}, oldest first. */
    public List<String> patches(String id) {
        return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor(
                        urlPathMatching("/services/data/v\\d+\\.\\d/sobjects/Opportunity/" + id))
                        .withHeader("Authorization", equalTo("Bearer " + TOKEN))).stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)).map(LoggedRequest::getBodyAsString).toList();
    }

    /** The form bodies of every token request, oldest first. */
    public List<String> tokenRequests() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/services/oauth2/token"))).stream()
                .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate)).map(LoggedRequest::getBodyAsString).toList();
    }

    /** An Opportunity record as the query API returns it. */
    public static String opportunity(String id, String name, String account, String ownerEmail, String amount, String stage, String category,
                              String close, String modstamp, boolean closed, boolean won) {
        return """
                {"attributes": {"type": "Opportunity", "url": "/services/data/v62.0/sobjects/Opportunity/%1$s"},
                 "Id": "%1$s", "Name": "%2$s",
                 "Account": {"attributes": {"type": "Account", "url": "/services/data/v62.0/sobjects/Account/001xx000003DGb2AAG"},
                             "Name": "%3$s"},
                 "Owner": {"attributes": {"type": "User", "url": "/services/data/v62.0/sobjects/User/005xx000001X8UzAAK"},
                           "Email": "%4$s"},
                 "Amount": %5$s, "StageName": "%6$s", "ForecastCategoryName": "%7$s", "CloseDate": "%8$s", "NextStep": "Send MSA",
                 "LastActivityDate": "2026-11-28", "CreatedDate": "2026-09-01T08:00:00.000+0000", "SystemModstamp": "%9$s",
                 "IsClosed": %10$s, "IsWon": %11$s}""".formatted(id, name, account, ownerEmail, amount, stage, category, close, modstamp,
                closed, won);
    }

    /** A query result page. */
    public static String result(int totalSize, String nextRecordsUrl, String... records) {
        return "{\"totalSize\": " + totalSize + ", \"done\": " + (nextRecordsUrl == null) + ","
                + (nextRecordsUrl == null ? "" : " \"nextRecordsUrl\": \"" + nextRecordsUrl + "\",")
                + " \"records\": [" + String.join(",", records) + "]}";
    }

    /** An OpportunityFieldHistory row. */
    public static String history(String opportunityId, String field, String oldValue, String newValue, String createdDate) {
        return """
                {"attributes": {"type": "OpportunityFieldHistory", "url": "/services/data/v62.0/sobjects/OpportunityFieldHistory/017xx"},
                 "OpportunityId": "%s", "Field": "%s", "OldValue": %s, "NewValue": %s, "CreatedDate": "%s"}"""
                .formatted(opportunityId, field, oldValue, newValue, createdDate);
    }

    @Override
    public void close() {
        server.stop();
    }
}
