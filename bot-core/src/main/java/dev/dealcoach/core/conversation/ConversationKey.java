package dev.dealcoach.core.conversation;

import java.util.Objects;

/**
 * Identifies one conversation: a person in one place.
 *
 * @param place where the conversation happens, as the adapter names it: a DM, or a channel and thread
 */
public record ConversationKey(String personId, String place) {

    public ConversationKey {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(place, "place");
    }
}
