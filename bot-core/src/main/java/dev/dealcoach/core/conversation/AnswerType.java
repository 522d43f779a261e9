package dev.dealcoach.core.conversation;

import java.util.Locale;
import java.util.Optional;

/** The kinds of answer a question takes; each is read and checked by {@link AnswerReader}. */
public enum AnswerType {
    TEXT, YES_NO, CHOICE, PERSON, DATE, MONEY, NUMBER;

    /** Matches {@code yes-no}, {@code yes_no}, {@code person} and the like. */
    public static Optional<AnswerType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().replace('-', '_').toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
