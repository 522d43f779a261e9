package dev.dealcoach.core.store;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a platform can reach a person or channel later, without being asked: for Teams, the
 * conversation reference. The core keeps it opaque.
 *
 * @param platform {@code teams}, ...
 * @param key      whom it reaches: a person id, or {@code channel:<id>}
 * @param data     the platform's own serialized address
 * @param stale    the platform said it no longer works (the app was uninstalled)
 */
public record ChannelAddress(String platform, String key, String data, boolean stale, Instant updatedAt) {

    public ChannelAddress {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public ChannelAddress asStale() {
        return new ChannelAddress(platform, key, data, true, updatedAt);
    }
}
