package dev.dealcoach.core.forecast;

import dev.dealcoach.core.model.Deal;
import dev.dealcoach.core.model.ForecastCategory;
import dev.dealcoach.core.model.Stage;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One deal's part in its owner's totals for the month it closes in, as counts and amounts in the
 * currency's minor units by field name: {@code won}, {@code lost}, and for a deal that counts,
 * {@code <currency>.n} (1), {@code .closed}, {@code .commit} (open, called commit), {@code .best}
 * (open, called best case) and {@code .pipeline} (open). Zero fields are left out. Summed over a
 * quarter's months and owners they give {@link QuarterTotals}; stores keep such sums.
 */
public record DealTally(String ownerId, YearMonth month, Map<String, Long> fields) {

    public static final String WON = "won";
    public static final String LOST = "lost";

    public DealTally {
        fields = Map.copyOf(fields);
    }

    public static DealTally of(Deal deal) {
        Map<String, Long> fields = new LinkedHashMap<>();
        if (deal.stage() == Stage.CLOSED_WON) {
            fields.put(WON, 1L);
        }
        if (deal.stage() == Stage.CLOSED_LOST) {
            fields.put(LOST, 1L);
        }
        boolean counts = deal.stage() != Stage.CLOSED_LOST
                && !(deal.stage().isOpen() && deal.forecastCategory() == ForecastCategory.OMITTED);
        if (counts) {
            String currency = deal.amount().currency().getCurrencyCode();
            long amount = minorUnits(deal.amount().amount(), deal.amount().currency());
            fields.put(currency + ".n", 1L);
            if (deal.stage() == Stage.CLOSED_WON) {
                put(fields, currency + ".closed", amount);
            } else {
                put(fields, currency + ".pipeline", amount);
                if (deal.forecastCategory() == ForecastCategory.COMMIT) {
                    put(fields, currency + ".commit", amount);
                } else if (deal.forecastCategory() == ForecastCategory.BEST_CASE) {
                    put(fields, currency + ".best", amount);
                }
            }
        }
        return new DealTally(deal.ownerId(), YearMonth.from(deal.closeDate()), fields);
    }

    /** Whether the deal is among those counted in {@code currency}, the org's. */
    public boolean countsIn(Currency currency) {
        return fields.containsKey(currency.getCurrencyCode() + ".n");
    }

    /** Adds {@code sign} (1 or -1) times these fields to {@code sums}, dropping fields that come to zero. */
    public void addTo(Map<String, Long> sums, int sign) {
        fields.forEach((field, value) -> {
            long sum = Math.addExact(sums.getOrDefault(field, 0L), sign * value);
            if (sum == 0) {
                sums.remove(field);
            } else {
                sums.put(field, sum);
            }
        });
    }

    static int digits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    private static long minorUnits(BigDecimal amount, Currency currency) {
        return amount.movePointRight(digits(currency)).longValueExact();
    }

    private static void put(Map<String, Long> fields, String field, long amount) {
        if (amount != 0) {
            fields.put(field, amount);
        }
    }
}
