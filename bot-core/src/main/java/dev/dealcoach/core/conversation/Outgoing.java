package dev.dealcoach.core.conversation;

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

    /** A new version of a message sent earlier (for example a question, once answered, without its buttons). */
    record Update(MessageRef ref, Message message) implements Outgoing {
        public Update {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(message, "message");
        }
    }
}
