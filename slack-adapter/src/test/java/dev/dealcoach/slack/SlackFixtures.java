package dev.dealcoach.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.util.EventsApiPayloadParser;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.model.event.Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The documented payloads under {@code src/test/resources/slack} (config's end-to-end tests send
 * them too), with their {@code {{name}}} placeholders filled, parsed the way Bolt parses a request.
 */
public final class SlackFixtures {

    private static final SlackRequestParser PARSER = new SlackRequestParser(AppConfig.builder().build());

    private SlackFixtures() {
    }

    /** A fixture with {@code {{name}}} placeholders filled in as given. */
    public static String fixture(String name, Map<String, String> values) {
        try (InputStream in = SlackFixtures.class.getResourceAsStream("/slack/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture /slack/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{{" + value.getKey() + "}}", value.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON string literal. */
    public static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** Form-encodes with %20 for spaces, as Slack does. */
    public static String formValue(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~");
    }

    /** A form-encoded body (a slash command) or a JSON one (an event), as Bolt's request. */
    static Request<?> request(String body, String contentType) {
        return PARSER.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri("/slack/events")
                .requestBody(body)
                .headers(new RequestHeaders(Map.of("Content-Type", List.of(contentType))))
                .remoteAddress("127.0.0.1")
                .build());
    }

    static SlashCommandPayload command(Map<String, String> values) {
        return ((SlashCommandRequest) request(fixture("slash-command.txt", values), "application/x-www-form-urlencoded")).getPayload();
    }

    /**
     * An Events API payload with its event typed as Bolt types it for the handler of that event's
     * class (registering a handler is what makes Bolt know the class of an event type).
     */
    static <E extends Event> EventsApiPayload<E> event(String json, Class<E> type) {
        EventsApiPayloadParser.getEventTypeAndSubtype(type);
        return EventsApiPayloadParser.buildEventPayload((EventRequest) request(json, "application/json"));
    }

    static BlockActionPayload blockAction(String json) {
        return ((BlockActionRequest) interaction(json)).getPayload();
    }

    static ViewSubmissionPayload viewSubmission(String json) {
        return ((ViewSubmissionRequest) interaction(json)).getPayload();
    }

    /** An interactivity payload as Slack posts it: {@code payload=<url-encoded JSON>}. */
    private static Request<?> interaction(String json) {
        return request("payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }
}
