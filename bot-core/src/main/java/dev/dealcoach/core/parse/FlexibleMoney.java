package dev.dealcoach.core.parse;

import dev.dealcoach.core.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a money amount the way sales reps type it: {@code $1.2M}, {@code 450k}, {@code 450,000.50},
 * {@code EUR 1.5M}, {@code 200000 USD}, {@code £80,000}, {@code 2.5 million}, {@code 1.2 million dollars},
 * {@code 300 grand}, {@code $1.2 mm}, {@code 1bn}, {@code ¥5,000,000}, {@code 2,5 Mio €}.
 *
 * <ul>
 *   <li>{@code €} is EUR and {@code £} GBP. {@code $} (and {@code dollars}, {@code bucks}) is the caller's default
 *       currency when that is a dollar (CAD, AUD, ...), else USD; {@code ¥} likewise is CNY or JPY. A three-letter ISO
 *       code before or after the number wins over such a shared sign ({@code $200k CAD}); any other disagreement is
 *       rejected. With none, the caller's default currency applies. Currency words ({@code euros}, {@code pounds},
 *       {@code yen}) count only after the number, and not in {@link #findIn}.</li>
 *   <li>Suffixes: {@code k}/{@code thousand}/{@code grand}, {@code m}/{@code mm}/{@code mil}/{@code mn}/{@code mio}/
 *       {@code million}, {@code b}/{@code bn}/{@code mrd}/{@code billion}, in any case, with or without a space.</li>
 *   <li>The amount's currency decides how it is written. In a currency usually written with a decimal comma (EUR, BRL,
 *       SEK and the others in {@link #DECIMAL_COMMA}), of two separators the last is the decimal one ({@code 1.234,56}
 *       and {@code 1,234.56} are both 1234.56); a separator used twice groups thousands; a lone one is a thousands
 *       separator when exactly three digits follow and there is no suffix ({@code 450.000}, {@code 1,500}), else a
 *       decimal one ({@code 2,5M}, {@code 1.5M}). Elsewhere commas group thousands by three and a point starts the
 *       decimals, as before; {@code 2,5M} or {@code 1.234,56} there is refused as a {@link DecimalComma} reading,
 *       so that the caller can ask back. Indian groupings ({@code 4,50,000}) are refused. Amounts must be written
 *       with digits.</li>
 *   <li>Words that make it approximate are dropped ({@code about 200k}, {@code ~200k}, {@code around $1.2M},
 *       {@code roughly 300k}, {@code 300k or so}), and {@code half a million} and {@code a quarter million} are read as
 *       such. Two amounts ({@code 200-300k}, {@code $1M to $1.5M}, {@code between 200k and 300k}) are refused as a
 *       {@link Range}: a forecast needs the one number the rep would commit to.</li>
 *   <li>Negative amounts are refused as {@link Negative}: reps state deal values, and a stray minus is more likely a
 *       typo or a dash.</li>
 *   <li>Extra decimals after scaling are rounded half-up to the currency's minor unit ({@code $1.234567k} is
 *       {@code USD 1234.57}).</li>
 * </ul>
 */
