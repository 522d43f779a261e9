package dev.dealcoach.core.model;

import java.time.Clock;
import java.time.LocalDate;

/** Fiscal quarters for a fiscal year that starts on the first day of {@code startMonth} (1 = January). */
public record FiscalCalendar(int startMonth) {

    public FiscalCalendar {
        if (startMonth < 1 || startMonth > 12) {
            throw new IllegalArgumentException("fiscal year start month must be 1 to 12, was " + startMonth);
        }
    }

    public FiscalQuarter quarterOf(LocalDate date) {
        int monthsIntoYear = Math.floorMod(date.getMonthValue() - startMonth, 12);
        LocalDate yearStart = LocalDate.of(date.getYear(), startMonth, 1);
        if (date.getMonthValue() < startMonth) {
            yearStart = yearStart.minusYears(1);
        }
        int quarter = monthsIntoYear / 3 + 1;
        LocalDate start = yearStart.plusMonths((quarter - 1) * 3L);
        LocalDate end = start.plusMonths(3).minusDays(1);
        int fiscalYear = yearStart.plusMonths(11).getYear();
        return new FiscalQuarter(fiscalYear, quarter, start, end);
    }

    /** The quarter holding today's date in the clock's time zone. */
    public FiscalQuarter currentQuarter(Clock clock) {
        return quarterOf(LocalDate.now(clock));
    }

    public FiscalQuarter next(FiscalQuarter quarter) {
        return quarterOf(quarter.end().plusDays(1));
    }

    public FiscalQuarter previous(FiscalQuarter quarter) {
        return quarterOf(quarter.start().minusDays(1));
    }
}
