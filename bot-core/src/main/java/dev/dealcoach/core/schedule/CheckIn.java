package dev.dealcoach.core.schedule;

import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.model.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One check-in for one person on one of their local dates, due from {@code at}.
 *
 * @param at when it is due: its time that day in the person's zone (later when snoozed)
 */
public record CheckIn(Person person, CheckInKind kind, LocalDate date, Instant at) {

    public CheckIn {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(at, "at");
    }

    /** The idempotency key: at most one of each kind per person and local date, across restarts, retries and instances. */
    public String key() {
        return "checkin:" + kind.id() + ":" + person.id() + ":" + date;
    }
}
