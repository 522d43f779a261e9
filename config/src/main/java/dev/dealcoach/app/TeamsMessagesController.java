package dev.dealcoach.app;

import dev.dealcoach.core.conversation.Platform;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.dealcoach.teams.TeamsAdapter;
import dev.dealcoach.teams.TeamsHttpResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Conditional;
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
@Conditional(TeamsIsOn.class)
class TeamsMessagesController {

    /** Activities are at most about 100 KB (cards included); anything much larger is not from Teams. */
    private static final int MAX_BODY = 1024 * 1024;

    /** The activity types worth a metric of their own; others count as {@code other}. */
    private static final Set<String> KINDS = Set.of("message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event");
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([A-Za-z]+)\"");

    private final TeamsAdapter adapter;
    private final DealCoachMetrics metrics;

    TeamsMessagesController(TeamsAdapter adapter, DealCoachMetrics metrics) {
        this.adapter = adapter;
        this.metrics = metrics;
    }

    @PostMapping(path = "/api/messages", consumes = MediaType.ALL_VALUE)
    ResponseEntity<String> messages(HttpServletRequest request,
                                    @RequestHeader(name = "Authorization", required = false) String authorization) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            metrics.inbound(Platform.TEAMS, "other", 413);
            return ResponseEntity.status(413).contentType(MediaType.TEXT_PLAIN).body("too large");
        }
        String activity = new String(body, StandardCharsets.UTF_8);
        TeamsHttpResponse response = adapter.handle(activity, authorization);
        metrics.inbound(Platform.TEAMS, kind(activity), response.status());
        return ResponseEntity.status(response.status()).contentType(MediaType.APPLICATION_JSON).body(response.body());
    }

    /** The activity's type, as its first {@code "type"} field says (the activity's own comes first in what Teams sends). */
    private static String kind(String activity) {
        Matcher type = TYPE.matcher(activity);
        return type.find() && KINDS.contains(type.group(1)) ? type.group(1) : "other";
    }
}
