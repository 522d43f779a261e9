package dev.dealcoach.app;

import dev.dealcoach.teams.TeamsAdapter;
import dev.dealcoach.teams.TeamsHttpResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Bot Framework's messaging endpoint. The body is taken as text: the SDK's own Jackson 2 reads
 * activities, which Spring's Jackson 3 cannot.
 */
@RestController
@ConditionalOnExpression(TeamsConfiguration.TEAMS_ON)
class TeamsMessagesController {

    private final TeamsAdapter adapter;

    TeamsMessagesController(TeamsAdapter adapter) {
        this.adapter = adapter;
    }

    @PostMapping(path = "/api/messages", consumes = MediaType.ALL_VALUE)
    ResponseEntity<String> messages(@RequestBody String body,
                                    @RequestHeader(name = "Authorization", required = false) String authorization) {
        TeamsHttpResponse response = adapter.handle(body, authorization);
        return ResponseEntity.status(response.status()).contentType(MediaType.APPLICATION_JSON).body(response.body());
    }
}
