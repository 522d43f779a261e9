package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.FiscalQuarter;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Money;
import dev.dealcoach.core.model.Stage;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a set of deals says for a quarter, in the org's currency: closed won, commit, best case and
 * open pipeline among the deals closing in it. Deals in another currency are left out and named,
 * since the org file has no exchange rates; omitted and lost deals count nowhere.
 *
 * @param won             deals closed won in the quarter, in any currency
 * @param lost            deals closed lost in the quarter, in any currency
 * @param otherCurrencies the codes of deals left out for their currency, sorted
 */
public record DealNumbers(ForecastNumbers numbers, List<Deal> counted, int won, int lost, Set<String> otherCurrencies) {

    public static DealNumbers of(List<Deal> deals, FiscalQuarter quarter, Currency currency) {
        Money closed = Money.zero(currency);
        Money commit = Money.zero(currency);
        Money bestCase = Money.zero(currency);
        Money pipeline = Money.zero(currency);
        List<Deal> counted = new java.util.ArrayList<>();
        Set<String> other = new TreeSet<>();
        int won = 0;
        int lost = 0;
        for (Deal deal : deals) {
            if (quarter.contains(deal.closeDate())) {
                won += deal.stage() == Stage.CLOSED_WON ? 1 : 0;
                lost += deal.stage() == Stage.CLOSED_LOST ? 1 : 0;
            }
            if (!quarter.contains(deal.closeDate()) || deal.stage() == Stage.CLOSED_LOST
                    || (deal.stage().isOpen() && deal.forecastCategory() == ForecastCategory.OMITTED)) {
                continue;
            }
            if (!deal.amount().currency().equals(currency)) {
                other.add(deal.amount().currency().getCurrencyCode());
                continue;
            }
            counted.add(deal);
            Money amount = deal.amount();
            if (deal.stage() == Stage.CLOSED_WON) {
                closed = closed.plus(amount);
                continue;
            }
            pipeline = pipeline.plus(amount);
            if (deal.forecastCategory() == ForecastCategory.COMMIT) {
                commit = commit.plus(amount);
            } else if (deal.forecastCategory() == ForecastCategory.BEST_CASE) {
                bestCase = bestCase.plus(amount);
            }
        }
        Money commitTotal = closed.plus(commit);
        return new DealNumbers(new ForecastNumbers(closed, commitTotal, commitTotal.plus(bestCase), pipeline), counted, won, lost,
                other);
    }
}
