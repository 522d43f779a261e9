package dev.dealcoach.core.conversation;

/** Where one inbound (or a proactive start) is being handled: who, where, and the key of their conversation there. */
record Turn(Speaker speaker, Origin origin, ConversationKey key) {

    static Turn of(Speaker speaker, Origin origin) {
        return new Turn(speaker, origin, new ConversationKey(speaker.id(), origin.place().key()));
    }

    /** {@code message} said where this turn happens. */
    Outgoing.Send here(Message message) {
        return new Outgoing.Send(origin.place(), message);
    }
}
