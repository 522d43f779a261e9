package dev.dealcoach.core.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What is older than these is dropped.
 *
 * @param deliveries    delivery records completed before this instant
 * @param history       activity days, deal changes and reviews before this date
 * @param forecastWeek  forecast weeks whose key sorts before this one ({@code FY27-Q1-W01})
 * @param quarter       forecast accuracy and slip-risk alert records of quarters before this one ({@code FY27-Q1})
 */
public record Cutoffs(Instant deliveries, LocalDate history, String forecastWeek, String quarter) {

    public Cutoffs {
        Objects.requireNonNull(deliveries, "deliveries");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(forecastWeek, "forecastWeek");
        Objects.requireNonNull(quarter, "quarter");
    }
}
