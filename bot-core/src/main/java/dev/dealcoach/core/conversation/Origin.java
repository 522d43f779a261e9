package dev.dealcoach.core.conversation;

import java.util.Objects;

/**
 * Who did something, where, and the platform's id for the delivery (to ignore repeats).
 *
 * @param personId   the org person the adapter resolved from the platform identity
 * @param deliveryId unique per user action, prefixed by the adapter (e.g. {@code slack:Ev123})
 */
public record Origin(String personId, Destination place, String deliveryId) {

    public Origin {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(deliveryId, "deliveryId");
    }
}
