package dev.dealcoach.core.parse;

import dev.dealcoach.core.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a money amount the way sales reps type it: {@code $1.2M}, {@code 450k}, {@code 450,000.50},
 * {@code EUR 1.5M}, {@code 200000 USD}, {@code £80,000}, {@code 2.5 million}, {@code $1.2 mm}, {@code 1bn}.
 *
 * <ul>
 *   <li>{@code $} is USD, {@code €} EUR, {@code £} GBP; a three-letter ISO code before or after the number wins over
 *       {@code $} (which many dollars share, e.g. {@code $200k CAD}); any other disagreement is rejected. With neither,
 *       the caller's default currency applies.</li>
 *   <li>Suffixes: {@code k}/{@code thousand}, {@code m}/{@code mm}/{@code mil}/{@code mn}/{@code million},
 *       {@code b}/{@code bn}/{@code billion}, in any case, with or without a space.</li>
 *   <li>A leading decimal point is fine ({@code $.5m}). Thousands commas must come in groups of three, so Indian
 *       ({@code 4,50,000}) and European ({@code 1.234,56}) groupings are rejected rather than guessed at. Amounts
 *       must be written with digits.</li>
 *   <li>Negative amounts are rejected: reps state deal values, and a stray minus is more likely a typo or a dash.</li>
 *   <li>Extra decimals after scaling are rounded half-up to the currency's minor unit ({@code $1.234567k} is
 *       {@code USD 1234.57}).</li>
 * </ul>
 */
public final class FlexibleMoney {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private static final Map<String, BigDecimal> SCALES = Map.of(
            "k", THOUSAND, "thousand", THOUSAND,
            "m", MILLION, "mm", MILLION, "mil", MILLION, "mn", MILLION, "million", MILLION,
            "b", BILLION, "bn", BILLION, "billion", BILLION);

    private static final Currency USD = Currency.getInstance("USD");
    private static final Map<Character, Currency> SYMBOLS = Map.of(
            '$', USD, '€', Currency.getInstance("EUR"), '£', Currency.getInstance("GBP"));

    private enum Kind { NUMBER, WORD, SYMBOL, MINUS, OTHER }

    /** A run of text: digits (with inner commas and dots), letters, a currency symbol, a minus, or anything else. */
    private record Token(Kind kind, String text, int start, int end) {
        boolean is(Kind other) {
            return kind == other;
        }
    }

    /** A currency as written: {@code fromDollarSign} marks the one currency symbol many countries share. */
    private record Marker(Currency currency, boolean fromDollarSign) {
    }

    /** An amount read from tokens {@code [start, end)}; {@code marked} when it had a currency or a k/m/bn suffix. */
    private record Amount(BigDecimal value, Currency currency, boolean negative, boolean marked, int end) {
    }

    private FlexibleMoney() {
    }

    /** The amount the whole text stands for (a final full stop is tolerated), or empty. */
    public static Optional<Money> parse(String text, Currency defaultCurrency) {
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        if (text == null) {
            return Optional.empty();
        }
        List<Token> tokens = tokens(text.strip().replaceAll("[.!?;:,]+$", ""));
        return amountAt(tokens, 0, false, defaultCurrency)
                .filter(amount -> amount.end() == tokens.size() && !amount.negative())
                .map(FlexibleMoney::toMoney);
    }

    /**
     * The first amount in a sentence that is clearly money: it has a currency symbol or code (codes only in
     * capitals here, since {@code all}, {@code top} and {@code try} are currencies too) or a k/m/bn suffix.
     * Plain numbers ({@code 40 people}, {@code 8%}) and numbers glued to words ({@code Q3}) never count.
     */
    public static Optional<Money> findIn(String text, Currency defaultCurrency) {
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        if (text == null) {
            return Optional.empty();
        }
        List<Token> tokens = tokens(text);
        for (int start = 0; start < tokens.size(); start++) {
            if (!standsApart(tokens, start - 1, start)) {
                continue;
            }
            Optional<Amount> amount = amountAt(tokens, start, true, defaultCurrency);
            if (amount.isPresent() && amount.get().marked() && !amount.get().negative()
                    && standsApart(tokens, amount.get().end() - 1, amount.get().end())) {
                return amount.map(FlexibleMoney::toMoney);
            }
        }
        return Optional.empty();
    }

    // ---- reading an amount: [-] [currency] [-] number [scale] [currency]

