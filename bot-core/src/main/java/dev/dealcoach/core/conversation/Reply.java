package dev.dealcoach.core.conversation;

import java.util.List;
import java.util.Objects;

/**
 * What a command or a finished flow says to the person who spoke, and what it sends to others at
 * the same time (a rep's forecast tells their manager).
 */
public record Reply(Message message, List<Outgoing> others) implements CommandHandler.Result {

    public Reply {
        Objects.requireNonNull(message, "message");
        others = others == null ? List.of() : List.copyOf(others);
    }

    public Reply(Message message) {
        this(message, List.of());
    }

    /** This reply, also sending {@code message} to {@code personId}'s DM on whatever platform reaches them. */
    public Reply tell(String personId, Message message) {
        List<Outgoing> all = new java.util.ArrayList<>(others);
        all.add(new Outgoing.Send(Destination.dm(personId), message));
        return new Reply(this.message, all);
    }
}
