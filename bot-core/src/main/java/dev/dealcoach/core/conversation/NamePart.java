package dev.dealcoach.core.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a person answer names someone in the part that should: the answer up to its first comma, semicolon,
 * colon, dash or parenthesis ({@code Dana Whitfield} in {@code Dana Whitfield, CFO, met her Tuesday}), after any
 * leading hedge or placeholder ({@code not sure yet, but probably Dana}, {@code yes, Dana}).
 *
 * <p>It names someone when a word in it is a capitalised name ({@code Raj}), a role ({@code the CFO},
 * {@code their head of procurement}) or written in a script without capitals ({@code 王伟}); or, since names are
 * often typed in lower case in chat, when it is one to three words that could be a name ({@code josé garcía}).
 * Words about meeting someone ({@code met yesterday}), what is being done ({@code checking}) and keyboard noise
 * never count.
 */
final class NamePart {

    private static final Pattern PARTS = Pattern.compile("[,;:()\\[\\]]|\\s-+\\s|[–—]");
    private static final Pattern NOT_IN_NAMES = Pattern.compile("[^\\p{L}\\p{M}'’-]+");
    private static final int MOST_LOWER_CASE_WORDS = 3;
    /** Words about being in touch: a part with one of them says when, not who ("called her twice"). */
    private static final Set<String> CONTACT = Set.of("met", "meet", "meeting", "spoke", "speak", "spoken", "talked",
            "talk", "call", "called", "emailed", "email", "chat", "chatted", "saw", "seen", "pinged", "messaged", "texted",
            "visited", "demoed");
    /** Words that are not names: what is said around a name, and words for the person asked about. */
    private static final Set<String> NOT_NAMES = Set.of("a", "an", "the", "and", "or", "but", "with", "at", "on", "in",
            "of", "to", "for", "from", "by", "about", "is", "was", "are", "were", "be", "been", "has", "have", "had",
            "he", "she", "they", "them", "him", "her", "his", "hers", "their", "we", "us", "our", "i", "me", "my",
            "you", "your", "it", "its", "this", "that", "last", "next", "week", "month", "yesterday", "today",
            "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
            "tues", "wed", "thu", "thur", "thurs", "fri", "ago", "recently", "soon", "someone", "somebody", "person",
            "guy", "contact", "not", "still", "yet", "just", "maybe", "probably", "perhaps", "think", "guess", "likely",
            "know", "said", "told", "sign", "signs", "signer", "approves", "budget", "buyer", "economic", "champion",
            "decision", "maker", "eb", "dm", "we're", "they're", "i'm", "i've", "we've", "they've", "there", "don't",
            "haven't", "didn't", "can't", "won't", "we'll", "they'll", "i'll");

    private NamePart() {
    }

    /** Whether the part of {@code text} that should name someone does. */
    static boolean namesSomeone(String text) {
        return parts(text).filter(part -> !Uncertainty.isUnknown(part) && !Placeholder.is(part)).findFirst()
                .filter(NamePart::holdsAName).isPresent();
    }

    /** Whether {@code text} opens with a placeholder ({@code yes, met yesterday}), so nothing else was meant as a name. */
    static boolean opensWithPlaceholder(String text) {
        return parts(text).findFirst().filter(Placeholder::is).isPresent();
    }

    private static Stream<String> parts(String text) {
        return Arrays.stream(PARTS.split(text)).map(String::strip).filter(part -> part.codePoints().anyMatch(Character::isLetter));
    }

    private static boolean holdsAName(String part) {
        List<String> words = Arrays.stream(NOT_IN_NAMES.split(part))
                .filter(w -> w.codePoints().anyMatch(Character::isLetter)).toList();
        if (words.stream().anyMatch(NamePart::isNameOrRole)) {
            return true;
        }
        return !words.isEmpty() && words.size() <= MOST_LOWER_CASE_WORDS
                && words.stream().noneMatch(w -> Gibberish.is(w) || Placeholder.is(w) || CONTACT.contains(lower(w)))
                && words.stream().anyMatch(w -> !NOT_NAMES.contains(lower(w)) && !lower(w).endsWith("ing"));
    }

    private static boolean isNameOrRole(String word) {
        if (Roles.isRole(lower(word)) || word.codePoints().anyMatch(c -> Character.isLetter(c) && !isLatin(c))) {
            return true;
        }
        return Character.isUpperCase(word.codePointAt(0)) && !NOT_NAMES.contains(lower(word))
                && !CONTACT.contains(lower(word)) && !Gibberish.is(word) && !Placeholder.is(word);
    }

    /** Lower case, a possessive dropped ({@code Dana's}); other contractions ({@code we're}, {@code don't}) kept whole. */
    private static String lower(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace("’", "'");
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    private static boolean isLatin(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }
}