    private static Optional<Amount> amountAt(List<Token> tokens, int start, boolean capitalCodesOnly, Currency fallback) {
        int i = start;
        boolean negative = is(tokens, i, Kind.MINUS);
        if (negative) {
            i++;
        }
        Marker prefix = markerAt(tokens, i, capitalCodesOnly);
        if (prefix != null) {
            i++;
        }
        if (!negative && is(tokens, i, Kind.MINUS)) {
            negative = true;
            i++;
        }
        if (!is(tokens, i, Kind.NUMBER)) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = FlexibleNumber.parseDigits(tokens.get(i).text());
        if (number.isEmpty()) {
            return Optional.empty();
        }
        i++;
        BigDecimal scale = is(tokens, i, Kind.WORD) ? SCALES.get(lower(tokens.get(i))) : null;
        if (scale != null) {
            i++;
        }
        Marker suffix = markerAt(tokens, i, capitalCodesOnly);
        if (suffix != null) {
            i++;
        }
        Optional<Currency> currency = agree(prefix, suffix, fallback);
        if (currency.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = scale == null ? number.get() : number.get().multiply(scale);
        boolean marked = prefix != null || suffix != null || scale != null;
        return Optional.of(new Amount(value, currency.get(), negative, marked, i));
    }

    private static Marker markerAt(List<Token> tokens, int i, boolean capitalCodesOnly) {
        if (is(tokens, i, Kind.SYMBOL)) {
            char symbol = tokens.get(i).text().charAt(0);
            return new Marker(SYMBOLS.get(symbol), symbol == '$');
        }
        if (!is(tokens, i, Kind.WORD) || tokens.get(i).text().length() != 3) {
            return null;
        }
        String code = tokens.get(i).text();
        if (capitalCodesOnly && !code.equals(code.toUpperCase(Locale.ROOT))) {
            return null;
        }
        try {
            return new Marker(Currency.getInstance(code.toUpperCase(Locale.ROOT)), false);
        } catch (IllegalArgumentException notACurrency) {
            return null;
        }
    }

    /** The one currency both markers mean; an ISO code overrides a dollar sign, other clashes give empty. */
    private static Optional<Currency> agree(Marker prefix, Marker suffix, Currency fallback) {
        if (prefix == null || suffix == null) {
            Marker only = prefix != null ? prefix : suffix;
            return Optional.of(only != null ? only.currency() : fallback);
        }
        if (prefix.currency().equals(suffix.currency()) || prefix.fromDollarSign()) {
            return Optional.of(suffix.currency());
        }
        return suffix.fromDollarSign() ? Optional.of(prefix.currency()) : Optional.empty();
    }

    private static Money toMoney(Amount amount) {
        int digits = Math.max(amount.currency().getDefaultFractionDigits(), 0);
        return new Money(amount.value().setScale(digits, RoundingMode.HALF_UP), amount.currency());
    }

    // ---- tokens

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            Kind kind;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            } else if (isDigit(c) || c == '.' && startsNumber(text, i + 1)) {
                kind = Kind.NUMBER;
                end = numberEnd(text, i);
            } else if (Character.isLetter(c)) {
                kind = Kind.WORD;
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
            } else if (SYMBOLS.containsKey(c)) {
                kind = Kind.SYMBOL;
            } else if (c == '-') {
                kind = Kind.MINUS;
            } else {
                kind = Kind.OTHER;
            }
            tokens.add(new Token(kind, text.substring(i, end), i, end));
            i = end;
        }
        return tokens;
    }

    /** Digits, taking a comma or dot only when a digit follows, so "$300k, then" and "450,000." end cleanly. */
    private static int numberEnd(String text, int start) {
        int end = start;
        while (end < text.length()) {
            char c = text.charAt(end);
            boolean separator = (c == ',' || c == '.') && startsNumber(text, end + 1);
            if (!isDigit(c) && !separator) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * Whether tokens {@code before} and {@code after} are apart: a space between them or only punctuation
     * touching. A number glued to letters, digits, a currency sign or a minus is part of something else
     * ({@code Q3}, {@code 20-30k}).
     */
    private static boolean standsApart(List<Token> tokens, int before, int after) {
        if (before < 0 || after >= tokens.size()) {
            return true;
        }
        Token left = tokens.get(before);
        Token right = tokens.get(after);
        return left.end() < right.start() || left.is(Kind.OTHER) || right.is(Kind.OTHER);
    }

    private static boolean is(List<Token> tokens, int i, Kind kind) {
        return i < tokens.size() && tokens.get(i).is(kind);
    }

    private static boolean startsNumber(String text, int i) {
        return i < text.length() && isDigit(text.charAt(i));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
