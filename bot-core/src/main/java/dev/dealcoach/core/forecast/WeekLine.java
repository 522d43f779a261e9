package dev.dealcoach.core.forecast;

import java.util.Objects;

/**
 * A person's line as a week that has gone by left it, kept once so that week-over-week, the trend and
 * accuracy read it instead of rolling the week up again.
 *
 * @param deals        what the deals of everyone at and below the person said (the CRM's number)
 * @param counted      what the line counted towards the line above ({@link ForecastRollup.Line#counted})
 * @param anyoneCalled whether the person or anyone below them called that week
 */
public record WeekLine(ForecastNumbers deals, ForecastNumbers counted, boolean anyoneCalled) {

    public WeekLine {
        Objects.requireNonNull(deals, "deals");
        Objects.requireNonNull(counted, "counted");
    }

    static WeekLine of(ForecastRollup.Line line) {
        return new WeekLine(line.deals(), line.counted(), line.anyoneCalled());
    }
}
