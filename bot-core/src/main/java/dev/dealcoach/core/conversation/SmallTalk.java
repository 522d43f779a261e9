package dev.dealcoach.core.conversation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A greeting or a thank-you, which deserves a human answer rather than "I don't know that command". */
public enum SmallTalk {
    GREETING, THANKS;

    private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "hiya", "howdy", "yo", "morning", "good morning",
            "good afternoon", "good evening", "greetings", "hi there", "hello there", "hey there", "hi all", "hallo", "hej",
            "hola", "bonjour", "whats up", "sup");
    private static final Set<String> THANKS_WORDS = Set.of("thanks", "thank you", "thx", "ty", "cheers", "thanks a lot",
            "thank you very much", "many thanks", "thanks so much", "ok thanks", "ok thank you", "great thanks", "perfect thanks",
            "awesome thanks", "nice", "great", "perfect", "awesome", "cool", "ok", "okay", "got it", "ta", "merci", "danke");
    private static final Set<String> ADDRESSED = Set.of("bot", "coach", "dealcoach", "there", "team");

    /** What {@code text} is, if it is only small talk (a trailing "bot" or "DealCoach" and punctuation are fine). */
    public static Optional<SmallTalk> of(String text) {
        String words = text.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        for (String addressed : ADDRESSED) {
            if (words.endsWith(" " + addressed)) {
                words = words.substring(0, words.length() - addressed.length() - 1);
            }
        }
        if (GREETINGS.contains(words)) {
            return Optional.of(GREETING);
        }
        return THANKS_WORDS.contains(words) ? Optional.of(THANKS) : Optional.empty();
    }
}
