package dev.dealcoach.core.model;

import java.util.Locale;
import java.util.Optional;

/** Where a person sits in the sales org. */
public enum Role {
    REP, MANAGER, DIRECTOR;

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
