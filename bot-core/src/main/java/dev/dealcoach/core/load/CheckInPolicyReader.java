package dev.dealcoach.core.load;

import dev.dealcoach.core.model.ActivityTargets;
import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.model.CheckInPolicy;
import dev.dealcoach.core.model.Holiday;
import dev.dealcoach.core.model.QuietHours;
import dev.dealcoach.core.model.Slot;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The org file's {@code check-ins:} mapping: a time per kind ({@code daily-activity: "16:30"},
 * {@code weekly-forecast: "MON 09:00"}, ...), {@code working-days}, {@code holidays} (dates, or
 * {@code {date, time-zone}}), {@code quiet-hours: "20:00-08:00"}, {@code window: 2h} and
 * {@code targets}; and a person's own {@code nudge-time} and {@code working-days}.
 */
final class CheckInPolicyReader {

    private static final Pattern SPAN = Pattern.compile("(\\d{1,3})\\s*(h|m)");
    private static final List<String> KEYS = List.of("daily-activity", "weekly-forecast", "forecast-reminder", "forecast-escalation",
            "manager-digest", "working-days", "holidays", "quiet-hours", "window", "targets");
    private static final List<String> TARGETS = List.of("exec-meetings", "discovery-calls", "proposals-per-two-weeks", "pipeline-coverage");

    private CheckInPolicyReader() {
    }

    /** The policy {@code node} says; each problem is passed to {@code problem} as a reason starting with its key. */
    static CheckInPolicy read(JsonNode node, Consumer<String> problem) {
        if (!node.isObject()) {
            problem.accept("check-ins must be a mapping like {daily-activity: \"16:30\", working-days: [MON, TUE, WED, THU, FRI]}");
            return CheckInPolicy.defaults();
        }
        for (String key : node.propertyNames()) {
            if (!KEYS.contains(key)) {
                problem.accept("check-ins: unknown key '" + key + "' (expected one of " + String.join(", ", KEYS) + ")");
            }
        }
        Map<CheckInKind, Slot> slots = new EnumMap<>(CheckInKind.class);
        for (CheckInKind kind : CheckInKind.values()) {
            JsonNode value = node.get(kind.id());
            if (value != null) {
                try {
                    Slot slot = Slot.parse(value.asString());
                    if (slot.weekly() != kind.defaultSlot().weekly()) {
                        problem.accept("check-ins: " + kind.id() + " '" + value.asString() + "' must be "
                                + (kind.defaultSlot().weekly() ? "a weekday and time like " + kind.defaultSlot() : "a time like 16:30"));
                    } else {
                        slots.put(kind, slot);
                    }
                } catch (IllegalArgumentException e) {
                    problem.accept("check-ins: " + kind.id() + ": " + e.getMessage());
                }
            }
        }
        Set<DayOfWeek> days = node.has("working-days") ? days(node.get("working-days"), "check-ins: working-days", problem) : null;
        List<Holiday> holidays = node.has("holidays") ? holidays(node.get("holidays"), problem) : null;
        QuietHours quiet = null;
        if (node.has("quiet-hours")) {
            try {
                quiet = QuietHours.parse(node.get("quiet-hours").asString());
            } catch (IllegalArgumentException e) {
                problem.accept("check-ins: quiet-hours: " + e.getMessage());
            }
        }
        Duration window = null;
        if (node.has("window")) {
            Matcher span = SPAN.matcher(node.get("window").asString().strip().toLowerCase(Locale.ROOT));
            Duration read = span.matches() ? (span.group(2).equals("h") ? Duration.ofHours(Long.parseLong(span.group(1)))
                    : Duration.ofMinutes(Long.parseLong(span.group(1)))) : null;
            if (read == null || read.isZero() || read.compareTo(Duration.ofHours(12)) > 0) {
                problem.accept("check-ins: window '" + node.get("window").asString() + "' must be a span like 2h or 90m, at most 12h");
            } else {
                window = read;
            }
        }
        ActivityTargets targets = node.has("targets") ? targets(node.get("targets"), problem) : null;
        return new CheckInPolicy(slots, days, holidays, quiet, window, targets, null);
    }

    /** {@code [MON, TUE]}; null (and a problem) when unreadable or empty. */
    static Set<DayOfWeek> days(JsonNode node, String label, Consumer<String> problem) {
        if (!node.isArray() || node.isEmpty()) {
            problem.accept(label + " must be a list of weekdays like [MON, TUE, WED, THU, FRI]");
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (JsonNode day : node) {
            try {
                days.add(Slot.day(day.asString()));
            } catch (IllegalArgumentException e) {
                problem.accept(label + ": " + e.getMessage());
                return null;
            }
        }
        return days;
    }

    /** {@code "17:15"}; null (and a problem) when unreadable. */
    static LocalTime time(JsonNode node, String label, Consumer<String> problem) {
        try {
            return LocalTime.parse(node.asString().strip());
        } catch (DateTimeParseException e) {
            problem.accept(label + " '" + node.asString() + "' must be a time like 17:15");
            return null;
        }
    }

    private static List<Holiday> holidays(JsonNode node, Consumer<String> problem) {
        if (!node.isArray()) {
            problem.accept("check-ins: holidays must be a list of dates like [2026-12-25, {date: 2026-12-26, time-zone: Europe/London}]");
            return null;
        }
        List<Holiday> holidays = new ArrayList<>();
        for (JsonNode entry : node) {
            String date = entry.isObject() ? text(entry.get("date")) : entry.asString();
            String zone = entry.isObject() ? text(entry.get("time-zone")) : null;
            try {
                holidays.add(new Holiday(LocalDate.parse(date == null ? "" : date.strip()), zone == null ? null : ZoneId.of(zone)));
            } catch (DateTimeParseException e) {
                problem.accept("check-ins: holidays: '" + date + "' is not a date like 2026-12-25");
            } catch (DateTimeException e) {
                problem.accept("check-ins: holidays: time-zone '" + zone + "' is not an IANA zone like Europe/London");
            }
        }
        return holidays;
    }

    private static ActivityTargets targets(JsonNode node, Consumer<String> problem) {
        if (!node.isObject()) {
            problem.accept("check-ins: targets must be a mapping like {exec-meetings: 5, discovery-calls: 8}");
            return null;
        }
        int[] values = {ActivityTargets.DEFAULT.execMeetingsPerWeek(), ActivityTargets.DEFAULT.discoveryCallsPerWeek(),
                ActivityTargets.DEFAULT.proposalsPerTwoWeeks(), ActivityTargets.DEFAULT.pipelineCoverage()};
        for (String key : node.propertyNames()) {
            int index = TARGETS.indexOf(key);
            JsonNode value = node.get(key);
            if (index < 0) {
                problem.accept("check-ins: targets: unknown key '" + key + "' (expected one of " + String.join(", ", TARGETS) + ")");
            } else if (!value.isIntegralNumber() || value.asInt() < 0) {
                problem.accept("check-ins: targets: " + key + " must be a whole number of 0 or more, was '" + value.asString() + "'");
            } else {
                values[index] = value.asInt();
            }
        }
        return new ActivityTargets(values[0], values[1], values[2], values[3]);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
