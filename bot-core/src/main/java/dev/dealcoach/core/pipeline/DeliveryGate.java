package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.store.IdempotencyStore;
import java.time.Duration;

/**
 * Lets each platform delivery through once: Slack and Teams re-deliver what they think was lost
 * (Slack retries for minutes, Teams re-sends after 15 s), and each must get one answer.
 */
public final class DeliveryGate {

    /** Platforms re-deliver within minutes; a day is ample. */
    static final Duration MEMORY = Duration.ofDays(1);

    private final IdempotencyStore once;

    public DeliveryGate(IdempotencyStore once) {
        this.once = once;
    }

    /** True the first time {@code deliveryId} (platform-prefixed: {@code slack:event:Ev123}) comes by. */
    public boolean firstTime(String deliveryId) {
        return once.markFirst("delivery:" + deliveryId, MEMORY);
    }
}
