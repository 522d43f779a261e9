package dev.dealcoach.core.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The check-ins the bot makes on its own, each at a local time of the person it goes to. */
public enum CheckInKind {
    /** "What did you get done today?", at the end of each working day, to reps. */
    DAILY_ACTIVITY("daily-activity", new Slot(null, LocalTime.of(16, 30)), true),
    /** The week's forecast call, pre-filled, to reps. */
    WEEKLY_FORECAST("weekly-forecast", new Slot(DayOfWeek.MONDAY, LocalTime.of(9, 0)), true),
    /** To reps who have not called by then. */
    FORECAST_REMINDER("forecast-reminder", new Slot(DayOfWeek.TUESDAY, LocalTime.of(12, 0)), true),
    /** To a manager whose reps have not called by then, in the manager's zone. */
    FORECAST_ESCALATION("forecast-escalation", new Slot(DayOfWeek.TUESDAY, LocalTime.of(17, 0)), false),
    /** Each rep's week against targets, to their manager. */
    MANAGER_DIGEST("manager-digest", new Slot(DayOfWeek.FRIDAY, LocalTime.of(15, 0)), false);

    private final String id;
    private final Slot defaultSlot;
    private final boolean forReps;

    CheckInKind(String id, Slot defaultSlot, boolean forReps) {
        this.id = id;
        this.defaultSlot = defaultSlot;
        this.forReps = forReps;
    }

    /** As it is written in the org file, keys and the admin endpoint: {@code daily-activity}. */
    public String id() {
        return id;
    }

    public Slot defaultSlot() {
        return defaultSlot;
    }

    /** True when it goes to reps (people without reports); false when to their managers. */
    public boolean forReps() {
        return forReps;
    }

    public static Optional<CheckInKind> byId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst();
    }
}
