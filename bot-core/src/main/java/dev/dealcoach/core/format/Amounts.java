package dev.dealcoach.core.format;

import dev.dealcoach.core.model.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** Money as people say it: {@code $240,000} in full, {@code $1.31M} or {@code $450k} in short. */
public final class Amounts {

    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final MathContext THREE_FIGURES = new MathContext(3, RoundingMode.HALF_UP);

    private Amounts() {
    }

    /** Whole units with thousands separators; cents only when there are any. */
    public static String full(Money money) {
        BigDecimal amount = money.amount().abs();
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return (money.isNegative() ? "-" : "") + withCurrency(money, format.format(amount));
    }

    /** Three significant figures at most, with k, M or B: {@code $450k}, {@code $1.31M}, {@code $12.5k}. */
    public static String brief(Money money) {
        BigDecimal amount = money.amount().abs();
        BigDecimal rounded = amount.round(THREE_FIGURES);
        String number;
        if (rounded.compareTo(BILLION) >= 0) {
            number = plain(rounded.divide(BILLION)) + "B";
        } else if (rounded.compareTo(MILLION) >= 0) {
            number = plain(rounded.divide(MILLION)) + "M";
        } else if (rounded.compareTo(THOUSAND) >= 0) {
            number = plain(rounded.divide(THOUSAND)) + "k";
        } else {
            number = amount.setScale(0, RoundingMode.HALF_UP).toPlainString();
        }
        return (money.isNegative() ? "-" : "") + withCurrency(money, number);
    }

    private static String plain(BigDecimal value) {
        return value.round(THREE_FIGURES).stripTrailingZeros().toPlainString();
    }

    private static String withCurrency(Money money, String number) {
        String code = money.currency().getCurrencyCode();
        String symbol = SYMBOLS.get(code);
        return symbol != null ? symbol + number : number + " " + code;
    }
}
