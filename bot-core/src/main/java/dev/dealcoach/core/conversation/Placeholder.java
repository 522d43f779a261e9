package dev.dealcoach.core.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text typed to get past a question rather than to answer it: {@code test}, {@code ok}, {@code blah 5},
 * {@code lorem ipsum}, {@code see above}, {@code it depends}, {@code whatever}, or a bare {@code yes} or {@code no}
 * where a name or a description is asked for. Numbers and punctuation around such words don't make them an answer.
 */
final class Placeholder {

    private static final Set<String> WORDS = Set.of("test", "tests", "testing", "ok", "okay", "k", "kk", "blah", "bla",
            "blabla", "blahblah", "lorem", "ipsum", "dolor", "xyzzy", "foo", "bar", "baz", "foobar", "qux", "whatever",
            "stuff", "something", "things", "etc", "same", "ditto", "placeholder",
            "yes", "y", "yeah", "yep", "yup", "ya", "sure", "true", "no", "n", "nope", "nah", "false");
    private static final Set<String> PHRASES = Set.of("see above", "same as above", "as above", "as before",
            "same as before", "see below", "see notes", "see crm", "see the crm", "as discussed", "it depends", "depends",
            "that depends");

    private Placeholder() {
    }

    /** Whether every word of {@code text} is a placeholder, or the words are a placeholder phrase. */
    static boolean is(String text) {
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetter)).toList();
        return !words.isEmpty() && (WORDS.containsAll(words) || PHRASES.contains(String.join(" ", words)));
    }
}
