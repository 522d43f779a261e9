package dev.dealcoach.core.parse;

import java.util.regex.Pattern;

/** What marks an amount or a count as approximate ({@code about 200k}, {@code ~40}, {@code 300k or so}): dropped before reading. */
final class Approximation {

    private static final Pattern BEFORE = Pattern.compile(
            "^(?:(?:about|around|roughly|approximately|approx|circa|ca|ballpark|estimated)\\b\\.?|~|≈)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER = Pattern.compile("(?:\\s+or so|\\s*-?ish|\\s+give or take)$", Pattern.CASE_INSENSITIVE);

    private Approximation() {
    }

    static String dropped(String text) {
        return AFTER.matcher(BEFORE.matcher(text.strip()).replaceFirst("")).replaceFirst("").strip();
    }
}
