package dev.dealcoach.core.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether an answer says the person doesn't know, or that there is none, in any common phrasing:
 * {@code don't know}, {@code we have no idea yet what it costs them}, {@code nobody has been identified},
 * {@code haven't met them}, {@code no date yet}, {@code TBD - Raj will tell us}, {@code n/a}.
 *
 * <p>The answer is cut into parts at punctuation, dashes and {@code but}/{@code and}/{@code or}; filler
 * ({@code really}, {@code yet}, {@code honestly}, {@code to be honest}, ...) is dropped wherever it is. One
 * part must be a core of uncertainty, after lead-ins ({@code I}, {@code we are}, {@code there is}):
 * <ul>
 *   <li>a doubt ({@code not sure}, {@code no idea}, {@code still figuring it out}) or a thing not done
 *       ({@code haven't met}, {@code not confirmed}), optionally followed by what it is about, opened by a
 *       word like {@code who}, {@code what}, {@code the}, {@code there}, {@code them} ({@code not sure who
 *       signs off}, {@code no clue what they measure}, {@code haven't identified the EB});</li>
 *   <li>nobody or nothing ({@code none}, {@code no one}), or {@code no} with what is asked for ({@code no date}),
 *       optionally followed by words like {@code has been identified} or {@code confirmed};</li>
 *   <li>a bare refusal: {@code no}, {@code n/a}, {@code TBD}.</li>
 * </ul>
 * What it is about must hold no fact of its own: no digit, capitalised name, role ({@code CFO}, {@code legal}) or
 * day. Every other part must be uncertain too, only filler, a further wh-clause ({@code and when}), or say who is
 * finding out ({@code Raj will tell us}, {@code asking legal}). So {@code Dana, CFO; not sure she has budget},
 * {@code nothing ships until legal signs} and {@code not sure yet, but probably Dana} are answers.
 */
final class Uncertainty {

    /** The words themselves: read without a note. */
    private static final Set<String> DONT_KNOW = Set.of("dont know", "do not know");

    private static final List<List<String>> FILLER = phrases("to be honest", "to be fair", "at the moment", "right now",
            "so far", "for now", "as of now", "as of today", "at this point", "at this stage", "for the moment", "as yet",
            "at all", "as far as i know", "as far as we know", "that i know of", "that we know of", "i am afraid",
            "im afraid", "i think", "i guess", "i believe", "to me", "honestly", "really", "yet", "still", "tbh",
            "currently", "frankly", "actually", "just", "atm", "sadly", "unfortunately", "truly", "totally", "quite",
            "entirely", "exactly", "sorry", "hmm", "hm", "um", "umm", "uh", "er", "well", "ok", "okay", "so", "yeah",
            "whatsoever", "personally", "afaik", "even", "fully", "completely", "100", "properly", "ever");

    private static final List<List<String>> DOUBTS = phrases("dont know", "do not know", "did not know", "didnt know",
            "dunno", "idk", "dk", "not sure", "unsure", "no idea", "no clue", "not a clue", "havent a clue",
            "havent got a clue", "not certain", "uncertain", "cant say", "cannot say", "couldnt say", "cant tell",
            "cannot tell", "hard to say", "who knows", "nobody knows", "no one knows", "unknown", "not known", "unclear",
            "not clear", "undecided", "undefined", "unconfirmed", "tbd", "tbc", "tba", "to be determined", "to be confirmed",
            "to be decided", "figuring out", "figuring it out", "working it out", "working on it", "need to find out",
            "have to find out", "trying to find out", "trying to figure out", "to find out", "finding out",
            "cant remember", "dont remember", "not aware", "unaware", "no info", "no information", "no visibility",
            "waiting to hear", "waiting to hear back", "asking around", "need to ask", "need to check", "will find out",
            "mapping the org", "mapping it out", "checking", "looking into it", "on it");

    private static final List<List<String>> NOBODY = phrases("nobody", "no one", "noone", "no body", "none", "nothing",
            "not anyone", "not one", "not much", "nothing much", "not a lot");

    private static final List<List<String>> REFUSALS = phrases("no", "nope", "nah", "not", "nada", "nil", "n a", "na",
            "not applicable", "skip", "pass", "no answer");

    /** Negations that, with a verb of {@link #NOT_DONE}, say a thing was not done: "haven't met", "not confirmed". */
    private static final List<List<String>> NEGATIONS = phrases("havent", "have not", "hasnt", "has not", "hadnt",
            "had not", "didnt", "did not", "dont", "do not", "doesnt", "does not", "not", "never", "werent", "wasnt",
            "arent", "isnt", "cant", "cannot", "couldnt");
    private static final Set<String> NOT_DONE = Set.of("met", "meet", "asked", "ask", "identified", "identify", "found",
            "find", "confirmed", "confirm", "decided", "decide", "spoken", "spoke", "speak", "talked", "talk", "engaged",
            "engage", "discussed", "discuss", "checked", "check", "heard", "hear", "got", "gotten", "get", "figured",
            "figure", "agreed", "agree", "set", "named", "name", "nailed", "defined", "define", "qualified",
            "determined", "established", "quantified", "quantify", "measured", "measure", "pinned", "reached",
            "contacted", "contact", "mapped", "clarified", "covered", "explored", "uncovered", "told", "mentioned",
            "said", "say", "seen", "see", "have", "scheduled", "locked", "shared", "received", "verified", "validated",
            "worked", "gone", "looked");
    private static final Set<String> PARTICLES = Set.of("to", "with", "about", "down", "out", "up", "on", "back", "into",
            "over", "in", "from", "for");

    /** What {@code no} may deny: "no date", "no firm date", "no champion". */
    private static final Set<String> ASKED_FOR = Set.of("date", "dates", "name", "names", "contact", "contacts",
            "champion", "champions", "buyer", "buyers", "decision", "deadline", "timeline", "timing", "plan", "process",
            "event", "events", "metric", "metrics", "number", "numbers", "pain", "criteria", "details", "detail",
            "answer", "response", "confirmation", "commitment", "data", "figures", "target", "targets", "owner",
            "sponsor", "signer", "signoff", "eb", "dm");
    private static final Set<String> FIRMLY = Set.of("real", "specific", "firm", "confirmed", "set", "clear", "fixed",
            "hard", "exact", "concrete", "defined", "formal", "obvious", "final", "official", "agreed", "economic");
    /** What may follow nobody or nothing: "has been identified", "confirmed", "of them", "on the radar". */
    private static final Set<String> NOBODY_TAILS = Set.of("has", "have", "is", "are", "was", "were", "been", "be",
            "identified", "found", "named", "confirmed", "decided", "known", "assigned", "involved", "set", "defined",
            "agreed", "given", "mentioned", "specific", "obvious", "clear", "fixed", "scheduled", "planned", "booked",
            "committed", "shared", "in", "particular", "of", "them", "those", "these", "that", "we", "know", "can",
            "see", "stands", "out", "came", "come", "up", "on", "the", "radar", "there", "here");
    private static final int MOST_NOBODY_TAILS = 6;

    /** Words that may come before a core: "I", "we are", "there is", "we have". */
    private static final Set<String> LEAD_INS = Set.of("i", "we", "they", "me", "us", "im", "were", "theyre", "ive",
            "weve", "theyve", "it", "its", "that", "thats", "there", "theres", "is", "are", "am", "have", "has");

    /** Words that open what a doubt is about: "not sure who ...", "no idea what ...", "not sure there is ...". */
    private static final Set<String> OPENERS = Set.of("who", "whom", "whose", "what", "when", "which", "how", "where",
            "why", "whether", "if", "that", "this", "these", "those", "about", "of", "on", "there", "theres", "they",
            "theyre", "their", "them", "it", "its", "the", "any", "anyone", "anybody", "anything", "he", "she", "his",
            "her", "him", "we", "our", "us", "you", "your", "a", "an", "one", "much", "enough", "to", "with", "from", "theyll",
            "theyd", "hes", "shes", "itll");
    private static final Set<String> WH = Set.of("who", "whom", "whose", "what", "when", "which", "how", "where", "why",
            "whether", "if");
    private static final int LONGEST_ABOUT = 10;

    /** Capitalised words that point back at the question instead of naming anything: "the EB", "the ROI". */
    private static final Set<String> POINTING_BACK = Set.of("i", "eb", "dm", "roi", "kpi", "kpis", "poc", "tbd", "tbc",
            "idk");
    private static final Set<String> DAYS = Set.of("today", "tomorrow", "yesterday", "tonight", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "april", "june", "july",
            "august", "september", "october", "november", "december");

    /** Someone finding out: "Raj will tell us", "Raj is finding out", "asking legal", "waiting to hear back". */
    private static final Set<String> FINDING_OUT = Set.of("tell", "tells", "telling", "find", "finds", "finding", "confirm",
            "confirms", "confirming", "check", "checks", "checking", "ask", "asks", "asking", "let", "lets", "chase",
            "chasing", "waiting", "hear", "hearing", "figure", "figuring", "dig", "digging", "introduce", "introducing",
            "mapping", "researching", "investigating");
    private static final int MOST_WORDS_AROUND_FINDING_OUT = 4;

    private static final Set<String> BREAK_WORDS = Set.of("but", "and", "or", "though", "although", "however");
    private static final Pattern BREAKS = Pattern.compile("[,;:.!?()\\[\\]{}\"“”]+|\\s[-–—]+\\s|[–—]+");

    /** Longer answers say something more than "don't know". */
    private static final int MOST_WORDS = 24;

    /** A word of the answer: lower case without apostrophes, and whether it was written with a capital. */
    private record Word(String text, boolean capitalised) {

        boolean isFact() {
            return text.chars().anyMatch(Character::isDigit) || capitalised && !POINTING_BACK.contains(text)
                    || Roles.isRole(text) || DAYS.contains(text);
        }
    }

    private Uncertainty() {
    }

    /** Whether the whole answer says the person doesn't know, or that there is none. */
    static boolean isUnknown(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        if (plainWords(text).isEmpty()) {
            return text.contains("?");
        }
        List<List<Word>> parts = parts(text);
        if (parts.stream().mapToInt(List::size).sum() > MOST_WORDS) {
            return false;
        }
        boolean uncertain = false;
        for (List<Word> part : parts) {
            if (isUncertain(part, 0)) {
                uncertain = true;
            } else if (!part.isEmpty() && !isWhClause(part) && !isFindingOut(part)) {
                return false;
            }
        }
        return uncertain;
    }

    /** Whether it is the words {@code don't know} themselves, which need no note saying how they were read. */
    static boolean isDontKnowItself(String text) {
        return text != null && DONT_KNOW.contains(String.join(" ", plainWords(text)));
    }

    // ---- parts and words

    private static List<List<Word>> parts(String text) {
        boolean shouting = text.equals(text.toUpperCase(Locale.ROOT));
        List<List<Word>> parts = new ArrayList<>();
        for (String piece : BREAKS.split(text.replace("’", "").replace("'", ""))) {
            List<Word> part = new ArrayList<>();
            for (String token : piece.split("[^\\p{L}\\p{N}]+")) {
                if (token.isEmpty()) {
                    continue;
                }
                String lower = token.toLowerCase(Locale.ROOT);
                if (BREAK_WORDS.contains(lower)) {
                    parts.add(withoutFiller(part));
                    part = new ArrayList<>();
                } else {
                    part.add(new Word(lower, !shouting && Character.isUpperCase(token.codePointAt(0))));
                }
            }
            parts.add(withoutFiller(part));
        }
        return parts;
    }

    private static List<String> plainWords(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("’", "").replace("'", "");
        return Arrays.stream(lower.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static List<Word> withoutFiller(List<Word> words) {
        List<Word> kept = new ArrayList<>();
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

    // ---- the grammar of a part

    /** Lead-ins, then a core, then what the core allows after it (or another core). */
    private static boolean isUncertain(List<Word> words, int from) {
        int i = from;
        while (i < words.size() && LEAD_INS.contains(words.get(i).text())) {
            i++;
        }
        for (int end : ends(DOUBTS, words, i)) {
            if (restIs(words, end, Uncertainty::isAbout)) {
                return true;
            }
        }
        for (int end : notDoneEnds(words, i)) {
            if (restIs(words, end, Uncertainty::isAbout)) {
                return true;
            }
        }
        List<Integer> nobody = new ArrayList<>(ends(NOBODY, words, i));
        nobody.addAll(askedForEnds(words, i));
        for (int end : nobody) {
            if (restIs(words, end, rest -> rest.size() <= MOST_NOBODY_TAILS
                    && rest.stream().allMatch(w -> NOBODY_TAILS.contains(w.text())))) {
                return true;
            }
        }
        for (int end : ends(REFUSALS, words, i)) {
            if (restIs(words, end, List::isEmpty)) {
                return true;
            }
        }
        return false;
    }

    private static boolean restIs(List<Word> words, int from, Predicate<List<Word>> allowed) {
        return from == words.size() || isUncertain(words, from) || allowed.test(words.subList(from, words.size()));
    }

    /** What a doubt is about, holding no fact: "who signs off", "what their pain is", "the EB", "them". */
    private static boolean isAbout(List<Word> words) {
        return !words.isEmpty() && words.size() <= LONGEST_ABOUT && OPENERS.contains(words.get(0).text())
                && words.stream().noneMatch(Word::isFact);
    }

    /** A part of its own that only asks further: "and when". */
    private static boolean isWhClause(List<Word> words) {
        return WH.contains(words.get(0).text()) && isAbout(words);
    }

    /** A part saying who is finding out: names and roles may be in it, numbers may not. */
    private static boolean isFindingOut(List<Word> words) {
        for (int i = 0; i < words.size() && i <= MOST_WORDS_AROUND_FINDING_OUT; i++) {
            if (FINDING_OUT.contains(words.get(i).text())) {
                return words.size() - i - 1 <= MOST_WORDS_AROUND_FINDING_OUT
                        && words.stream().noneMatch(w -> w.text().chars().anyMatch(Character::isDigit));
            }
        }
        return false;
    }

    /** Ends of "haven't met", "not confirmed", "haven't spoken to", "don't have". */
    private static List<Integer> notDoneEnds(List<Word> words, int at) {
        List<Integer> ends = new ArrayList<>();
        for (int negation : ends(NEGATIONS, words, at)) {
            if (negation < words.size() && NOT_DONE.contains(words.get(negation).text())) {
                int end = negation + 1;
                ends.add(end);
                while (end < words.size() && PARTICLES.contains(words.get(end).text())) {
                    ends.add(++end);
                }
            }
        }
        return ends;
    }

    /** Ends of "no date", "no firm date". */
    private static List<Integer> askedForEnds(List<Word> words, int at) {
        if (at >= words.size() || !words.get(at).text().equals("no")) {
            return List.of();
        }
        int noun = at + 1;
        if (noun < words.size() && FIRMLY.contains(words.get(noun).text())) {
            noun++;
        }
        return noun < words.size() && ASKED_FOR.contains(words.get(noun).text()) ? List.of(noun + 1) : List.of();
    }

    private static List<Integer> ends(List<List<String>> phrases, List<Word> words, int at) {
        return phrases.stream().filter(p -> startsAt(p, words, at)).map(p -> at + p.size()).toList();
    }

    private static int longestAt(List<List<String>> phrases, List<Word> words, int at) {
        return phrases.stream().filter(p -> startsAt(p, words, at)).mapToInt(List::size).max().orElse(0);
    }

    private static boolean startsAt(List<String> phrase, List<Word> words, int at) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!phrase.get(i).equals(words.get(at + i).text())) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> phrases(String... phrases) {
        return Stream.of(phrases).map(p -> List.of(p.split(" "))).collect(Collectors.toUnmodifiableList());
    }
}
