package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.FiscalCalendar;
import dev.dealcoach.core.model.FiscalQuarter;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One week of a fiscal quarter, the unit a forecast call is made for: week 1 is the quarter's
 * first seven days (as {@link FiscalQuarter#weekOf} counts them).
 */
public record ForecastWeek(FiscalQuarter quarter, int number) {

    public ForecastWeek {
        Objects.requireNonNull(quarter, "quarter");
        if (number < 1 || number > quarter.weeks()) {
            throw new IllegalArgumentException("week " + number + " is not in " + quarter.label());
        }
    }

    public static ForecastWeek of(FiscalCalendar calendar, LocalDate date) {
        FiscalQuarter quarter = calendar.quarterOf(date);
        return new ForecastWeek(quarter, quarter.weekOf(date));
    }

    /** The week's first day. */
    public LocalDate start() {
        return quarter.start().plusDays(7L * (number - 1));
    }

    /** The week before, in the previous quarter for week 1. */
    public ForecastWeek previous(FiscalCalendar calendar) {
        return of(calendar, start().minusDays(1));
    }

    /** How it is kept in the store: {@code FY27-Q4-W04}. */
    public String key() {
        return String.format("FY%02d-Q%d-W%02d", quarter.fiscalYear() % 100, quarter.quarter(), number);
    }

    /** As people say it: {@code week 4 of 13}. */
    public String label() {
        return "week " + number + " of " + quarter.weeks();
    }
}
