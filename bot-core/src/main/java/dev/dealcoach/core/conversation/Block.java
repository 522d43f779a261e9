package dev.dealcoach.core.conversation;

import java.util.List;
import java.util.Objects;

/**
 * The parts a message is made of. Renderers in the adapters turn them into Block Kit, Adaptive Cards
 * or HTML; text in {@link Text}, {@link Note} and {@link Table} cells uses the small markup of {@link Markup}.
 */
public sealed interface Block {

    /** A short title, plain text. */
    record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph in {@link Markup}. */
    record Text(String markup) implements Block {
        public Text {
            Objects.requireNonNull(markup, "markup");
        }
    }

    /** Label and value pairs, both plain text. */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    record Field(String label, String value) {
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A row of buttons; pressing one sends an {@link Inbound.Action} with its action id and value. */
    record Buttons(List<Button> buttons) implements Block {
        public Buttons {
            buttons = List.copyOf(buttons);
        }
    }

    enum Style { DEFAULT, PRIMARY, DANGER }

    record Button(String actionId, String label, String value, Style style) {
        public Button {
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(label, "label");
            value = value == null ? "" : value;
            style = style == null ? Style.DEFAULT : style;
        }
    }

    /** Pick one of several options; picking sends an {@link Inbound.Action} with the option's value. */
    record Choice(String actionId, String placeholder, List<Option> options) implements Block {
        public Choice {
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(placeholder, "placeholder");
            options = List.copyOf(options);
        }
    }

    record Option(String value, String label) {
        public Option {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(label, "label");
        }
    }

    /** Several inputs submitted together as one {@link Inbound.FormSubmission}. */
    record Form(String formId, String title, List<Input> inputs, String submitLabel) implements Block {
        public Form {
            Objects.requireNonNull(formId, "formId");
            Objects.requireNonNull(title, "title");
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(submitLabel, "submitLabel");
        }
    }

    enum InputType { TEXT, LONG_TEXT, NUMBER, DATE, CHOICE }

    record Input(String id, String label, InputType type, boolean optional, String initialValue, List<Option> options) {
        public Input {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(type, "type");
            initialValue = initialValue == null ? "" : initialValue;
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    record Divider() implements Block {
    }

    /** Small print under the main content, in {@link Markup}. */
    record Note(String markup) implements Block {
        public Note {
            Objects.requireNonNull(markup, "markup");
        }
    }

    /**
     * Rows of cells under column headers, such as a forecast by manager. {@code caption} is a short
     * line of plain text shown with the table (blank for none); every row has a cell for each column.
     */
    record Table(String caption, List<Column> columns, List<Row> rows) implements Block {
        public Table {
            Objects.requireNonNull(caption, "caption");
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("a table needs at least one column");
            }
            for (int i = 0; i < rows.size(); i++) {
                int cells = rows.get(i).cells().size();
                if (cells != columns.size()) {
                    throw new IllegalArgumentException("row " + (i + 1) + " has " + cells + " cells for "
                            + columns.size() + " columns");
                }
            }
        }
    }

    /** A column's header, plain text; the cells of a numeric column are right-aligned. */
    record Column(String header, boolean numeric) {
        public Column {
            Objects.requireNonNull(header, "header");
        }
    }

    /** A row of a {@link Table}; a total row is set apart and emphasised. */
    record Row(List<Cell> cells, boolean total) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(Cell... cells) {
            return new Row(List.of(cells), false);
        }

        public static Row totalOf(Cell... cells) {
            return new Row(List.of(cells), true);
        }
    }

    /** A cell's text in {@link Markup}; a flagged cell asks for attention, like a commit that moved down. */
    record Cell(String markup, boolean flagged) {
        public Cell {
            Objects.requireNonNull(markup, "markup");
        }

        public static Cell of(String markup) {
            return new Cell(markup, false);
        }

        public static Cell flagged(String markup) {
            return new Cell(markup, true);
        }
    }
}
