package dev.dealcoach.core.crm;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.dealcoach.core.crm.SalesforceFake.history;
import static dev.dealcoach.core.crm.SalesforceFake.opportunity;
import static dev.dealcoach.core.crm.SalesforceFake.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import dev.dealcoach.core.load.DataImport;
import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Org;
import dev.dealcoach.core.model.Stage;
import dev.dealcoach.core.risk.DealChange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading opportunities from a Salesforce played by WireMock: paging, incremental reads, deletions, field history, tokens, limits. */
class SalesforceSourceTest {

    private final SalesforceFake salesforce = new SalesforceFake();
    private final MutableClock clock = MutableClock.at("2026-12-01T12:00:00Z");
    private final Org org;

    @TempDir
    Path dir;

    SalesforceSourceTest() {
        InMemoryStores stores = new InMemoryStores(clock);
        new DataImport(stores).importDemo(clock);
        org = stores.org().load().orElseThrow();
    }

    @AfterEach
    void stop() {
        salesforce.close();
    }

    private SalesforceSettings clientCredentials() {
        return new SalesforceSettings(salesforce.url(), "3MVG9client", "s3cret", null, null, "v62.0", "USD", 120, CrmMapping.SALESFORCE);
    }

    private void firstPages() {
        salesforce.query("FROM Opportunity ORDER BY SystemModstamp", result(3, "/services/data/v62.0/query/01gxx0000000001AAA-2000",
                opportunity("006A", "Acme - Renewal", "Acme", "ana@example.com", "50000.0", "Negotiation/Review", "Commit", "2026-12-12",
                        "2026-11-30T10:15:00.000+0000", false, false),
                opportunity("006B", "Globex - Pilot", "Globex", "ria@example.com", "12000.5", "Needs Analysis", "Pipeline", "2027-01-20",
                        "2026-11-29T09:00:00.000+0000", false, false)));
        salesforce.page("/services/data/v62.0/query/01gxx0000000001AAA-2000", result(3, null,
                opportunity("006C", "Initech - Platform", "Initech", "omar@example.com", "90000.0", "Closed Won", "Closed", "2026-11-20",
                        "2026-11-21T16:00:00.000+0000", true, true),
                opportunity("006D", "Hooli - Custom", "Hooli", "ana@example.com", "7000.0", "Legal Hold", "Pipeline", "2026-12-30",
                        "2026-11-22T16:00:00.000+0000", false, false),
                opportunity("006E", "Umbrella - Data", "Umbrella", "someone@elsewhere.example", "8000.0", "Prospecting", "Pipeline",
                        "2026-12-30", "2026-11-23T16:00:00.000+0000", false, false)));
        salesforce.query("FROM OpportunityFieldHistory", result(2, null,
                history("006A", "CloseDate", "\"2026-11-30\"", "\"2026-12-12\"", "2026-11-25T10:00:00.000+0000"),
                history("006A", "Amount", "60000.0", "50000.0", "2026-11-26T10:00:00.000+0000"),
                history("006A", "created", "null", "null", "2026-09-01T08:00:00.000+0000")));
    }

