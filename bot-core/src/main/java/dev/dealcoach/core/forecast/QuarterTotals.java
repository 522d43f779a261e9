package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

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
        otherCurrencies = otherCurrencies.isEmpty() ? Collections.emptySortedSet()
                : Collections.unmodifiableSortedSet(new TreeSet<>(otherCurrencies));
    }

    /** From {@link DealTally} fields summed over the quarter's deals of one owner. */
    public static QuarterTotals of(Map<String, Long> sums, Currency currency) {
        Fields fields = Fields.of(currency);
        Money closed = money(sums, fields.closed(), currency);
        Money commit = closed.plus(money(sums, fields.commit(), currency));
        Money bestCase = commit.plus(money(sums, fields.bestCase(), currency));
        Set<String> other = Set.of();
        for (Map.Entry<String, Long> sum : sums.entrySet()) {
            String field = sum.getKey();
            if (field.endsWith(".n") && sum.getValue() > 0 && !field.equals(fields.count())) {
                other = other.isEmpty() ? new TreeSet<>() : other;
                other.add(field.substring(0, field.length() - 2));
            }
        }
        return new QuarterTotals(new ForecastNumbers(closed, commit, bestCase, money(sums, fields.pipeline(), currency)),
                Math.toIntExact(sums.getOrDefault(DealTally.WON, 0L)), Math.toIntExact(sums.getOrDefault(DealTally.LOST, 0L)), other);
    }

    private static Money money(Map<String, Long> sums, String field, Currency currency) {
        return new Money(BigDecimal.valueOf(sums.getOrDefault(field, 0L), DealTally.digits(currency)), currency);
    }

    /** A currency's field names, made once: a rollup reads them for every person. */
    private record Fields(String closed, String commit, String bestCase, String pipeline, String count) {

        private static final Map<Currency, Fields> BY_CURRENCY = new ConcurrentHashMap<>();

        static Fields of(Currency currency) {
            return BY_CURRENCY.computeIfAbsent(currency, c -> {
                String code = c.getCurrencyCode();
                return new Fields(code + ".closed", code + ".commit", code + ".best", code + ".pipeline", code + ".n");
            });
        }
    }
}
