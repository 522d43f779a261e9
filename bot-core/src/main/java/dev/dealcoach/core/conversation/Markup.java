package dev.dealcoach.core.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * The small markup of {@link Block.Text} and {@link Block.Note}: {@code *bold*}, {@code _italic_},
 * {@code `code`}, line breaks, and lines starting with {@code - } or {@code 1. } for lists.
 *
 * <p>Text that people typed must never be read as markup, a mention or a link: wrap it in
 * {@link #literal(String)}. Renderers show a literal exactly as typed, escaped for their platform.
 */
public final class Markup {

    static final char LITERAL_START = '\uE000';
    static final char LITERAL_END = '\uE001';

    /** A run of markup, or of literal text to show as typed. */
    public record Segment(String text, boolean literal) {
    }

    private Markup() {
    }

    /** Marks {@code text} as literal, dropping control characters other than line breaks and tabs. */
    public static String literal(String text) {
        StringBuilder clean = new StringBuilder(text.length() + 2).append(LITERAL_START);
        text.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .filter(c -> c != LITERAL_START && c != LITERAL_END)
                .forEach(clean::appendCodePoint);
        return clean.append(LITERAL_END).toString();
    }

    public static String bold(String markup) {
        return "*" + markup + "*";
    }

    /** Splits markup into runs of markup and runs of literal text, in order. */
    public static List<Segment> segments(String markup) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < markup.length()) {
            int start = markup.indexOf(LITERAL_START, i);
            if (start < 0) {
                segments.add(new Segment(markup.substring(i), false));
                break;
            }
            if (start > i) {
                segments.add(new Segment(markup.substring(i, start), false));
            }
            int end = markup.indexOf(LITERAL_END, start + 1);
            end = end < 0 ? markup.length() : end;
            segments.add(new Segment(markup.substring(start + 1, end), true));
            i = end + 1;
        }
        return segments;
    }

    /** The text with literal markers removed: markup characters outside literals stay as they are. */
    public static String plain(String markup) {
        StringBuilder text = new StringBuilder(markup.length());
        segments(markup).forEach(segment -> text.append(segment.text()));
        return text.toString();
    }
}
