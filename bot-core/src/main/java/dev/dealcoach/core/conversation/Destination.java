package dev.dealcoach.core.conversation;

import java.util.Objects;

/** Where a message is said or sent: a person's DM with the bot, a channel, or a thread in a channel. */
public sealed interface Destination {

    /** Names the place in conversation keys; one flow runs per person and place. */
    String key();

    record DirectMessage(String personId) implements Destination {
        public DirectMessage {
            Objects.requireNonNull(personId, "personId");
        }

        @Override
        public String key() {
            return "dm";
        }
    }

    record Channel(String channelId) implements Destination {
        public Channel {
            Objects.requireNonNull(channelId, "channelId");
        }

        @Override
        public String key() {
            return "channel:" + channelId;
        }
    }

    record Thread(String channelId, String threadId) implements Destination {
        public Thread {
            Objects.requireNonNull(channelId, "channelId");
            Objects.requireNonNull(threadId, "threadId");
        }

        @Override
        public String key() {
            return "thread:" + channelId + ":" + threadId;
        }
    }

    static Destination dm(String personId) {
        return new DirectMessage(personId);
    }
}
