package dev.dealcoach.core.store;

import dev.dealcoach.core.conversation.ConversationStore;

/** One storage back end and the stores it provides. */
public interface Stores extends AutoCloseable {

    /** {@code memory} or {@code redis}. */
    String kind();

    /** Where the data lives, safe to log and show: never a password. */
    String location();

    /** Throws {@link StoreUnavailableException} when the back end cannot be reached. */
    void ping();

    OrgStore org();

    DealStore deals();

    ConversationStore conversations();

    IdempotencyStore idempotency();

    ReviewStore reviews();

    ChannelAddressStore addresses();

    @Override
    void close();
}
