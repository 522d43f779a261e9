package dev.dealcoach.core.conversation;

import java.util.Objects;

/** A message the bot sent earlier, as the platform identifies it (opaque to the core). */
public record MessageRef(Destination destination, String platformId) {

    public MessageRef {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(platformId, "platformId");
    }
}
