package dev.dealcoach.core.crm;

import dev.dealcoach.core.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** A CRM's amount as {@link Money}, rounded to its currency's minor unit (a CRM may keep more digits). */
final class Amounts {

    private Amounts() {
    }

    static Money money(BigDecimal amount, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        return new Money(amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP), currency);
    }
}
