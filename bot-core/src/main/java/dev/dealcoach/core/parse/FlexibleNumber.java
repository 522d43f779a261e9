package dev.dealcoach.core.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain number typed in chat: {@code 12}, {@code 1,200}, {@code 3.5}, {@code .5}, {@code -2}, or a word from
 * {@code zero} to {@code twelve}, optionally followed by one word naming what is counted ({@code 12 seats}) and marked
 * as approximate ({@code about 50}, {@code ~40}). Thousands commas must come in groups of three; anything else in the
 * text ({@code 12 seats and 3 admins}, {@code 12 thousand}, {@code 1.2.3}) means it is not a number.
 */
public final class FlexibleNumber {

    private static final List<String> WORDS = List.of(
            "zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    /** A number and one word after it: "12 seats". */
    private static final Pattern COUNTED = Pattern.compile("(\\S+)\\s+(\\p{L}[\\p{L}'’-]*)");
    /** Words after a number that change it or add to it, so they do not name what is counted. */
    private static final Set<String> NOT_COUNTED = Set.of("k", "m", "mm", "b", "bn", "thousand", "million", "billion",
            "hundred", "dozen", "grand", "percent", "pct", "or", "to", "and", "plus", "more", "less", "a", "an", "per",
            "each", "times", "x", "of");

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|\\.\\d+");

    private FlexibleNumber() {
    }

    /** The number the whole text stands for, ignoring surrounding spaces and case; empty when it is anything else. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = Approximation.dropped(text).toLowerCase(Locale.ROOT);
        Matcher counted = COUNTED.matcher(trimmed);
        if (counted.matches() && !NOT_COUNTED.contains(counted.group(2))) {
            trimmed = counted.group(1);
        }
        int word = WORDS.indexOf(trimmed);
        if (word >= 0) {
            return Optional.of(BigDecimal.valueOf(word));
        }
        if (trimmed.startsWith("-")) {
            return parseDigits(trimmed.substring(1)).map(BigDecimal::negate);
        }
        return parseDigits(trimmed);
    }

    /** Whether the text has at least one digit anywhere, which tells a quantified answer from a vague one. */
    public static boolean containsNumber(String text) {
        return text != null && text.chars().anyMatch(Character::isDigit);
    }

    /** Unsigned digits with optional thousands commas and decimals, nothing else; shared with the money parser. */
    static Optional<BigDecimal> parseDigits(String text) {
        if (!DIGITS.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(",", "")));
    }
}
