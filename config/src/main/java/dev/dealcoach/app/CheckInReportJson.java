package dev.dealcoach.app;

import dev.dealcoach.core.schedule.CheckIns;
import java.util.LinkedHashMap;
import java.util.Map;

/** A check-in run's report as the admin endpoint and the playground answer it: at, kind, queued and skipped (with why). */
public final class CheckInReportJson {

    private CheckInReportJson() {
    }

    public static Map<String, Object> of(CheckIns.Report report, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("at", report.at().toString());
        body.put("kind", kind);
        body.put("queued", report.queued().stream().map(CheckInReportJson::entry).toList());
        body.put("skipped", report.skipped().stream().map(CheckInReportJson::entry).toList());
        return body;
    }

    private static Map<String, Object> entry(CheckIns.Outcome outcome) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("person", outcome.person());
        entry.put("kind", outcome.kind());
        entry.put("date", outcome.date() == null ? null : outcome.date().toString());
        if (!outcome.reason().isEmpty()) {
            entry.put("reason", outcome.reason());
        }
        return entry;
    }
}
