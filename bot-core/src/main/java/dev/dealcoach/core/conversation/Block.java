package dev.dealcoach.core.conversation;

import java.util.List;
import java.util.Objects;

/**
 * The parts a message is made of. Renderers in the adapters turn them into Block Kit, Adaptive Cards
 * or HTML; text in {@link Text} and {@link Note} uses the small markup of {@link Markup}.
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
}
