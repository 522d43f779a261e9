package dev.dealcoach.core.conversation;

import java.util.Objects;

/**
 * Where a message is said or sent: a person's DM with the bot, a channel, or a thread in a channel.
 * A DM belongs to the person, whatever platform reaches them; channels and threads exist on one platform.
 */
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

    record Channel(Platform platform, String channelId) implements Destination {
        public Channel {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(channelId, "channelId");
        }

        @Override
        public String key() {
            return "channel:" + platform.id() + ":" + channelId;
        }
    }

    record Thread(Platform platform, String channelId, String threadId) implements Destination {
        public Thread {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(channelId, "channelId");
            Objects.requireNonNull(threadId, "threadId");
        }

        @Override
        public String key() {
            return "thread:" + platform.id() + ":" + channelId + ":" + threadId;
        }
    }

    static Destination dm(String personId) {
        return new DirectMessage(personId);
    }
}
