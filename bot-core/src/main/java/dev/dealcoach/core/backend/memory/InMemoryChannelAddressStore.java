package dev.dealcoach.core.backend.memory;

import dev.dealcoach.core.store.ChannelAddress;
import dev.dealcoach.core.store.ChannelAddressStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryChannelAddressStore implements ChannelAddressStore {

    private final Map<String, ChannelAddress> addresses = new ConcurrentHashMap<>();

    @Override
    public void save(ChannelAddress address) {
        addresses.put(address.platform() + "\n" + address.key(), address);
    }

    @Override
    public Optional<ChannelAddress> find(String platform, String key) {
        return Optional.ofNullable(addresses.get(platform + "\n" + key));
    }

    /** Every platform's address kept under {@code key}. */
    void forget(String key) {
        addresses.keySet().removeIf(stored -> stored.substring(stored.indexOf('\n') + 1).equals(key));
    }
}
