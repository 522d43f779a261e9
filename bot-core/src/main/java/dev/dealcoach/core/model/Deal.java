package dev.dealcoach.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An opportunity owned by one person.
 *
 * @param nextStep          free text from the CRM, empty when none was recorded
 * @param lastActivityDate  date of the last logged activity, or {@code null} when none was logged
 */
public record Deal(
        String id,
        String name,
        String account,
        String ownerId,
        Money amount,
        Stage stage,
        ForecastCategory forecastCategory,
        LocalDate closeDate,
        String nextStep,
        LocalDate lastActivityDate,
        LocalDate createdDate) {

    public Deal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(forecastCategory, "forecastCategory");
        Objects.requireNonNull(closeDate, "closeDate");
        Objects.requireNonNull(createdDate, "createdDate");
        nextStep = nextStep == null ? "" : nextStep;
    }

    public Optional<LocalDate> lastActivity() {
        return Optional.ofNullable(lastActivityDate);
    }

    /** Days since anything was logged on the deal, or since it was created when nothing ever was. */
    public long daysQuiet(LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(lastActivityDate == null ? createdDate : lastActivityDate, today);
    }

    /** The same deal with every date moved by {@code days}; used to keep the demo data current. */
    public Deal withDatesShiftedBy(long days) {
        return new Deal(id, name, account, ownerId, amount, stage, forecastCategory,
                closeDate.plusDays(days), nextStep,
                lastActivityDate == null ? null : lastActivityDate.plusDays(days),
                createdDate.plusDays(days));
    }
}
