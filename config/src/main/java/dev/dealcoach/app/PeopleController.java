package dev.dealcoach.app;

import dev.dealcoach.core.privacy.PersonExport;
import dev.dealcoach.core.privacy.PersonalData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data rights, behind the admin token: {@code GET /admin/people/{id}/export} gives everything kept
 * about a person as JSON; {@code DELETE /admin/people/{id}} forgets it ({@link PersonalData}).
 */
@RestController
class PeopleController {

    private static final Logger log = LoggerFactory.getLogger(PeopleController.class);

    private final PersonalData personalData;
    private final AdminToken adminToken;

    PeopleController(PersonalData personalData, AdminToken adminToken) {
        this.personalData = personalData;
        this.adminToken = adminToken;
    }

    @GetMapping(path = "/admin/people/{id}/export", produces = "application/json")
    ResponseEntity<Object> export(@RequestHeader(name = "Authorization", required = false) String authorization,
                                  @PathVariable("id") String id) {
        Optional<ResponseEntity<Object>> refused = adminToken.refusal(authorization);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<PersonExport> export = personalData.export(id);
        export.ifPresent(found -> log.info("Data rights: exported what is kept about person {}", id));
        return export.<ResponseEntity<Object>>map(found -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(found))
                .orElseGet(() -> unknown(id));
    }

    @DeleteMapping(path = "/admin/people/{id}", produces = "application/json")
    ResponseEntity<Object> forget(@RequestHeader(name = "Authorization", required = false) String authorization,
                                  @PathVariable("id") String id) {
        Optional<ResponseEntity<Object>> refused = adminToken.refusal(authorization);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (!personalData.forget(id)) {
            return unknown(id);
        }
        log.info("Data rights: forgot person {} (their forecast calls are kept without notes)", id);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("forgotten", id);
        body.put("kept", "their forecast calls, the one that counts in each week without its note, so team totals do not change; "
                + "what the org file or the CRM says about them is yours to change there");
        return ResponseEntity.ok(body);
    }

    private static ResponseEntity<Object> unknown(String id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "nothing is kept about " + id + " and the org has no one by that id"));
    }
}
