package dev.dealcoach.core.conversation;

import java.util.Map;
import java.util.Objects;

/** What the core asks an adapter to deliver in answer to an inbound. */
public sealed interface Outgoing {

    Message message();

    /** A new message. */
    record Send(Destination to, Message message) implements Outgoing {
        public Send {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * Fields to write on a deal in the CRM (a finished review's verdict, scores and next steps), when
     * write-back is on: delivered through the outbox like a message, so a CRM that is down is tried
     * again later and the chat never waits for it.
     *
     * @param fields the CRM's field names and their new values
     */
    record Write(String dealId, Map<String, String> fields) implements Outgoing {
        public Write {
            Objects.requireNonNull(dealId, "dealId");
            fields = Map.copyOf(fields);
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("a write needs a field");
            }
        }

        /** What it is, where a message is shown (logs, a test's transcript): never sent to anyone. */
        @Override
        public Message message() {
            return Message.text("CRM fields of " + dealId + ": " + String.join(", ", new java.util.TreeSet<>(fields.keySet())));
        }
    }

    /** A new version of a message sent earlier (for example a question, once answered, without its buttons). */
    record Update(MessageRef ref, Message message) implements Outgoing {
        public Update {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(message, "message");
        }
    }
}
