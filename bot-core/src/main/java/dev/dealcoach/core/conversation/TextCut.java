package dev.dealcoach.core.conversation;

/** Cutting text to a platform's or the store's limit without leaving half an emoji behind. */
public final class TextCut {

    private TextCut() {
    }

    /** The first {@code max} characters of {@code text}, one fewer when that would split a surrogate pair. */
    public static String first(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
