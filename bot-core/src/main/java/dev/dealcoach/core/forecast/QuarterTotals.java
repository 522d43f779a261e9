package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one person's deals add up to for a quarter, in the org's currency, as {@link DealNumbers}
 * counts them, without the deals themselves.
 *
 * @param won             deals closed won in the quarter, in any currency
 * @param lost            deals closed lost in the quarter, in any currency
 * @param otherCurrencies the codes of deals left out for their currency, sorted
 */
public record QuarterTotals(ForecastNumbers numbers, int won, int lost, Set<String> otherCurrencies) {

    public QuarterTotals {
        otherCurrencies = Collections.unmodifiableSortedSet(new TreeSet<>(otherCurrencies));
    }

    /** From {@link DealTally} fields summed over the quarter's deals of one owner. */
    public static QuarterTotals of(Map<String, Long> sums, Currency currency) {
        String code = currency.getCurrencyCode();
        Money closed = money(sums, code + ".closed", currency);
        Money commit = closed.plus(money(sums, code + ".commit", currency));
        Money bestCase = commit.plus(money(sums, code + ".best", currency));
        Set<String> other = new TreeSet<>();
        sums.forEach((field, value) -> {
            if (field.endsWith(".n") && value > 0 && !field.equals(code + ".n")) {
                other.add(field.substring(0, field.length() - 2));
            }
        });
        return new QuarterTotals(new ForecastNumbers(closed, commit, bestCase, money(sums, code + ".pipeline", currency)),
                Math.toIntExact(sums.getOrDefault(DealTally.WON, 0L)), Math.toIntExact(sums.getOrDefault(DealTally.LOST, 0L)), other);
    }

    private static Money money(Map<String, Long> sums, String field, Currency currency) {
        return new Money(BigDecimal.valueOf(sums.getOrDefault(field, 0L), DealTally.digits(currency)), currency);
    }
}
