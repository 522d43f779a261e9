package dev.dealcoach.app;

import dev.dealcoach.core.conversation.Platform;
import java.nio.charset.StandardCharsets;
import dev.dealcoach.slack.SlackAdapter;
import dev.dealcoach.slack.SlackHttpRequest;
import dev.dealcoach.slack.SlackHttpResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Slack's one request URL for events, slash commands and interactivity. The body is read as raw
 * bytes: Slack signs them, and a body rebuilt from form fields would no longer match the signature.
 */
@RestController
@Conditional(SlackIsOn.class)
class SlackEventsController {

    /** Slack's payloads are small; anything larger is not from Slack. */
    private static final int MAX_BODY = 1024 * 1024;

    private final SlackAdapter adapter;
    private final DealCoachMetrics metrics;

    SlackEventsController(SlackAdapter adapter, DealCoachMetrics metrics) {
        this.adapter = adapter;
        this.metrics = metrics;
    }

    @PostMapping("/slack/events")
    ResponseEntity<String> events(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            metrics.inbound(Platform.SLACK, "other", 413);
            return ResponseEntity.status(413).body("too large");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        SlackHttpResponse response = adapter.handle(new SlackHttpRequest(body, headers, request.getRemoteAddr()));
        metrics.inbound(Platform.SLACK, kind(body), response.status());
        return ResponseEntity.status(response.status())
                .contentType(MediaType.parseMediaType(response.contentType() == null ? "text/plain" : response.contentType()))
                .body(response.body());
    }

    /** Events come as JSON; slash commands and interactions (buttons, forms) as forms, told apart by their fields. */
    private static String kind(byte[] body) {
        String start = new String(body, 0, Math.min(body.length, 16), StandardCharsets.US_ASCII);
        if (start.startsWith("{")) {
            return "event";
        }
        if (start.startsWith("payload=")) {
            return "interaction";
        }
        return new String(body, StandardCharsets.US_ASCII).contains("command=") ? "command" : "other";
    }
}
