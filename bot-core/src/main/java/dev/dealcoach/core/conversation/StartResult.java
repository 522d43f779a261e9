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

    /** Started before under the same key (a retry, a restart, another app instance): nothing to send. */
    record AlreadyStarted() implements StartResult {
    }

    /** Another flow waits for the person's answer there; nothing was started, so a later try can still start it. */
    record Busy(String subject) implements StartResult {
    }

    /** No such person in the org. */
    record NotInOrg() implements StartResult {
    }
}
