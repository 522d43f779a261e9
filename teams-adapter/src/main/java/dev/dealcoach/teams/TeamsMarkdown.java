package dev.dealcoach.teams;

import dev.dealcoach.core.conversation.Markup;
import java.util.regex.Pattern;

/**
 * Text as the Markdown of Teams' TextBlocks and facts.
 *
 * <p>Typed text (the literal runs of {@link Markup}, and all plain-text fields) gets a zero-width
 * space after the characters that could start a link, emphasis, code or an auto-linked URL. Adaptive
 * Cards render no HTML, so {@code <at>} in typed text stays text and can never become a mention.
 */
final class TeamsMarkdown {

    private static final char ZWSP = '\u200B';
    private static final Pattern LIST_ITEM = Pattern.compile("^(- |\\d+\\. ).*");

    private TeamsMarkdown() {
    }

    /** Markup as Teams Markdown: {@code *bold*} doubled, literal runs escaped, line breaks kept. */
    static String markdown(String markup) {
        StringBuilder out = new StringBuilder(markup.length() + 16);
        for (Markup.Segment segment : Markup.segments(markup)) {
            out.append(segment.literal() ? escape(segment.text()) : segment.text().replace("*", "**"));
        }
        return lineBreaks(out.toString());
    }

    /** Plain text made safe to show in a Markdown field. */
    static String plain(String text) {
        return lineBreaks(escape(text));
    }

    /**
     * Puts a zero-width space after each character that could open a link ({@code [ ]}, and
     * {@code ://} or {@code www.} of a bare URL), emphasis or code ({@code * _ ~ `}), or escape our
     * own markup that follows ({@code \}). The text looks the same but forms no Markdown.
     */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if ("[]*_~`\\".indexOf(c) >= 0
                    || (c == '/' && i >= 2 && text.startsWith("://", i - 2))
                    || (c == 'w' && i >= 2 && text.regionMatches(true, i - 2, "www.", 0, 4))) {
                out.append(ZWSP);
            }
        }
        return out.toString();
    }

    /**
     * Teams joins lines of a TextBlock unless they are list items or a blank line parts them: a
     * break between two list items stays single (a double one would indent the next item), any
     * other break is doubled.
     */
    private static String lineBreaks(String markdown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = new StringBuilder(markdown.length() + lines.length).append(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            boolean inList = LIST_ITEM.matcher(lines[i - 1]).matches() && LIST_ITEM.matcher(lines[i]).matches();
            out.append(inList ? "\n" : "\n\n").append(lines[i]);
        }
        return out.toString();
    }
}
