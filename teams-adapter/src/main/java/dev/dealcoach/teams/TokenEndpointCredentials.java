package dev.dealcoach.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The bot's credentials, with reply tokens from a configured OAuth 2.0 token endpoint (client
 * credentials, scope {@code https://api.botframework.com/.default}) instead of Microsoft's public
 * login through the SDK: for a national cloud, a staging identity provider, or a local fake. A
 * token is reused until five minutes before it expires.
 */
final class TokenEndpointCredentials extends MicrosoftAppCredentials {

    private static final String SCOPE = "https://api.botframework.com/.default";
    private static final Duration EARLY = Duration.ofMinutes(5);

    private record Token(String value, Instant renewAt) {
    }

    private final URI tokenUrl;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile Token token;

    TokenEndpointCredentials(String appId, String appPassword, URI tokenUrl, Clock clock) {
        super(appId, appPassword);
        this.tokenUrl = tokenUrl;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<String> getToken() {
        Token current = token;
        if (current != null && clock.instant().isBefore(current.renewAt())) {
            return CompletableFuture.completedFuture(current.value());
        }
        String form = "grant_type=client_credentials&client_id=" + encode(getAppId()) + "&client_secret=" + encode(getAppPassword())
                + "&scope=" + encode(SCOPE);
        HttpRequest request = HttpRequest.newBuilder(tokenUrl).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(this::read);
    }

    private String read(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the token endpoint answered HTTP " + response.statusCode());
        }
        try {
            JsonNode body = Serialization.jsonToTree(response.body());
            String value = body.path("access_token").asText("");
            if (value.isEmpty()) {
                throw new IllegalStateException("the token endpoint gave no access_token");
            }
            Instant renewAt = clock.instant().plusSeconds(body.path("expires_in").asLong(300)).minus(EARLY);
            token = new Token(value, renewAt);
            return value;
        } catch (IOException e) {
            throw new IllegalStateException("the token endpoint's answer is not JSON", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
