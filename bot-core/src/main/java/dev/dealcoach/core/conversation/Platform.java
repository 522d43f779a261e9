package dev.dealcoach.core.conversation;

import java.util.Locale;
import java.util.Optional;

/** A chat platform DealCoach talks on. A channel id or a message id means something only on its own platform. */
public enum Platform {
    SLACK, TEAMS, PLAYGROUND;

    /** The lowercase name used in keys, settings and logs: {@code slack}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How people call it: {@code Slack}, {@code Teams}. */
    public String label() {
        return switch (this) {
            case SLACK -> "Slack";
            case TEAMS -> "Teams";
            case PLAYGROUND -> "the playground";
        };
    }

    /** The platform named {@code name} in any case ({@code Slack}, {@code teams}), if any. */
    public static Optional<Platform> named(String name) {
        for (Platform platform : values()) {
            if (platform.id().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
