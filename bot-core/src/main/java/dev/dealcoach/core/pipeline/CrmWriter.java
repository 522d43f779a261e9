package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.conversation.Outgoing;
import java.time.Duration;

/** Writes fields on a deal in the CRM, for the delivery workers: {@link Outgoing.Write}s go here, not to a chat platform. */
public interface CrmWriter {

    /** How one write went. */
    sealed interface Result permits Written, RetryLater, Failed {
    }

    record Written() implements Result {
    }

    /** The CRM could not take it now (down, rate-limited): try again after {@code after}. */
    record RetryLater(Duration after, String reason) implements Result {
    }

    /** The CRM refused it (a field it does not have, a deal it does not know): trying again would not help. */
    record Failed(String reason) implements Result {
    }

    /** {@code salesforce} or {@code hubspot}. */
    String name();

    Result write(Outgoing.Write write);
}
