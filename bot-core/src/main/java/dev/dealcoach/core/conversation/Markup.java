package dev.dealcoach.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

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

    /**
     * Markup cut into chunks of at most {@code max} (at least 2) shown characters, each still valid
     * markup: a literal cut in two stays literal on both sides. A chunk ends at its last line break;
     * a line too long for one ends at its last space past half the chunk, else where
     * {@link TextCut#first} would cut it. The line break or space at a cut is dropped, and so are
     * blank chunks.
     */
    public static List<String> chunks(String markup, int max) {
        return cut(markup, max, Markup::atSpace);
    }

    /**
     * Like {@link #chunks(String, int)}, but a line too long for a chunk is cut where {@code cutLine}
     * says instead of at a space: it gets the line's next {@code max + 1} characters and {@code max},
     * and returns the part to keep, as {@link TextCut#first} does. Text without literals is cut as it
     * is, so this also cuts text already rendered for a platform, by the platform's own rule.
     */
    public static List<String> chunks(String markup, int max, BiFunction<String, Integer, String> cutLine) {
        return cut(markup, max, (line, limit) -> {
            int end = cutLine.apply(line, limit).length();
            return new Cut(end, end);
        });
    }

    /** Where a chunk ends and the next one starts, counted from the chunk's start; what lies between goes. */
    private record Cut(int end, int next) {
    }

    private interface LineCut {
        Cut cut(String line, int max);
    }

    private static Cut atSpace(String line, int max) {
        int space = line.lastIndexOf(' ', max);
        if (space > max / 2) {
            return new Cut(space, space + 1);
        }
        int end = TextCut.first(line, max).length();
        return new Cut(end, end);
    }

    private static List<String> cut(String markup, int max, LineCut cutLine) {
        List<Segment> segments = segments(markup);
        String shown = plain(markup);
        List<String> chunks = new ArrayList<>();
        int from = 0;
        while (from < shown.length()) {
            int to = Math.min(shown.length(), from + max);
            int next = to;
            if (to < shown.length()) {
                int lineBreak = shown.lastIndexOf('\n', to);
                if (lineBreak > from) {
                    to = lineBreak;
                    next = lineBreak + 1;
                } else {
                    Cut cut = cutLine.cut(shown.substring(from, to + 1), max);
                    to = from + cut.end();
                    next = from + cut.next();
                }
            }
            String chunk = slice(segments, from, to);
            if (!plain(chunk).isBlank()) {
                chunks.add(chunk);
            }
            from = next;
        }
        return chunks;
    }

    /** The markup of shown characters {@code [from, to)}. */
    private static String slice(List<Segment> segments, int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 8);
        int start = 0;
        for (Segment segment : segments) {
            int end = start + segment.text().length();
            if (end > from && start < to) {
                String part = segment.text().substring(Math.max(from, start) - start, Math.min(to, end) - start);
                out.append(segment.literal() ? literal(part) : part);
            }
            start = end;
        }
        return out.toString();
    }
}
