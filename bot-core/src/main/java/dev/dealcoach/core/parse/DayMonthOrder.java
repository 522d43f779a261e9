package dev.dealcoach.core.parse;

import java.util.Currency;

/** How a numeric date like {@code 3/4} is read when both numbers could be the month. */
public enum DayMonthOrder {
    MONTH_FIRST, DAY_FIRST;

    /** Month first for an org that counts in US dollars, day first for every other. */
    public static DayMonthOrder usualFor(Currency currency) {
        return currency.getCurrencyCode().equals("USD") ? MONTH_FIRST : DAY_FIRST;
    }
}
