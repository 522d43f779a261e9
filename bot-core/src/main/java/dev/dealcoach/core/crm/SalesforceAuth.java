package dev.dealcoach.core.crm;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An access token for Salesforce's REST API, from the client-credentials flow or the JWT bearer flow,
 * kept until Salesforce says it is no longer valid; the token answer's {@code instance_url} is where
 * the API calls go.
 */
final class SalesforceAuth {

    /** A token and the instance it is for. */
    record Token(String accessToken, URI instanceUrl) {
    }

    /** How long a JWT assertion is good for: Salesforce takes at most three minutes, and clocks drift. */
    private static final Duration ASSERTION_LIFE = Duration.ofMinutes(2);

    private final SalesforceSettings settings;
    private final HttpJson http;
    private final Clock clock;
    private Token token;

    SalesforceAuth(SalesforceSettings settings, HttpJson http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    synchronized Token token() {
        if (token == null) {
            token = fetch();
        }
        return token;
    }

    /** A new token, after Salesforce refused the one kept. */
    synchronized Token renew() {
        token = fetch();
        return token;
    }

    private Token fetch() {
        Map<String, String> form = settings.jwtBearer()
                ? Map.of("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion", assertion())
                : Map.of("grant_type", "client_credentials", "client_id", settings.clientId(), "client_secret", settings.clientSecret());
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI tokenUrl = settings.loginUrl().resolve("/services/oauth2/token");
        HttpJson.Answer answer = http.send("POST", tokenUrl, Map.of(), body, "application/x-www-form-urlencoded");
        if (!answer.ok()) {
            String why = Optional.ofNullable(answer.json()).map(json -> json.path("error").asString("") + " ("
                    + json.path("error_description").asString("") + ")").orElse("HTTP " + answer.status());
            throw new CrmException(answer.status() >= 500 ? CrmException.Kind.UNAVAILABLE : CrmException.Kind.AUTHENTICATION,
                    "Salesforce refused the " + (settings.jwtBearer() ? "JWT bearer" : "client-credentials") + " login at "
                            + tokenUrl.getHost() + ": " + why);
        }
        String accessToken = answer.json() == null ? "" : answer.json().path("access_token").asString("");
        String instance = answer.json() == null ? "" : answer.json().path("instance_url").asString("");
        if (accessToken.isBlank() || instance.isBlank()) {
            throw new CrmException(CrmException.Kind.BAD_ANSWER, "Salesforce's token answer has no access_token or instance_url");
        }
        return new Token(accessToken, URI.create(instance));
    }

    /** The JWT for the bearer flow: {@code iss} the client id, {@code sub} the username, {@code aud} Salesforce's login server, RS256. */
    private String assertion() {
        return JWT.create().withIssuer(settings.clientId()).withSubject(settings.username()).withAudience(audience(settings.loginUrl()))
                .withExpiresAt(java.util.Date.from(clock.instant().plus(ASSERTION_LIFE)))
                .sign(Algorithm.RSA256(null, privateKey()));
    }

    /**
     * The audience Salesforce takes: {@code https://test.salesforce.com} for a sandbox (its login
     * server or a sandbox My Domain), else {@code https://login.salesforce.com}, whatever host the token
     * request goes to.
     */
    static String audience(URI loginUrl) {
        String host = loginUrl.getHost() == null ? "" : loginUrl.getHost().toLowerCase(java.util.Locale.ROOT);
        return host.equals("test.salesforce.com") || host.endsWith(".sandbox.my.salesforce.com")
                ? "https://test.salesforce.com" : "https://login.salesforce.com";
    }

    private RSAPrivateKey privateKey() {
        String pem;
        try {
            pem = Files.readString(settings.privateKeyFile());
        } catch (IOException e) {
            throw new CrmException(CrmException.Kind.AUTHENTICATION, "cannot read SALESFORCE_PRIVATE_KEY_FILE " + settings.privateKeyFile()
                    + ": " + e.getMessage(), e);
        }
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new CrmException(CrmException.Kind.AUTHENTICATION, settings.privateKeyFile() + " is not a PKCS#8 PEM private key "
                    + "(-----BEGIN PRIVATE KEY-----); convert one with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pk8.pem");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new CrmException(CrmException.Kind.AUTHENTICATION, settings.privateKeyFile() + " is not an RSA private key: "
                    + e.getMessage(), e);
        }
    }
}
