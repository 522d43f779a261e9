package dev.dealcoach.app;

import dev.dealcoach.teams.TeamsAdapter;
import dev.dealcoach.teams.TeamsHttpResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Bot Framework's messaging endpoint. The body is read as raw UTF-8 text: the SDK's own Jackson 2
 * reads activities, which Spring's Jackson 3 cannot, and Spring would rebuild a body sent as a form
 * from its parsed fields (failing, with a stack trace, on a malformed one). An empty or unreadable
 * body is the adapter's to refuse.
 */
@RestController
@ConditionalOnExpression(TeamsConfiguration.TEAMS_ON)
class TeamsMessagesController {

    /** Activities are at most about 100 KB (cards included); anything much larger is not from Teams. */
    private static final int MAX_BODY = 1024 * 1024;

    private final TeamsAdapter adapter;

    TeamsMessagesController(TeamsAdapter adapter) {
        this.adapter = adapter;
    }

    @PostMapping(path = "/api/messages", consumes = MediaType.ALL_VALUE)
    ResponseEntity<String> messages(HttpServletRequest request,
                                    @RequestHeader(name = "Authorization", required = false) String authorization) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return ResponseEntity.status(413).contentType(MediaType.TEXT_PLAIN).body("too large");
        }
        TeamsHttpResponse response = adapter.handle(new String(body, StandardCharsets.UTF_8), authorization);
        return ResponseEntity.status(response.status()).contentType(MediaType.APPLICATION_JSON).body(response.body());
    }
}
