package dev.dealcoach.core.conversation;

import java.util.Locale;

/** A typed command split into its word and the rest: {@code /Review globex freight} is {@code review} + {@code globex freight}. */
public record CommandLine(String name, String arguments) {

    public static CommandLine parse(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        int space = indexOfWhitespace(trimmed);
        String name = (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
        String arguments = space < 0 ? "" : trimmed.substring(space).strip();
        return new CommandLine(name, arguments);
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
