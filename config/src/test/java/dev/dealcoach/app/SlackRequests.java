package dev.dealcoach.app;

import dev.dealcoach.slack.SlackFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds Slack's requests from the documented payloads ({@code /slack/...}, from slack-adapter's test jar) and signs them. */
final class SlackRequests {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final java.util.function.IntSupplier port;
    private final Clock clock;

    /** Requests signed now, by the wall clock. */
    SlackRequests(int port) {
        this(port, Clock.systemUTC());
    }

    /** Requests signed at the clock's time: the server's own Slack clock, pinned, makes their age exact. */
    SlackRequests(int port, Clock clock) {
        this(() -> port, clock);
    }

    /** Each request to the port {@code port} gives then: a load balancer spreading requests over instances. */
    SlackRequests(java.util.function.IntSupplier port, Clock clock) {
        this.port = port;
        this.clock = clock;
    }

    /** The time requests are signed at, in epoch seconds. */
    long now() {
        return clock.instant().getEpochSecond();
    }

    /** A fixture with {@code {{name}}} placeholders filled in as given (from slack-adapter's test jar). */
    static String fixture(String name, Map<String, String> values) {
        return SlackFixtures.fixture(name, values);
    }

    /** A JSON string literal. */
    static String json(String text) {
        return SlackFixtures.json(text);
    }

    /** Form-encodes with %20 for spaces, as Slack does, so a body rebuilt by the server would not match. */
    static String formValue(String text) {
        return SlackFixtures.formValue(text);
    }

    HttpResponse<String> event(String json, String... headers) {
        return send("application/json", json, now(), SECRET, headers);
    }

    HttpResponse<String> form(String body) {
        return send("application/x-www-form-urlencoded", body, now(), SECRET);
    }

    /** An interactivity payload: {@code payload=<url-encoded JSON>}. */
    HttpResponse<String> interaction(String json) {
        return form("payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String contentType, String body, long timestamp, String secret, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.getAsInt() + "/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", "v0=" + hmac(secret, "v0:" + timestamp + ":" + body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
