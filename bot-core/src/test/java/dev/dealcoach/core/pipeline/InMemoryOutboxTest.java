package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.backend.Stores;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.MutableClock;
import dev.dealcoach.core.backend.memory.InMemoryStores;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryOutboxTest extends OutboxContract {

    private final MutableClock clock = MutableClock.at("2026-12-01T09:00:00Z");

    @Override
    protected Stores createEmptyStores() {
        return new InMemoryStores(clock);
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }

    @Test
    void aKeyAndItsOutcomeAreForgottenAfterTheKeyMemory() {
        outbox.enqueue(envelope("checkin:ria:2026-12-01"));
        outbox.complete(outbox.claim("worker-a", 1, NO_WAIT, ABANDONED_AFTER).get(0), sent("checkin:ria:2026-12-01", "1"));

        clock.advance(Outbox.KEY_MEMORY.minusSeconds(1));
        assertThat(outbox.enqueue(envelope("checkin:ria:2026-12-01"))).isFalse();
        assertThat(outbox.outcome("checkin:ria:2026-12-01")).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(outbox.outcome("checkin:ria:2026-12-01")).isEmpty();
        assertThat(outbox.enqueue(envelope("checkin:ria:2026-12-01"))).isTrue();
    }
}
