package dev.dealcoach.app;

import dev.dealcoach.core.backend.Stores;
import dev.dealcoach.core.crm.CrmSync;
import dev.dealcoach.core.load.DataFileException;
import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.privacy.Pruned;
import dev.dealcoach.core.privacy.Retention;
import dev.dealcoach.core.risk.RiskAlerts;
import dev.dealcoach.core.schedule.CheckIns;
import dev.dealcoach.core.store.StoreUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin endpoints, with {@code Authorization: Bearer $DEALCOACH_ADMIN_TOKEN} (off, 404, when no
 * token is set): {@code POST /admin/check-ins/run?kind=K[&person=ID][&at=ISO-8601 instant]} runs one
 * kind of check-in as the scheduler would at {@code at}, through the same keys;
 * {@code POST /admin/risk/evaluate} evaluates every open deal and sends the slip-risk alerts due;
 * {@code POST /admin/deals/reload} reads the org file again and syncs the deals; {@code POST /admin/crm/sync}
 * syncs the deals alone; {@code POST /admin/retention/run} drops what is older than the retention settings.
 */
@RestController
class AdminController {

    private final CheckIns checkIns;
    private final RiskAlerts riskAlerts;
    private final DealsSync dealsSync;
    private final Stores stores;
    private final DealCoachMetrics metrics;
    private final AdminToken adminToken;
    private final Retention retention;
    private final Clock clock;

    AdminController(CheckIns checkIns, RiskAlerts riskAlerts, DealsSync dealsSync, Stores stores, DealCoachMetrics metrics,
                    AdminToken adminToken, Retention retention, Clock clock) {
        this.retention = retention;
        this.metrics = metrics;
        this.stores = stores;
        this.dealsSync = dealsSync;
        this.checkIns = checkIns;
        this.riskAlerts = riskAlerts;
        this.adminToken = adminToken;
        this.clock = clock;
    }

