package dev.dealcoach.core.model;

import java.util.Optional;

/** The rep's call on a deal for the period's forecast. */
public enum ForecastCategory {
    PIPELINE("Pipeline"),
    BEST_CASE("Best Case"),
    COMMIT("Commit"),
    CLOSED("Closed"),
    OMITTED("Omitted");

    private final String label;

    ForecastCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Matches {@code Best Case}, {@code best_case}, {@code BEST-CASE} and the like. */
    public static Optional<ForecastCategory> parse(String text) {
        return EnumNames.parse(ForecastCategory.class, text);
    }
}
