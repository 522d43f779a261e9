package dev.dealcoach.core.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A day without check-ins: for everyone, or for the people in one time zone.
 *
 * @param zone the zone it applies to; null for everyone
 */
public record Holiday(LocalDate date, ZoneId zone) {

    public Holiday {
        Objects.requireNonNull(date, "date");
    }

    public boolean appliesTo(LocalDate day, ZoneId personZone) {
        return date.equals(day) && (zone == null || zone.equals(personZone));
    }
}
