package dev.dealcoach.core.forecast;

import dev.dealcoach.core.format.Amounts;

/** Forecast numbers as people say them. */
final class ForecastText {

    private ForecastText() {
    }

    /** {@code Closed $560k, Commit $980k, Best case $1.31M, Pipeline $2.2M}. */
    static String numbers(ForecastNumbers numbers) {
        return "Closed " + Amounts.brief(numbers.closed()) + ", Commit " + Amounts.brief(numbers.commit()) + ", Best case "
                + Amounts.brief(numbers.bestCase()) + ", Pipeline " + Amounts.brief(numbers.pipeline());
    }
}
