package dev.dealcoach.core.conversation;

import java.util.Map;
import java.util.Objects;

/** Everything a person can do to the bot, whatever the channel. */
public sealed interface Inbound {

    Origin origin();

    /** A slash command ({@code /review acme}) or a command typed in a DM ({@code review acme}). */
    record Command(Origin origin, String name, String arguments) implements Inbound {
        public Command {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(name, "name");
            arguments = arguments == null ? "" : arguments.strip();
        }
    }

    /** Free text: an answer to the running flow, or a command typed without a slash. */
    record Text(Origin origin, String text) implements Inbound {
        public Text {
            Objects.requireNonNull(origin, "origin");
            text = text == null ? "" : text;
        }
    }

    /**
     * A button pressed or a choice picked.
     *
     * @param message the message holding the button, when the platform says; null otherwise
     */
    record Action(Origin origin, String actionId, String value, MessageRef message) implements Inbound {
        public Action {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(actionId, "actionId");
            value = value == null ? "" : value;
        }
    }

    /** A form submitted, field id to value. */
    record FormSubmission(Origin origin, String formId, Map<String, String> values) implements Inbound {
        public FormSubmission {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(formId, "formId");
            values = values == null ? Map.of() : Map.copyOf(values);
        }
    }
}
