package dev.dealcoach.app;

import dev.dealcoach.core.store.StoreUnavailableException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** What the admin endpoints answer when the store goes away mid-request: 503, saying which store, never a stack trace. */
@RestControllerAdvice(assignableTypes = {AdminController.class, PeopleController.class})
class AdminErrors {

    @ExceptionHandler(StoreUnavailableException.class)
    ResponseEntity<Map<String, Object>> storeUnavailable(StoreUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", e.getMessage()));
    }
}
