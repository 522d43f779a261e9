package dev.dealcoach.core.forecast;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a person's call for a week: the numbers they called, the numbers their deals gave
 * when they started (what the call was pre-filled with), and why they moved away from them.
 *
 * @param personId    whose call it is (a manager's own call is for their team)
 * @param week        {@link ForecastWeek#key()}
 * @param note        the one-line reason for an override, or empty
 * @param submittedBy who submitted it (the person, or their manager on their behalf)
 */
public record ForecastCall(String personId, String week, ForecastNumbers called, ForecastNumbers fromDeals, String note,
                           String submittedBy, Instant at) {

    public ForecastCall {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(called, "called");
        Objects.requireNonNull(fromDeals, "fromDeals");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : note;
    }

    /** The same call with its note gone: what is kept of a forgotten person's call. */
    public ForecastCall withoutNote() {
        return new ForecastCall(personId, week, called, fromDeals, "", submittedBy, at);
    }
}
