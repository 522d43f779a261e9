package dev.dealcoach.core.conversation;

import java.util.Objects;

/**
 * A message the bot sent earlier, as its platform identifies it: an update goes back to the
 * platform that has the message.
 *
 * @param platformId the platform's own id of the message, opaque to the core
 */
public record MessageRef(Platform platform, Destination destination, String platformId) {

    public MessageRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(platformId, "platformId");
    }
}
