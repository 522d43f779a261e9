package dev.dealcoach.core.conversation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text with no word in it that could mean anything: {@code asdfgh qwerty}, {@code zzz}, {@code jkjkjk},
 * {@code !!!}. One plausible word is enough for an answer to pass, so the rules can be strict about each word:
 * keyboard runs, a letter three times over, a short run repeated, Latin letters without a vowel (unless
 * written in capitals, like {@code CFO} or {@code SAP}), and six consonants in a row are noise. Words with a
 * digit ({@code 1.2M}) and words in other scripts (Chinese, Hebrew, ...) always count as words.
 */
final class Gibberish {

    private static final List<String> KEYBOARD_ROWS = List.of("qwertyuiop", "asdfghjkl", "zxcvbnm",
            "poiuytrewq", "lkjhgfdsa", "mnbvcxz");
    private static final int SHORTEST_KEYBOARD_RUN = 4;
    /** Short words without a vowel that people do type in chat. */
    private static final Set<String> ABBREVIATIONS = Set.of("crm", "hr", "vp", "svp", "sdr", "bdr", "pm", "mgmt",
            "mtg", "mr", "mrs", "ms", "dr", "vs", "pls", "ppl", "sql", "hrs", "wks", "mths", "yrs");
    private static final Pattern SAME_LETTER_THRICE = Pattern.compile("(.)\\1\\1");
    private static final Pattern SHORT_RUN_REPEATED = Pattern.compile("(.{1,3})\\1{2,}");
    private static final Pattern SIX_CONSONANTS = Pattern.compile("[^aeiouy]{6}");
    private static final Pattern VOWEL = Pattern.compile("[aeiouy]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Gibberish() {
    }

    /** Whether no word of {@code text} could mean anything (so text of only punctuation or emoji is gibberish too). */
    static boolean is(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{M}\\p{N}]+")).noneMatch(Gibberish::couldBeAWord);
    }

    private static boolean couldBeAWord(String token) {
        if (token.isEmpty()) {
            return false;
        }
        if (token.codePoints().anyMatch(c -> Character.isDigit(c) || Character.isLetter(c) && !isLatin(c))) {
            return true;
        }
        String word = MARKS.matcher(Normalizer.normalize(token, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        if (word.length() < 2 || isKeyboardRun(word) || SAME_LETTER_THRICE.matcher(word).find()
                || SHORT_RUN_REPEATED.matcher(word).matches() || SIX_CONSONANTS.matcher(word).find()) {
            return false;
        }
        return VOWEL.matcher(word).find() || ABBREVIATIONS.contains(word) || isCapitals(token);
    }

    private static boolean isKeyboardRun(String word) {
        return word.length() >= SHORTEST_KEYBOARD_RUN && KEYBOARD_ROWS.stream().anyMatch(row -> row.contains(word));
    }

    private static boolean isCapitals(String token) {
        return token.codePoints().allMatch(Character::isUpperCase);
    }

    private static boolean isLatin(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }
}