    @Test
    void theFirstPullReadsEveryPageMapsStagesAndOwnersAndNamesWhatItLeftOut() {
        firstPages();
        Pull pull = new SalesforceSource(clientCredentials(), clock).pull(org, Optional.empty());

        assertThat(pull.complete()).isTrue();
        assertThat(pull.read()).isEqualTo(5);
        assertThat(pull.deals()).extracting(Deal::id, Deal::ownerId, Deal::stage, Deal::forecastCategory).containsExactly(
                tuple("006A", "ana", Stage.CLOSE, ForecastCategory.COMMIT),
                tuple("006B", "ria", Stage.EVALUATION, ForecastCategory.PIPELINE),
                tuple("006C", "omar", Stage.CLOSED_WON, ForecastCategory.CLOSED));
        Deal acme = pull.deals().get(0);
        assertThat(acme.name()).isEqualTo("Acme - Renewal");
        assertThat(acme.account()).isEqualTo("Acme");
        assertThat(acme.amount().toString()).isEqualTo("USD 50000.00");
        assertThat(acme.closeDate()).isEqualTo(LocalDate.of(2026, 12, 12));
        assertThat(acme.nextStep()).isEqualTo("Send MSA");
        assertThat(acme.lastActivityDate()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(acme.createdDate()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(pull.deals().get(1).amount().toString()).as("rounded to cents").isEqualTo("USD 12000.50");
        assertThat(pull.skipped()).containsExactlyInAnyOrder("006D", "006E");
        assertThat(pull.problems()).containsExactly("006D (Hooli - Custom): stage 'Legal Hold' maps to no DealCoach stage",
                "006E (Umbrella - Data): owner someone@elsewhere.example is not in the org file");
        assertThat(pull.history()).containsExactly(
                new DealChange("006A", DealChange.CLOSE_DATE, "2026-11-30", "2026-12-12", LocalDate.of(2026, 11, 25)),
                new DealChange("006A", DealChange.AMOUNT, "USD 60000.00", "USD 50000.00", LocalDate.of(2026, 11, 26)));
        assertThat(pull.cursor()).as("no history after the pull began: it starts there")
                .isEqualTo("modified=2026-11-30T10:15:00Z;history=2026-12-01T12:00:00Z;whole=2026-12-01T12:00:00Z");
        assertThat(salesforce.queries()).containsExactly(
                "SELECT " + SalesforceSource.FIELDS + " FROM Opportunity ORDER BY SystemModstamp",
                "SELECT OpportunityId, Field, OldValue, NewValue, CreatedDate FROM OpportunityFieldHistory WHERE Field IN ('CloseDate', "
                        + "'StageName', 'Amount', 'ForecastCategoryName') AND CreatedDate = LAST_N_DAYS:120 ORDER BY CreatedDate");
        assertThat(salesforce.tokenRequests()).singleElement().asString().contains("grant_type=client_credentials", "client_id=3MVG9client",
                "client_secret=s3cret");
    }

    @Test
    void aLaterPullAsksOnlyForWhatChangedAndWhatWasDeletedSinceTheCursor() {
        salesforce.query("WHERE SystemModstamp > 2026-11-30T10:10:00Z", result(1, null,
                opportunity("006A", "Acme - Renewal", "Acme", "ana@example.com", "45000.0", "Negotiation/Review", "Best Case", "2027-01-15",
                        "2026-12-01T09:30:00.250+0000", false, false)));
        salesforce.queryAll("IsDeleted = true", result(1, null, """
                {"attributes": {"type": "Opportunity", "url": "/services/data/v62.0/sobjects/Opportunity/006B"}, "Id": "006B"}"""));
        salesforce.query("FROM OpportunityFieldHistory", result(1, null,
                history("006A", "ForecastCategoryName", "\"Commit\"", "\"Best Case\"", "2026-12-01T09:30:00.000+0000")));

        Pull pull = new SalesforceSource(clientCredentials(), clock).pull(org,
                Optional.of("modified=2026-11-30T10:15:00Z;history=2026-11-26T10:00:00Z;whole=2026-12-01T06:00:00Z"));

        assertThat(pull.complete()).isFalse();
        assertThat(pull.deals()).singleElement().extracting(Deal::forecastCategory).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(pull.removed()).containsExactly("006B");
        assertThat(pull.history()).containsExactly(new DealChange("006A", DealChange.CATEGORY, "COMMIT", "BEST_CASE",
                LocalDate.of(2026, 12, 1)));
        assertThat(pull.cursor()).isEqualTo("modified=2026-12-01T09:30:00.250Z;history=2026-12-01T09:30:00Z;whole=2026-12-01T06:00:00Z");
        assertThat(salesforce.queries()).as("each from five minutes before its cursor").containsExactly(
                "SELECT " + SalesforceSource.FIELDS + " FROM Opportunity WHERE SystemModstamp > 2026-11-30T10:10:00Z ORDER BY SystemModstamp",
                "SELECT Id FROM Opportunity WHERE IsDeleted = true AND SystemModstamp > 2026-11-30T10:10:00Z",
                "SELECT OpportunityId, Field, OldValue, NewValue, CreatedDate FROM OpportunityFieldHistory WHERE Field IN ('CloseDate', "
                        + "'StageName', 'Amount', 'ForecastCategoryName') AND CreatedDate > 2026-11-26T09:55:00Z ORDER BY CreatedDate");
    }

    @Test
    void onceADayTheBookIsReadWholeAgain() {
        firstPages();
        Pull pull = new SalesforceSource(clientCredentials(), clock).pull(org,
                Optional.of("modified=2026-11-30T10:15:00Z;history=2026-11-26T10:00:00Z;whole=2026-11-30T11:59:59Z"));

        assertThat(pull.complete()).isTrue();
        assertThat(pull.cursor()).endsWith(";whole=2026-12-01T12:00:00Z");
        assertThat(salesforce.queries().get(0)).isEqualTo("SELECT " + SalesforceSource.FIELDS + " FROM Opportunity ORDER BY SystemModstamp");
        assertThat(salesforce.queries().get(1)).as("history from its cursor, not again the last 120 days").contains("CreatedDate > ");
    }

    @Test
    void anExpiredSessionGetsANewTokenAndTheCallIsTriedOnceMore() {
        firstPages();
        SalesforceSource source = new SalesforceSource(clientCredentials(), clock);
        source.pull(org, Optional.empty());
        salesforce.expire(SalesforceFake.TOKEN);
        salesforce.grantTokens("00DS7000000oxzo!fresh");

        assertThat(source.pull(org, Optional.empty()).deals()).hasSize(3);
        assertThat(salesforce.tokenRequests()).hasSize(2);
    }

    @Test
    void theApiLimitAndARefusedLoginAreSaidPlainly() {
        salesforce.limitExceeded();
        assertThatThrownBy(() -> new SalesforceSource(clientCredentials(), clock).pull(org, Optional.empty()))
                .isInstanceOfSatisfying(CrmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CrmException.Kind.LIMIT);
                    assertThat(e.getMessage()).isEqualTo("Salesforce's API request limit is used up (REQUEST_LIMIT_EXCEEDED: TotalRequests "
                            + "Limit exceeded.); the deals stay as they were and the next sync tries again");
                });

        salesforce.refuseLogin();
        assertThatThrownBy(() -> new SalesforceSource(clientCredentials(), clock).pull(org, Optional.empty()))
                .isInstanceOfSatisfying(CrmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(CrmException.Kind.AUTHENTICATION);
                    assertThat(e.getMessage()).contains("Salesforce refused the client-credentials login", "invalid_client (invalid client "
                            + "credentials)").doesNotContain("s3cret");
                });
    }

    @Test
    void theJwtBearerFlowSignsItsAssertionWithThePrivateKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Path pem = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        firstPages();
        salesforce.stub(post(urlPathEqualTo("/services/oauth2/token")).withRequestBody(containing("jwt-bearer")).atPriority(1)
                .willReturn(okJson("""
                        {"access_token": "00Djwt", "scope": "api", "instance_url": "%s",
                         "id": "https://login.salesforce.com/id/00D/005", "token_type": "Bearer"}""".formatted(salesforce.url()))));
        SalesforceSettings jwt = new SalesforceSettings(salesforce.url(), "3MVG9client", null, "integration@example.com", pem, "v62.0",
                "USD", 120, CrmMapping.SALESFORCE);

        // Signed now: the verifier below checks the expiry against the real time.
        java.time.Clock now = java.time.Clock.fixed(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                java.time.ZoneOffset.UTC);
        assertThat(new SalesforceSource(jwt, now).pull(org, Optional.empty()).deals()).hasSize(3);

        String body = salesforce.tokenRequests().get(0);
        assertThat(body).contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer", "assertion=")
                .doesNotContain("client_secret");
        String assertion = java.util.Arrays.stream(body.split("&")).filter(pair -> pair.startsWith("assertion="))
                .map(pair -> URLDecoder.decode(pair.substring("assertion=".length()), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        DecodedJWT decoded = JWT.require(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), null)).build().verify(assertion);
        assertThat(decoded.getAlgorithm()).isEqualTo("RS256");
        assertThat(decoded.getIssuer()).isEqualTo("3MVG9client");
        assertThat(decoded.getSubject()).isEqualTo("integration@example.com");
        assertThat(decoded.getAudience()).containsExactly("https://login.salesforce.com");
        assertThat(decoded.getExpiresAt().toInstant()).isEqualTo(now.instant().plusSeconds(120));
        assertThat(SalesforceAuth.audience(java.net.URI.create("https://acme--uat.sandbox.my.salesforce.com")))
                .isEqualTo("https://test.salesforce.com");
        assertThat(SalesforceAuth.audience(java.net.URI.create("https://acme.my.salesforce.com"))).isEqualTo("https://login.salesforce.com");
    }

    @Test
    void settingsNeedOneWayToLogIn() {
        assertThatThrownBy(() -> new SalesforceSettings(salesforce.url(), "id", "secret", "user@example.com", dir.resolve("k.pem"), "v62.0",
                "USD", 120, CrmMapping.SALESFORCE)).hasMessageContaining("not both and not neither");
        assertThatThrownBy(() -> new SalesforceSettings(salesforce.url(), "id", null, "user@example.com", null, "v62.0", "USD", 120,
                CrmMapping.SALESFORCE)).hasMessageContaining("needs both SALESFORCE_USERNAME and SALESFORCE_PRIVATE_KEY_FILE");
        assertThatThrownBy(() -> new SalesforceSettings(salesforce.url(), "id", "secret", null, null, "62", "USD", 120,
                CrmMapping.SALESFORCE)).hasMessageContaining("looks like v62.0");
    }

    @Test
    void aWriteIsAPatchOnTheOpportunityAndEachAnswerSaysWhetherToTryAgain() {
        salesforce.stub(com.github.tomakehurst.wiremock.client.WireMock.patch(urlPathEqualTo("/services/data/v62.0/sobjects/Opportunity/006A"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(204)));
        salesforce.stub(com.github.tomakehurst.wiremock.client.WireMock.patch(urlPathEqualTo("/services/data/v62.0/sobjects/Opportunity/006B"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                        .withHeader("Content-Type", "application/json;charset=UTF-8")
                        .withBody("[{\"message\":\"No such column 'DealCoach_Verdict__c' on sobject of type Opportunity\","
                                + "\"errorCode\":\"INVALID_FIELD\"}]")));
        salesforce.stub(com.github.tomakehurst.wiremock.client.WireMock.patch(urlPathEqualTo("/services/data/v62.0/sobjects/Opportunity/006C"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        SalesforceSource source = new SalesforceSource(clientCredentials(), clock);
        java.util.Map<String, String> fields = java.util.Map.of("DealCoach_Verdict__c", "develop");

        assertThat(source.write(new dev.dealcoach.core.conversation.Outgoing.Write("006A", fields)))
                .isInstanceOf(dev.dealcoach.core.pipeline.CrmWriter.Written.class);
        assertThat(source.write(new dev.dealcoach.core.conversation.Outgoing.Write("006B", fields)))
                .isEqualTo(new dev.dealcoach.core.pipeline.CrmWriter.Failed("Salesforce could not take the write to 006B (INVALID_FIELD: "
                        + "No such column 'DealCoach_Verdict__c' on sobject of type Opportunity)"));
        assertThat(source.write(new dev.dealcoach.core.conversation.Outgoing.Write("006C", fields)))
                .isInstanceOf(dev.dealcoach.core.pipeline.CrmWriter.RetryLater.class);
        assertThat(salesforce.patches("006A")).containsExactly("{\"DealCoach_Verdict__c\":\"develop\"}");
    }
}
