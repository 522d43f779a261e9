package dev.dealcoach.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The admin endpoints' guard: {@code Authorization: Bearer $DEALCOACH_ADMIN_TOKEN}; off (404) when no token is set. */
@Component
class AdminToken {

    private final SchedulerProperties properties;

    AdminToken(SchedulerProperties properties) {
        this.properties = properties;
    }

    /** 404 while the admin endpoints are off, 401 without the right token; empty when the caller may go on. */
    <T> Optional<ResponseEntity<T>> refusal(String authorization) {
        if (properties.adminToken().strip().isEmpty()) {
            return Optional.of(body(ResponseEntity.status(HttpStatus.NOT_FOUND), "the admin endpoints are off: set DEALCOACH_ADMIN_TOKEN"));
        }
        if (!authorized(authorization)) {
            return Optional.of(body(ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer"),
                    "a valid Authorization: Bearer token is needed"));
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static <T> ResponseEntity<T> body(ResponseEntity.BodyBuilder builder, String error) {
        return (ResponseEntity<T>) builder.body(Map.of("error", error));
    }

    private boolean authorized(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // A token read from a secrets file often ends in a newline.
        return MessageDigest.isEqual(given, properties.adminToken().strip().getBytes(StandardCharsets.UTF_8));
    }
}