    @PostMapping(path = "/admin/check-ins/run", produces = "application/json")
    ResponseEntity<Map<String, Object>> run(@RequestHeader(name = "Authorization", required = false) String authorization,
                                            @RequestParam(name = "kind", required = false) String kind,
                                            @RequestParam(name = "person", required = false) String person,
                                            @RequestParam(name = "at", required = false) String at) {
        Optional<ResponseEntity<Map<String, Object>>> refused = adminToken.refusal(authorization);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<CheckInKind> which = CheckInKind.byId(kind);
        if (which.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "kind must be one of "
                    + List.of(CheckInKind.values()).stream().map(CheckInKind::id).toList()));
        }
        Instant instant;
        try {
            instant = at == null || at.isBlank() ? clock.instant() : Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "at must be an ISO-8601 instant like 2026-12-01T16:30:00Z"));
        }
        Optional<String> one = person == null || person.isBlank() ? Optional.empty() : Optional.of(person.strip());
        CheckIns.Report report = checkIns.run(instant, List.of(which.get()), one);
        metrics.checkIns(report);
        return ResponseEntity.ok(CheckInReportJson.of(report, which.get().id()));
    }

    /** {@code POST /admin/risk/evaluate}: every open deal evaluated now, and the alerts that are due sent. */
    @PostMapping(path = "/admin/risk/evaluate", produces = "application/json")
    ResponseEntity<Map<String, Object>> evaluateRisk(@RequestHeader(name = "Authorization", required = false) String authorization) {
        Optional<ResponseEntity<Map<String, Object>>> refused = adminToken.refusal(authorization);
        if (refused.isPresent()) {
            return refused.get();
        }
        RiskAlerts.Report report = riskAlerts.evaluate(clock.instant());
        metrics.risk(report);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("evaluated", report.evaluated());
        Map<String, Integer> levels = new LinkedHashMap<>();
        report.levels().forEach((level, count) -> levels.put(level.name().toLowerCase(Locale.ROOT).replace('_', '-'), count));
        body.put("levels", levels);
        body.put("alerts", report.alerts().stream().map(AdminController::alert).toList());
        return ResponseEntity.ok(body);
    }

    /** One alert as JSON, its fields in a fixed order. */
    private static Map<String, Object> alert(RiskAlerts.Alert alert) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("deal", alert.dealId());
        json.put("level", alert.level().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.put("to", alert.to());
        json.put("folded", alert.folded());
        json.put("held", alert.held());
        return json;
    }

    /** {@code POST /admin/retention/run}: one retention pass now, as the nightly job runs it; what it dropped. */
    @PostMapping(path = "/admin/retention/run", produces = "application/json")
    ResponseEntity<Map<String, Object>> runRetention(@RequestHeader(name = "Authorization", required = false) String authorization) {
        Optional<ResponseEntity<Map<String, Object>>> refused = adminToken.refusal(authorization);
        if (refused.isPresent()) {
            return refused.get();
        }
        Pruned pruned = new RetentionJob(stores, retention, metrics, clock).run();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("deliveries", pruned.deliveries());
        body.put("activityDays", pruned.activityDays());
        body.put("dealChanges", pruned.dealChanges());
        body.put("reviews", pruned.reviews());
        body.put("forecastWeeks", pruned.forecastWeeks());
        body.put("quarterRecords", pruned.quarterRecords());
        return ResponseEntity.ok(body);
    }

    /** {@code POST /admin/deals/reload}: the org file read again and the deals synced, changes kept in the deals' history, alerts sent. */
    @PostMapping(path = "/admin/deals/reload", produces = "application/json")
    ResponseEntity<Map<String, Object>> reloadDeals(@RequestHeader(name = "Authorization", required = false) String authorization) {
        Optional<ResponseEntity<Map<String, Object>>> refused = adminToken.refusal(authorization);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<DealsSync.Result> result;
        try {
            result = dealsSync.reload();
        } catch (DataFileException e) {
            return ResponseEntity.unprocessableEntity().body(Map.of("error", "the files were not loaded: "
                    + e.problems().stream().map(Object::toString).toList()));
        }
        if (result.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error",
                    "no deals file is configured (DEALCOACH_DEALS_FILE with DEALCOACH_ORG_FILE): the demo's deals are not reloaded"));
        }
        Optional<ResponseEntity<Map<String, Object>>> notSynced = notSynced(result.get().deals());
        if (notSynced.isPresent()) {
            return notSynced.get();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        int people = result.get().org().people().size();
        int skipped = result.get().deals().problems().size();
        int deals = stores.deals().all().size();
        body.put("loaded", people + (people == 1 ? " person" : " people") + " and " + deals + (deals == 1 ? " deal" : " deals") + " ("
                + (skipped == 0 ? "no rows" : skipped + (skipped == 1 ? " row" : " rows")) + " skipped)");
        body.put("skippedRows", result.get().deals().problems());
        body.put("alerts", result.get().risk().alerts().size());
        return ResponseEntity.ok(body);
    }

    /**
     * {@code POST /admin/crm/sync}: the deals synced from their source now; answers what was read,
     * changed and removed, what was left out, and the alerts that led to, or the error.
     */
    @PostMapping(path = "/admin/crm/sync", produces = "application/json")
    ResponseEntity<Map<String, Object>> syncCrm(@RequestHeader(name = "Authorization", required = false) String authorization) {
        Optional<ResponseEntity<Map<String, Object>>> refused = adminToken.refusal(authorization);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<DealsSync.Result> result = dealsSync.syncDeals();
        if (result.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "no deal source is configured (DEALCOACH_CRM with "
                    + "DEALCOACH_ORG_FILE, or DEALCOACH_DEALS_FILE): the demo's deals are not synced"));
        }
        Optional<ResponseEntity<Map<String, Object>>> notSynced = notSynced(result.get().deals());
        if (notSynced.isPresent()) {
            return notSynced.get();
        }
        CrmSync.Result deals = result.get().deals();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("source", deals.source());
        body.put("read", deals.read());
        body.put("changed", deals.changed());
        body.put("removed", deals.removed());
        body.put("problems", deals.problems());
        body.put("alerts", result.get().risk().alerts().size());
        return ResponseEntity.ok(body);
    }

    /** 409 while another instance syncs, 502 when the source could not be read; empty when the sync went through. */
    private static Optional<ResponseEntity<Map<String, Object>>> notSynced(CrmSync.Result deals) {
        if (!deals.ran()) {
            return Optional.of(ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("source", deals.source(), "error",
                    "another instance is syncing the deals now; try again in a minute")));
        }
        return deals.error().map(error -> ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Map.of("source", deals.source(),
                "error", error, "deals", "unchanged")));
    }
}
