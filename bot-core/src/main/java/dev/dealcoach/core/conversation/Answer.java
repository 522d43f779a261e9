package dev.dealcoach.core.conversation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An accepted answer.
 *
 * @param text    what the person typed, or the label of what they picked
 * @param value   the answer in canonical form: an option value, an ISO date, {@code USD 450000.00}, a number,
 *                or the text itself
 * @param unknown the person said they don't know (or that there is none)
 * @param date    the date of a date answer, or the date mentioned in a person answer ("met her last
 *                Tuesday"); null when none
 */
public record Answer(String text, String value, boolean unknown, LocalDate date) {

    public Answer {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
    }

    public static Answer of(String text, String value) {
        return new Answer(text, value, false, null);
    }

    public static Answer dontKnow(String text) {
        return new Answer(text, "", true, null);
    }
}
