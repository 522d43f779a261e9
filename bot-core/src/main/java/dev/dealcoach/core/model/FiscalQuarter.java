package dev.dealcoach.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One fiscal quarter, {@code start} to {@code end} inclusive. The fiscal year is named after the
 * calendar year in which it ends (a year starting Feb 1, 2026 is FY27).
 */
public record FiscalQuarter(int fiscalYear, int quarter, LocalDate start, LocalDate end) {

    public FiscalQuarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, was " + quarter);
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** 1 for the quarter's first seven days, and so on; the odd days at the end count to the last week. */
    public int weekOf(LocalDate date) {
        return (int) Math.min(ChronoUnit.DAYS.between(start, date) / 7 + 1, weeks());
    }

    /** The quarter's length in whole weeks, as people count them: 13 for a quarter of 89 to 92 days. */
    public int weeks() {
        return (int) Math.round((ChronoUnit.DAYS.between(start, end) + 1) / 7.0);
    }

    /** The quarter's three calendar months, first to last. */
    public List<YearMonth> months() {
        YearMonth first = YearMonth.from(start);
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    /** As people say it: {@code Q4 FY27}. */
    public String label() {
        return "Q" + quarter + " FY" + String.format("%02d", fiscalYear % 100);
    }

    /** {@code FY27-Q4}: how stores key a quarter; keys of one century sort in time order. */
    public String key() {
        return String.format("FY%02d-Q%d", fiscalYear % 100, quarter);
    }
}
