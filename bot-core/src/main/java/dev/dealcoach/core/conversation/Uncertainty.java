package dev.dealcoach.core.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether an answer says the person doesn't know, or that there is none, in any common phrasing:
 * {@code don't know}, {@code I don't know}, {@code we don't know yet}, {@code honestly no idea},
 * {@code nobody yet}, {@code nothing really}, {@code haven't found one}, {@code TBD}, {@code n/a}.
 *
 * <p>The answer is read as words. Filler ({@code really}, {@code yet}, {@code at the moment}, {@code tbh}, ...)
 * is dropped wherever it is, and what is left must be made only of uncertainty phrases ({@code no idea},
 * {@code none}, {@code unclear}), lead-ins ({@code I}, {@code we are}, {@code there is}) and, after the
 * last phrase, words that only point back ({@code who}, {@code about that}, {@code of them}). So
 * {@code "Dana, CFO; not sure she has budget"} and {@code "nothing ships until legal signs"} are answers.
 */
final class Uncertainty {

    /** The short forms that plainly mean "don't know": read without a note. */
    private static final Set<String> PLAIN = Set.of("dont know", "do not know", "not sure", "unsure", "unknown",
            "no idea", "none", "no", "nobody", "no one", "noone", "n a", "na", "tbd", "idk", "nothing", "not yet", "skip",
            "no clue", "none yet", "no one yet", "nobody yet");

    private static final List<List<String>> FILLER = phrases("to be honest", "to be fair", "at the moment", "right now",
            "so far", "for now", "as of now", "as of today", "at this point", "at this stage", "for the moment", "as yet",
            "at all", "as far as i know", "as far as we know", "that i know of", "that we know of", "i am afraid",
            "im afraid", "i think", "i guess", "i believe", "to me", "honestly", "really", "yet", "still", "tbh",
            "currently", "frankly", "actually", "just", "atm", "sadly", "unfortunately", "truly", "totally", "quite",
            "entirely", "exactly", "sorry", "hmm", "hm", "um", "umm", "uh", "er", "well", "ok", "okay", "so", "yeah",
            "whatsoever", "personally", "afaik", "but", "and");

    private static final List<List<String>> CORES = phrases("dont know", "do not know", "did not know", "dunno",
            "idk", "dk", "not sure", "unsure", "no idea", "no clue", "not a clue", "havent a clue", "not certain",
            "uncertain", "cant say", "cannot say", "couldnt say", "cant tell", "hard to say", "who knows", "nobody knows",
            "no one knows", "unknown", "not known", "unclear", "not clear", "none", "nothing", "nobody", "no one",
            "noone", "not anyone", "no", "nope", "not", "nada", "nil", "n a", "na", "not applicable", "tbd", "tbc",
            "to be determined", "to be confirmed", "not decided", "undecided", "not determined", "not defined",
            "undefined", "not confirmed", "unconfirmed", "not identified", "none identified", "nobody identified",
            "no one identified", "not found", "none found", "havent found one", "havent found any", "havent found anyone",
            "have not found one", "have not found any", "have not found anyone", "havent identified one",
            "havent identified anyone", "have not identified one", "havent got one", "havent got any", "dont have one",
            "dont have any", "do not have one", "do not have any", "not one", "no answer", "skip", "pass");

    /** Words that may come before a phrase: "I", "we are", "there is", "we have". */
    private static final Set<String> LEAD_INS = Set.of("i", "we", "they", "me", "us", "im", "were", "theyre", "ive",
            "weve", "theyve", "it", "its", "that", "thats", "there", "theres", "is", "are", "am", "have", "has");

    /** Words that may follow the last phrase, pointing back at the question: "not sure who", "none of them". */
    private static final Set<String> TAILS = Set.of("who", "whom", "what", "when", "which", "how", "where", "why",
            "about", "of", "on", "that", "this", "it", "them", "one", "any");

    /** Longer answers say something more than "don't know". */
    private static final int MOST_WORDS = 16;

    private Uncertainty() {
    }

    /** Whether the whole answer says the person doesn't know, or that there is none. */
    static boolean isUnknown(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return text != null && text.contains("?");
        }
        List<String> kept = withoutFiller(words);
        return kept.size() <= MOST_WORDS && madeOfPhrases(kept, 0, false);
    }

    /** Whether it says so in one of the short forms everybody uses ({@code don't know}, {@code none}, {@code n/a}). */
    static boolean isPlain(String text) {
        List<String> words = words(text);
        return words.isEmpty() ? text != null && text.contains("?") : PLAIN.contains(String.join(" ", words));
    }

    /** Lower-case words, apostrophes dropped ("don't" is "dont"), everything but letters and digits a break. */
    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "");
        return Arrays.stream(lower.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static List<String> withoutFiller(List<String> words) {
        List<String> kept = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int length = longestAt(FILLER, words, i);
            if (length > 0) {
                i += length;
            } else {
                kept.add(words.get(i++));
            }
        }
        return kept;
    }

    /** Whether words {@code [from, end)} are lead-ins and phrases, at least one phrase overall, then tails. */
    private static boolean madeOfPhrases(List<String> words, int from, boolean sawPhrase) {
        if (from == words.size()) {
            return sawPhrase;
        }
        for (List<String> core : CORES) {
            if (startsAt(core, words, from) && madeOfPhrases(words, from + core.size(), true)) {
                return true;
            }
        }
        if (LEAD_INS.contains(words.get(from)) && madeOfPhrases(words, from + 1, sawPhrase)) {
            return true;
        }
        return sawPhrase && words.subList(from, words.size()).stream().allMatch(TAILS::contains);
    }

    private static int longestAt(List<List<String>> phrases, List<String> words, int at) {
        return phrases.stream().filter(p -> startsAt(p, words, at)).mapToInt(List::size).max().orElse(0);
    }

    private static boolean startsAt(List<String> phrase, List<String> words, int at) {
        return at + phrase.size() <= words.size() && words.subList(at, at + phrase.size()).equals(phrase);
    }

    private static List<List<String>> phrases(String... phrases) {
        return Stream.of(phrases).map(p -> List.of(p.split(" "))).collect(Collectors.toUnmodifiableList());
    }
}
