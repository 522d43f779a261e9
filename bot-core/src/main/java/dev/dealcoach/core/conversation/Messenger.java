package dev.dealcoach.core.conversation;

import java.time.Duration;
import java.util.Objects;

/**
 * Sends messages on one platform. Each chat adapter implements it on its platform's API; a send
 * never waits out a rate limit: it says when to try again, and the outbox schedules that.
 */
public interface Messenger {

    Platform platform();

    /** Whether a DM to this person can be sent here, from what is known (an id, a stored address). */
    boolean reaches(String personId);

    Delivery send(Destination to, Message message);

    Delivery update(MessageRef ref, Message message);

    /** The outcome of one send or update. */
    sealed interface Delivery {
    }

    record Delivered(MessageRef ref) implements Delivery {
        public Delivered {
            Objects.requireNonNull(ref, "ref");
        }
    }

    /** This platform cannot reach the recipient (no user, app not installed or removed). */
    record Unreachable(String reason) implements Delivery {
    }

    /**
     * The platform asked to wait (a 429 with {@code Retry-After}) or was briefly down; nothing was sent.
     *
     * @param rateLimited the platform said too many (429), so every send to it should slow down
     */
    record RetryLater(Duration after, boolean rateLimited, String reason) implements Delivery {
        public RetryLater {
            Objects.requireNonNull(after, "after");
        }
    }

    /** The platform refused it for good, or it may have been sent and must not be repeated. */
    record Failed(String reason) implements Delivery {
    }
}
