package dev.dealcoach.core.model;

import java.time.LocalTime;
import java.util.Objects;

/** Local hours in which nothing is delivered, {@code from} up to {@code until}, across midnight when from is later. */
public record QuietHours(LocalTime from, LocalTime until) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(20, 0), LocalTime.of(8, 0));

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    /** {@code 20:00-08:00}. */
    public static QuietHours parse(String text) {
        String[] parts = text.strip().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not hours like 20:00-08:00");
        }
        try {
            return new QuietHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not hours like 20:00-08:00");
        }
    }

    public boolean contains(LocalTime time) {
        if (from.equals(until)) {
            return false;
        }
        return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until) : !time.isBefore(from) || time.isBefore(until);
    }

    @Override
    public String toString() {
        return from + "-" + until;
    }
}
