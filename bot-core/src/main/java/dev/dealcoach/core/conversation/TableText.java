package dev.dealcoach.core.conversation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A {@link Block.Table} as lines of monospace text, for plain text and code blocks: each column as
 * wide as its widest cell, two spaces apart, numeric columns right-aligned, a rule under the headers
 * and above a total row that follows other rows, and {@code " !"} after a flagged cell. A cell shows
 * as plain text on one line, cut to {@value #MAX_CELL_WIDTH} characters with an ellipsis. Widths
 * count code points, so a character drawn double-width (as some emoji are) shifts its row.
 *
 * @param widths the width of each column, in characters
 * @param head the header line and the rule under it
 * @param rows the text of each table row, in order; a total row set apart starts with its rule line
 */
public record TableText(List<Integer> widths, List<String> head, List<String> rows) {

    public static final int MAX_CELL_WIDTH = 40;
    private static final String GAP = "  ";
    private static final String FLAG = " !";
    private static final String NO_FLAG = "  ";

    public TableText {
        widths = List.copyOf(widths);
        head = List.copyOf(head);
        rows = List.copyOf(rows);
    }

    public static TableText of(Block.Table table) {
        List<Block.Column> columns = table.columns();
        boolean[] flags = new boolean[columns.size()];
        table.rows().forEach(row -> {
            for (int c = 0; c < flags.length; c++) {
                flags[c] |= row.cells().get(c).flagged();
            }
        });
        List<String> header = new ArrayList<>();
        for (int c = 0; c < flags.length; c++) {
            // the header takes the flag's place too, so that it lines up with the cells' text
            header.add(oneLine(columns.get(c).header()) + (flags[c] ? NO_FLAG : ""));
        }
        List<List<String>> cells = new ArrayList<>();
        for (Block.Row row : table.rows()) {
            List<String> shown = new ArrayList<>();
            for (int c = 0; c < flags.length; c++) {
                Block.Cell cell = row.cells().get(c);
                shown.add(oneLine(PlainTextRenderer.plain(cell.markup())) + (cell.flagged() ? FLAG : flags[c] ? NO_FLAG : ""));
            }
            cells.add(shown);
        }
        int[] widths = widths(header, cells);
        String rule = Arrays.stream(widths).mapToObj("-"::repeat).collect(Collectors.joining(GAP));
        List<String> lines = new ArrayList<>();
        boolean afterTotal = true; // the rule under the headers already sets off a total first row
        for (int r = 0; r < cells.size(); r++) {
            boolean total = table.rows().get(r).total();
            String line = line(cells.get(r), widths, columns);
            lines.add(total && !afterTotal ? rule + "\n" + line : line);
            afterTotal = total;
        }
        return new TableText(Arrays.stream(widths).boxed().toList(), List.of(line(header, widths, columns), rule), lines);
    }

    /** The head and the rows, a line each. */
    public String text() {
        return Stream.concat(head.stream(), rows.stream()).collect(Collectors.joining("\n"));
    }

    private static int[] widths(List<String> header, List<List<String>> cells) {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(1, length(header.get(c)));
            for (List<String> row : cells) {
                widths[c] = Math.max(widths[c], length(row.get(c)));
            }
        }
        return widths;
    }

    private static String line(List<String> cells, int[] widths, List<Block.Column> columns) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String padding = " ".repeat(widths[c] - length(cells.get(c)));
            line.append(c == 0 ? "" : GAP);
            line.append(columns.get(c).numeric() ? padding + cells.get(c) : cells.get(c) + padding);
        }
        return line.toString().stripTrailing();
    }

    /** The text on one line, without surrounding space, cut with an ellipsis when too wide. */
    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (length(line) <= MAX_CELL_WIDTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, MAX_CELL_WIDTH - 1)) + "…";
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
