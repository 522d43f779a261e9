package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.Money;
import java.util.Objects;

/**
 * A quarter's four forecast numbers: closed won, commit (closed won plus deals called commit), best
 * case (commit plus deals called best case) and pipeline (every open deal closing in the quarter).
 */
public record ForecastNumbers(Money closed, Money commit, Money bestCase, Money pipeline) {

    public ForecastNumbers {
        Objects.requireNonNull(closed, "closed");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(bestCase, "bestCase");
        Objects.requireNonNull(pipeline, "pipeline");
    }

    public static ForecastNumbers zero(java.util.Currency currency) {
        Money zero = Money.zero(currency);
        return new ForecastNumbers(zero, zero, zero, zero);
    }

    public ForecastNumbers plus(ForecastNumbers other) {
        return new ForecastNumbers(closed.plus(other.closed), commit.plus(other.commit), bestCase.plus(other.bestCase),
                pipeline.plus(other.pipeline));
    }
}
