package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.conversation.Platform;
import java.util.Optional;

/** Which platform each person uses: the one they chose in {@code settings}, and the one they last talked on. */
public interface ContactStore {

    /** Sets, or clears with empty, the platform the person chose. */
    void prefer(String personId, Optional<Platform> platform);

    Optional<Platform> preferred(String personId);

    void talkedOn(String personId, Platform platform);

    Optional<Platform> lastTalkedOn(String personId);
}
