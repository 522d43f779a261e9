package dev.dealcoach.app;

import dev.dealcoach.slack.SlackAdapter;
import dev.dealcoach.slack.SlackHttpRequest;
import dev.dealcoach.slack.SlackHttpResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Slack's one request URL for events, slash commands and interactivity. The body is read as raw
 * bytes: Slack signs them, and a body rebuilt from form fields would no longer match the signature.
 */
@RestController
@ConditionalOnExpression(SlackConfiguration.SLACK_ON)
class SlackEventsController {

    /** Slack's payloads are small; anything larger is not from Slack. */
    private static final int MAX_BODY = 1024 * 1024;

    private final SlackAdapter adapter;

    SlackEventsController(SlackAdapter adapter) {
        this.adapter = adapter;
    }

    @PostMapping("/slack/events")
    ResponseEntity<String> events(HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return ResponseEntity.status(413).body("too large");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        SlackHttpResponse response = adapter.handle(new SlackHttpRequest(body, headers, request.getRemoteAddr()));
        return ResponseEntity.status(response.status())
                .contentType(MediaType.parseMediaType(response.contentType() == null ? "text/plain" : response.contentType()))
                .body(response.body());
    }
}
