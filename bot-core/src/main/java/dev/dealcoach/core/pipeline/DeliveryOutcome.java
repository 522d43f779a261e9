package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.conversation.Platform;
import java.time.Instant;
import java.util.Objects;

/**
 * What became of one envelope, kept so that "who did not get their nudge, and why" can be answered.
 *
 * @param platform where it went or was tried; null when no platform reaches the recipient
 * @param detail   the platform's message id when sent, else the reason in words
 * @param attempts how many times a platform was asked
 */
public record DeliveryOutcome(String key, Status status, Platform platform, String detail, int attempts, Instant at) {

    public enum Status { SENT, FAILED, UNREACHABLE }

    public DeliveryOutcome {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(at, "at");
    }
}
