package dev.dealcoach.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** The answer of a remote check, asked again only once {@code every} has passed: health probes come often, platforms need not hear of each. */
final class AskedAtMostEvery<T> {

    /** An answer and when it was asked. */
    record Answer<T>(T value, Instant askedAt) {
    }

    private final Duration every;
    private final Clock clock;
    private final Supplier<T> ask;
    private Answer<T> last;

    AskedAtMostEvery(Duration every, Clock clock, Supplier<T> ask) {
        this.every = every;
        this.clock = clock;
        this.ask = ask;
    }

    synchronized Answer<T> get() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(last.askedAt().plus(every))) {
            last = new Answer<>(ask.get(), now);
        }
        return last;
    }
}
