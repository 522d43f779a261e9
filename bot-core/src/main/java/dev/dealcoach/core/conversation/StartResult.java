package dev.dealcoach.core.conversation;

import java.util.List;

/** What came of starting a flow proactively ({@link Coach#start}). */
public sealed interface StartResult {

    /** Started: the flow's first messages, to deliver. */
    record Started(List<Outgoing> messages) implements StartResult {
        public Started {
            messages = List.copyOf(messages);
        }
    }

    /**
     * Started before under the same key (a retry, a restart, another app instance).
     *
     * @param current while that flow still waits: the whole opening again if nobody answered yet (so two
     *                instances racing to queue it queue the same messages), else its current question, for
     *                the caller to queue again under the same key (the outbox drops it when the first
     *                queuing got through); else empty
     */
    record AlreadyStarted(List<Outgoing> current) implements StartResult {
        public AlreadyStarted {
            current = List.copyOf(current);
        }
    }

    /** Another flow waits for the person's answer there; nothing was started, so a later try can still start it. */
    record Busy(String subject) implements StartResult {
    }

    /** No such person in the org. */
    record NotInOrg() implements StartResult {
    }
}
