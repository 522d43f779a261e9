package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalQuarter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a set of deals says for a quarter, in the org's currency: closed won, commit, best case and
 * open pipeline among the deals closing in it. Deals in another currency are left out and named,
 * since the org file has no exchange rates; omitted and lost deals count nowhere. Each deal's part is
 * its {@link DealTally}, the same that the stores' {@link DealTotals} add up.
 *
 * @param won             deals closed won in the quarter, in any currency
 * @param lost            deals closed lost in the quarter, in any currency
 * @param otherCurrencies the codes of deals left out for their currency, sorted
 */
public record DealNumbers(ForecastNumbers numbers, List<Deal> counted, int won, int lost, Set<String> otherCurrencies) {

    public static DealNumbers of(List<Deal> deals, FiscalQuarter quarter, Currency currency) {
        Map<String, Long> sums = new HashMap<>();
        List<Deal> counted = new ArrayList<>();
        for (Deal deal : deals) {
            if (quarter.contains(deal.closeDate())) {
                DealTally tally = DealTally.of(deal);
                tally.addTo(sums, 1);
                if (tally.countsIn(currency)) {
                    counted.add(deal);
                }
            }
        }
        return new DealNumbers(QuarterTotals.of(sums, currency), counted);
    }

    private DealNumbers(QuarterTotals totals, List<Deal> counted) {
        this(totals.numbers(), List.copyOf(counted), totals.won(), totals.lost(), totals.otherCurrencies());
    }

    public QuarterTotals totals() {
        return new QuarterTotals(numbers, won, lost, otherCurrencies);
    }
}
