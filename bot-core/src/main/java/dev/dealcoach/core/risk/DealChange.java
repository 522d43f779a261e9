package dev.dealcoach.core.risk;

import dev.dealcoach.core.model.Deal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One change of a deal seen between two loads: which field, from what to what, on which date.
 *
 * @param field {@code close-date}, {@code stage}, {@code amount} or {@code forecast-category}
 */
public record DealChange(String dealId, String field, String from, String to, LocalDate on) {

    public static final String CLOSE_DATE = "close-date";
    public static final String STAGE = "stage";
    public static final String AMOUNT = "amount";
    public static final String CATEGORY = "forecast-category";

    public DealChange {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(on, "on");
    }

    /** What changed from {@code before} to {@code after} (the same deal, loaded twice), dated {@code on}. */
    public static List<DealChange> between(Deal before, Deal after, LocalDate on) {
        List<DealChange> changes = new ArrayList<>();
        add(changes, after.id(), CLOSE_DATE, before.closeDate().toString(), after.closeDate().toString(), on);
        add(changes, after.id(), STAGE, before.stage().name(), after.stage().name(), on);
        add(changes, after.id(), AMOUNT, before.amount().toString(), after.amount().toString(), on);
        add(changes, after.id(), CATEGORY, before.forecastCategory().name(), after.forecastCategory().name(), on);
        return changes;
    }

    private static void add(List<DealChange> changes, String id, String field, String from, String to, LocalDate on) {
        if (!from.equals(to)) {
            changes.add(new DealChange(id, field, from, to, on));
        }
    }
}
