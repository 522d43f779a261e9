package dev.dealcoach.slack;

import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Platform;

/** Where a conversation is, written into a modal's private metadata and read back on submission. */
final class SlackPlaces {

    private SlackPlaces() {
    }

    static String encode(Destination place) {
        if (place instanceof Destination.Thread thread) {
            return "thread|" + thread.channelId() + "|" + thread.threadId();
        }
        if (place instanceof Destination.Channel channel) {
            return "channel|" + channel.channelId();
        }
        return "dm";
    }

    /** The place; a DM (the person's own) for anything unreadable. */
    static Destination decode(String metadata, String personId) {
        String[] parts = metadata == null ? new String[0] : metadata.split("\\|");
        if (parts.length == 3 && parts[0].equals("thread") && SlackInbound.isId(parts[1]) && SlackInbound.isId(parts[2])) {
            return new Destination.Thread(Platform.SLACK, parts[1], parts[2]);
        }
        if (parts.length == 2 && parts[0].equals("channel") && SlackInbound.isId(parts[1])) {
            return new Destination.Channel(Platform.SLACK, parts[1]);
        }
        return Destination.dm(personId);
    }
}
