package dev.dealcoach.core.store;

import java.util.Optional;

/** Keeps the latest address of each person or channel per platform, for proactive messages. */
public interface ChannelAddressStore {

    /** Keeps {@code address}, replacing the one with its platform and key. */
    void save(ChannelAddress address);

    Optional<ChannelAddress> find(String platform, String key);
}
