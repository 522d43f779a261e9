package dev.dealcoach.core.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;

/**
 * When a check-in happens in the person's own zone: every working day at {@code time}, or once a
 * week on {@code day} at {@code time}.
 *
 * @param day the weekday of a weekly check-in; null for one every working day
 */
public record Slot(DayOfWeek day, LocalTime time) {

    public Slot {
        Objects.requireNonNull(time, "time");
    }

    /** {@code 16:30} (every working day) or {@code MON 09:00}. */
    public static Slot parse(String text) {
        String[] parts = text.strip().split("\\s+");
        try {
            if (parts.length == 1) {
                return new Slot(null, LocalTime.parse(parts[0]));
            }
            if (parts.length == 2) {
                return new Slot(day(parts[0]), LocalTime.parse(parts[1]));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + text + "' is not a time like 16:30 or a weekday and time like MON 09:00");
    }

    /** {@code MON}, {@code Monday} or {@code monday}. */
    public static DayOfWeek day(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(wanted) || day.name().startsWith(wanted) && wanted.length() >= 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a weekday like MON");
    }

    public boolean weekly() {
        return day != null;
    }

    @Override
    public String toString() {
        return (day == null ? "" : day.name().substring(0, 3) + " ") + time;
    }
}
