package dev.dealcoach.core.crm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON over HTTP for the CRM clients: each call bounded in time; a network failure is the CRM being unavailable. */
final class HttpJson {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** An answer: its status, and its body as JSON (null when it is not JSON). */
    record Answer(int status, JsonNode json, HttpResponse<String> response) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** A header's value, when present. */
        java.util.Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String crm;

    /** @param crm the CRM's name, for messages */
    HttpJson(String crm) {
        this.crm = crm;
    }

    Answer send(String method, URI uri, Map<String, String> headers, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CrmException(CrmException.Kind.UNAVAILABLE, crm + " could not be reached at " + uri.getHost() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrmException(CrmException.Kind.UNAVAILABLE, crm + " call interrupted", e);
        }
        return new Answer(response.statusCode(), parse(response.body()), response);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }
}
