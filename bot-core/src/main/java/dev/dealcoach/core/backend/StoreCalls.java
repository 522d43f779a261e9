package dev.dealcoach.core.backend;

import java.time.Duration;

/** Told of every call a back end's ports answer: how long it took, and whether it failed. */
@FunctionalInterface
public interface StoreCalls {

    StoreCalls NONE = (port, method, took, failed) -> { };

    /** @param port the port's simple name ({@code ConversationStore}), {@code method} one of its methods */
    void answered(String port, String method, Duration took, boolean failed);
}