public final class FlexibleMoney {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("k", THOUSAND), Map.entry("thousand", THOUSAND), Map.entry("grand", THOUSAND),
            Map.entry("m", MILLION), Map.entry("mm", MILLION), Map.entry("mil", MILLION), Map.entry("mn", MILLION),
            Map.entry("mio", MILLION), Map.entry("million", MILLION),
            Map.entry("b", BILLION), Map.entry("bn", BILLION), Map.entry("mrd", BILLION), Map.entry("billion", BILLION));

    /** {@code half a million}, {@code a quarter of a million}, {@code a half billion}: the word before the scale. */
    private static final Pattern FRACTION = Pattern.compile(
            "^(?:an?\\s+)?(half|quarter)\\s+(?:of\\s+)?(?:an?\\s+)?(?:thousand|million|mil|mn|billion|bn)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> RANGE_WORDS = Set.of("to", "and", "or");

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Map<Character, Currency> SYMBOLS = Map.of('€', EUR, '£', GBP);
    /** Signs several currencies use; the first is the one meant unless the default currency is another of them. */
    private static final Map<Character, List<Currency>> SHARED_SYMBOLS = Map.of(
            '$', codes("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN"),
            '¥', List.of(JPY, CNY));
    /** Currencies whose usual locales write {@code 1.234,56}. */
    static final Set<Currency> DECIMAL_COMMA = Set.copyOf(codes("EUR", "BRL", "ARS", "CLP", "COP", "SEK", "NOK",
            "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "TRY", "RUB", "UAH", "IDR", "VND"));

    /** What a typed amount reads as. */
    public sealed interface Reading permits Amount, Negative, DecimalComma, Range, NotAnAmount {
    }

    public record Amount(Money money) implements Reading {
    }

    /** Written with a minus: {@code money} is negative. */
    public record Negative(Money money) implements Reading {
    }

    /** Written with a decimal comma ({@code 2,5M}) in a currency written with a decimal point: {@code meant} is that reading. */
    public record DecimalComma(Money meant) implements Reading {
    }

    /** Two amounts: {@code 200-300k}, {@code $1M to $1.5M}, {@code between 200k and 300k}. */
    public record Range() implements Reading {
    }

    public record NotAnAmount() implements Reading {
    }

    private enum Kind { NUMBER, WORD, SYMBOL, MINUS, OTHER }

    /** A run of text: digits (with inner commas and dots), letters, a currency symbol, a minus, or anything else. */
    private record Token(Kind kind, String text, int start, int end) {
        boolean is(Kind other) {
            return kind == other;
        }
    }

    /** A currency as written: {@code shared} marks a sign (or word) that several currencies use. */
    private record Marker(Currency currency, boolean shared) {
    }

    /**
     * Tokens {@code [start, end)} read as an amount: {@code value} is null when the digits do not read in the
     * currency's notation, and {@code decimalCommaValue} then holds the decimal-comma reading if there is one.
     * {@code marked} when it had a currency or a k/m/bn suffix.
     */
    private record Scan(BigDecimal value, BigDecimal decimalCommaValue, Currency currency, boolean negative,
                        boolean marked, int end) {
    }

    private FlexibleMoney() {
    }

    /** The amount the whole text stands for (a final full stop is tolerated), or empty; never negative. */
    public static Optional<Money> parse(String text, Currency defaultCurrency) {
        return read(text, defaultCurrency) instanceof Amount amount ? Optional.of(amount.money()) : Optional.empty();
    }

    /** What the whole text reads as (a final full stop is tolerated), with the reason when it is not an amount. */
    public static Reading read(String text, Currency defaultCurrency) {
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        if (text == null) {
            return new NotAnAmount();
        }
        String plain = spelledFractions(Approximation.dropped(text.strip().replaceAll("[.!?;:,]+$", "")));
        List<Token> tokens = tokens(plain.replace('–', '-').replace('—', '-'));
        if (isRange(tokens, defaultCurrency)) {
            return new Range();
        }
        Optional<Scan> scan = scanAt(tokens, 0, false, defaultCurrency).filter(s -> s.end() == tokens.size());
        if (scan.isEmpty()) {
            return new NotAnAmount();
        }
        Scan amount = scan.get();
        if (amount.value() == null) {
            return amount.decimalCommaValue() == null ? new NotAnAmount()
                    : new DecimalComma(toMoney(amount.decimalCommaValue(), amount.currency()));
        }
        Money money = toMoney(amount.value(), amount.currency());
        return amount.negative() ? new Negative(new Money(money.amount().negate(), money.currency())) : new Amount(money);
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
            Optional<Scan> scan = scanAt(tokens, start, true, defaultCurrency);
            if (scan.isPresent() && scan.get().value() != null && scan.get().marked() && !scan.get().negative()
                    && standsApart(tokens, scan.get().end() - 1, scan.get().end())) {
                return Optional.of(toMoney(scan.get().value(), scan.get().currency()));
            }
        }
        return Optional.empty();
    }

    /** {@code half a million} is {@code 0.5 million}, {@code a quarter million} {@code 0.25 million}. */
    private static String spelledFractions(String text) {
        Matcher fraction = FRACTION.matcher(text);
        if (!fraction.find()) {
            return text;
        }
        String number = fraction.group(1).equalsIgnoreCase("half") ? "0.5 " : "0.25 ";
        return number + text.substring(fraction.end(1)).replaceFirst("^\\s+(?:of\\s+)?(?:an?\\s+)?", "");
    }

    /** Two whole amounts either side of a dash, {@code to}, {@code or}, or {@code between ... and}. */
    private static boolean isRange(List<Token> tokens, Currency fallback) {
        List<Token> body = is(tokens, 0, Kind.WORD) && lower(tokens.get(0)).equals("between") ? tokens.subList(1, tokens.size()) : tokens;
        for (int i = 1; i < body.size() - 1; i++) {
            Token token = body.get(i);
            boolean between = token.is(Kind.MINUS) || token.is(Kind.WORD) && RANGE_WORDS.contains(lower(token));
            if (between && isWholeAmount(body.subList(0, i), fallback) && isWholeAmount(body.subList(i + 1, body.size()), fallback)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWholeAmount(List<Token> tokens, Currency fallback) {
        return scanAt(tokens, 0, false, fallback).filter(scan -> scan.end() == tokens.size() && !scan.negative()).isPresent();
    }

    // ---- reading an amount: [-] [currency] [-] number [scale] [currency]

    private static Optional<Scan> scanAt(List<Token> tokens, int start, boolean inSentence, Currency fallback) {
        int i = start;
        boolean negative = is(tokens, i, Kind.MINUS);
        if (negative) {
            i++;
        }
        Marker prefix = markerAt(tokens, i, inSentence, false, fallback);
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
        String digits = tokens.get(i).text();
        i++;
        BigDecimal scale = is(tokens, i, Kind.WORD) ? SCALES.get(lower(tokens.get(i))) : null;
        if (scale != null) {
            i++;
        }
        Marker suffix = markerAt(tokens, i, inSentence, true, fallback);
        if (suffix != null) {
            i++;
        }
        Optional<Currency> currency = agree(prefix, suffix, fallback);
        if (currency.isEmpty()) {
            return Optional.empty();
        }
        boolean scaled = scale != null;
        BigDecimal value;
        BigDecimal decimalCommaValue = null;
        if (DECIMAL_COMMA.contains(currency.get())) {
            value = decimalCommaDigits(digits, scaled).orElse(null);
        } else {
            value = FlexibleNumber.parseDigits(digits).orElse(null);
            if (value == null) {
                decimalCommaValue = decimalCommaDigits(digits, scaled).map(v -> scaled ? v.multiply(scale) : v).orElse(null);
            }
        }
        if (value != null && scaled) {
            value = value.multiply(scale);
        }
        boolean marked = prefix != null || suffix != null || scaled;
        return Optional.of(new Scan(value, decimalCommaValue, currency.get(), negative, marked, i));
    }

    /**
     * Digits as written where a comma starts the decimals: the last of two different separators is the decimal one,
     * a separator used twice groups thousands, and a lone one groups thousands when three digits follow it in an
     * amount without a suffix. Read by swapping the separators into the {@code 1,234.56} form when needed.
     */
    private static Optional<BigDecimal> decimalCommaDigits(String digits, boolean scaled) {
        int comma = digits.lastIndexOf(',');
        int dot = digits.lastIndexOf('.');
        boolean swap;
        if (comma >= 0 && dot >= 0) {
            swap = comma > dot;
        } else if (comma < 0 && dot < 0) {
            swap = false;
        } else {
            char separator = comma >= 0 ? ',' : '.';
            int last = Math.max(comma, dot);
            boolean thousands = digits.indexOf(separator) != last || !scaled && digits.length() - last - 1 == 3;
            swap = thousands == (separator == '.');
        }
        return FlexibleNumber.parseDigits(swap ? swapSeparators(digits) : digits);
    }

    private static String swapSeparators(String digits) {
        StringBuilder swapped = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            swapped.append(c == ',' ? '.' : c == '.' ? ',' : c);
        }
        return swapped.toString();
    }

    /** A currency sign, an ISO code (in capitals only in a sentence), or after the number a currency word. */
    private static Marker markerAt(List<Token> tokens, int i, boolean inSentence, boolean afterNumber, Currency fallback) {
        if (is(tokens, i, Kind.SYMBOL)) {
            char symbol = tokens.get(i).text().charAt(0);
            return SHARED_SYMBOLS.containsKey(symbol) ? shared(symbol, fallback) : new Marker(SYMBOLS.get(symbol), false);
        }
        if (!is(tokens, i, Kind.WORD)) {
            return null;
        }
        Marker word = afterNumber && !inSentence ? currencyWord(lower(tokens.get(i)), fallback) : null;
        if (word != null || tokens.get(i).text().length() != 3) {
            return word;
        }
        String code = tokens.get(i).text();
        if (inSentence && !code.equals(code.toUpperCase(Locale.ROOT))) {
            return null;
        }
        try {
            return new Marker(Currency.getInstance(code.toUpperCase(Locale.ROOT)), false);
        } catch (IllegalArgumentException notACurrency) {
            return null;
        }
    }

    private static Marker currencyWord(String word, Currency fallback) {
        return switch (word) {
            case "dollar", "dollars", "buck", "bucks" -> shared('$', fallback);
            case "euro", "euros" -> new Marker(EUR, false);
            case "pound", "pounds", "quid" -> new Marker(GBP, false);
            case "yen" -> new Marker(JPY, false);
            case "yuan", "rmb" -> new Marker(CNY, false);
            default -> null;
        };
    }

    private static Marker shared(char symbol, Currency fallback) {
        List<Currency> sharing = SHARED_SYMBOLS.get(symbol);
        return new Marker(sharing.contains(fallback) ? fallback : sharing.get(0), true);
    }

    /** The one currency both markers mean; an ISO code overrides a shared sign, other clashes give empty. */
    private static Optional<Currency> agree(Marker prefix, Marker suffix, Currency fallback) {
        if (prefix == null || suffix == null) {
            Marker only = prefix != null ? prefix : suffix;
            return Optional.of(only != null ? only.currency() : fallback);
        }
        if (prefix.currency().equals(suffix.currency()) || prefix.shared()) {
            return Optional.of(suffix.currency());
        }
        return suffix.shared() ? Optional.of(prefix.currency()) : Optional.empty();
    }

    private static Money toMoney(BigDecimal value, Currency currency) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Money(value.setScale(digits, RoundingMode.HALF_UP), currency);
    }

    private static List<Currency> codes(String... codes) {
        return Arrays.stream(codes).map(Currency::getInstance).toList();
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
            } else if (SYMBOLS.containsKey(c) || SHARED_SYMBOLS.containsKey(c)) {
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
