package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.FiscalQuarter;
import java.util.Currency;
import java.util.Map;
import java.util.Set;

/**
 * Per owner, what their deals add up to in a quarter, kept by the deal store as deals are written, so
 * that a rollup reads one total per person instead of every deal.
 */
public interface DealTotals {

    /**
     * Every owner whose deals closing in {@code quarter} add up to anything (owners of omitted deals
     * only may be left out), in one read; numbers in {@code currency}.
     */
    Map<String, QuarterTotals> of(FiscalQuarter quarter, Currency currency);

    /** As {@link #of(FiscalQuarter, Currency)}, of {@code owners} only: a small team's are read without the rest. */
    Map<String, QuarterTotals> of(FiscalQuarter quarter, Currency currency, Set<String> owners);
}
