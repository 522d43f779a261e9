package dev.dealcoach.app;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.dealcoach.core.backend.Stores;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With an app id set, only activities carrying a valid Bot Framework token are processed. The
 * OpenID metadata and signing keys are served locally by WireMock, so nothing leaves the machine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamsAuthenticationTest {

    private static final String APP_ID = "6f6a2b3c-1d2e-4f50-8a9b-0c1d2e3f4a5b";
    private static final WireMockServer BOT_FRAMEWORK = new WireMockServer(options().dynamicPort());
    private static final KeyPair PUBLISHED = keyPair();
    private static final KeyPair FORGER = keyPair();
    private static final String REPLY_TOKEN = "reply-token-from-the-fake-identity-provider";

    static {
        BOT_FRAMEWORK.start();
        BOT_FRAMEWORK.stubFor(get(urlPathEqualTo("/v1/.well-known/openidconfiguration")).willReturn(okJson("""
                {"issuer": "https://api.botframework.com", "authorization_endpoint": "https://invalid.botframework.com",
                 "jwks_uri": "%s/v1/.well-known/keys", "id_token_signing_alg_values_supported": ["RS256"],
                 "token_endpoint_auth_methods_supported": ["private_key_jwt"]}""".formatted(BOT_FRAMEWORK.baseUrl()))));
        RSAPublicKey key = (RSAPublicKey) PUBLISHED.getPublic();
        BOT_FRAMEWORK.stubFor(get(urlPathEqualTo("/v1/.well-known/keys")).willReturn(okJson("""
                {"keys": [{"kty": "RSA", "use": "sig", "kid": "dealcoach-test-key", "x5t": "dealcoach-test-key",
                           "n": "%s", "e": "%s", "endorsements": ["msteams"]}]}""".formatted(base64(key.getModulus()),
                base64(key.getPublicExponent())))));
    }

    static {
        BOT_FRAMEWORK.stubFor(WireMock.post(urlPathEqualTo("/oauth2/v2.0/token")).willReturn(okJson("""
                {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": "%s"}""".formatted(REPLY_TOKEN))));
        BOT_FRAMEWORK.stubFor(get(urlPathMatching("/v3/conversations/[^/]+/members/29(:|%3A)1jo")).willReturn(okJson("""
                {"id": "29:1jo", "name": "Jo Park", "email": "jo@example.com", "userPrincipalName": "jo@example.com"}""")));
        BOT_FRAMEWORK.stubFor(WireMock.post(urlPathMatching("/v3/conversations/[^/]+/activities(/[^/]+)?"))
                .willReturn(okJson("{\"id\": \"1:1700000009999\"}")));
    }

    @DynamicPropertySource
    static void teams(DynamicPropertyRegistry registry) {
        registry.add("dealcoach.teams.app-id", () -> APP_ID);
        registry.add("dealcoach.teams.app-password", () -> "not-used-by-these-tests");
        registry.add("dealcoach.teams.openid-metadata-url", () -> BOT_FRAMEWORK.baseUrl() + "/v1/.well-known/openidconfiguration");
        registry.add("dealcoach.teams.token-url", () -> BOT_FRAMEWORK.baseUrl() + "/oauth2/v2.0/token");
    }

    @AfterAll
    static void stop() {
        BOT_FRAMEWORK.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    Stores stores;

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String token(KeyPair signer, String audience) {
        return token(signer, audience, "dealcoach-test-key", Instant.now().plusSeconds(3600));
    }

    private static String token(KeyPair signer, String audience, String keyId, Instant expiresAt) {
        return JWT.create()
                .withKeyId(keyId)
                .withIssuer("https://api.botframework.com")
                .withAudience(audience)
                .withClaim("serviceurl", BOT_FRAMEWORK.baseUrl() + "/")
                .withNotBefore(java.util.Date.from(expiresAt.minusSeconds(7200)))
                .withExpiresAt(java.util.Date.from(expiresAt))
                .sign(Algorithm.RSA256((RSAPublicKey) signer.getPublic(), (RSAPrivateKey) signer.getPrivate()));
    }

    private HttpResponse<String> post(String authorization) throws Exception {
        return post(authorization, "ria", "review globex");
    }

    private HttpResponse<String> post(String authorization, String person, String text) throws Exception {
        Map<String, String> values = new HashMap<>();
        values.put("serviceUrl", BOT_FRAMEWORK.baseUrl() + "/");
        values.put("user", "29:1" + person);
        values.put("name", person);
        values.put("aad", "00000000-0000-4000-8000-0000000000" + Math.abs(person.hashCode() % 90 + 10));
        values.put("conversation", "a:1" + person + "-auth");
        values.put("id", Long.toString(System.nanoTime()));
        values.put("text", "\"" + text + "\"");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TeamsFake.activity("personal-message.json", values)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @BeforeEach
    void forgetRequests() {
        BOT_FRAMEWORK.resetRequests();
    }

    @Test
    void aGenuineActivityIsAnsweredWithATokenFromTheIdentityProvider() throws Exception {
        assertThat(post("Bearer " + token(PUBLISHED, APP_ID), "jo", "help").statusCode()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(BOT_FRAMEWORK.findAll(
                postRequestedFor(urlPathMatching("/v3/conversations/a(:|%3A)1jo-auth/activities(/[^/]+)?"))))
                .singleElement().satisfies(reply -> {
                    assertThat(reply.getHeader("Authorization")).isEqualTo("Bearer " + REPLY_TOKEN);
                    assertThat(reply.getBodyAsString()).contains("What I can do");
                }));
        assertThat(BOT_FRAMEWORK.findAll(postRequestedFor(urlPathEqualTo("/oauth2/v2.0/token")))).singleElement()
                .satisfies(request -> assertThat(request.getBodyAsString()).contains("grant_type=client_credentials",
                        "client_id=" + APP_ID, "scope=https%3A%2F%2Fapi.botframework.com%2F.default"));
        assertThat(stores.addresses().find("teams", "jo")).isPresent();
    }

    @Test
    void aRequestWithoutATokenIsRefusedAndChangesNothing() throws Exception {
        assertThat(post(null).statusCode()).isEqualTo(401);
        assertThat(post("Bearer").statusCode()).isEqualTo(401);
        assertThat(post("Bearer garbage").statusCode()).isEqualTo(401);
        assertThat(post("garbage").statusCode()).isEqualTo(401);

        assertNothingChanged();
    }

    @Test
    void anExpiredTokenOrOneSignedWithAnUnknownKeyIsRefused() throws Exception {
        assertThat(post("Bearer " + token(PUBLISHED, APP_ID, "dealcoach-test-key", Instant.now().minusSeconds(600))).statusCode())
                .isEqualTo(401);
        assertThat(post("Bearer " + token(PUBLISHED, APP_ID, "a-key-nobody-published", Instant.now().plusSeconds(3600))).statusCode())
                .isEqualTo(401);

        assertNothingChanged();
    }

    @Test
    void aTokenSignedWithAKeyTheBotFrameworkDidNotPublishIsRefused() throws Exception {
        assertThat(post("Bearer " + token(FORGER, APP_ID)).statusCode()).isEqualTo(401);

        assertNothingChanged();
    }

    @Test
    void aTokenForAnotherBotIsRefused() throws Exception {
        assertThat(post("Bearer " + token(PUBLISHED, "some-other-bot")).statusCode()).isEqualTo(401);

        assertNothingChanged();
    }

    private void assertNothingChanged() {
        assertThat(BOT_FRAMEWORK.findAll(anyRequestedFor(anyUrl())))
                .allSatisfy(request -> assertThat(request.getUrl()).startsWith("/v1/.well-known/"));
        assertThat(stores.addresses().find("teams", "ria")).isEmpty();
        assertThat(stores.reviews().latest("D-1028")).isEmpty();
    }

    @Test
    void readinessIncludesTeamsOnceTheBotCanGetAReplyToken() throws Exception {
        java.net.http.HttpResponse<String> ready = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"teams\":{", "\"replyToken\":\"obtained\"").doesNotContain(REPLY_TOKEN);
    }
}
