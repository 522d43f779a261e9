package dev.dealcoach.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dealcoach.core.conversation.Platform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Pacing against the platforms' limits, on a clock the test moves. */
class PacerTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private Pacer pacer(Pacer.Limits limits) {
        return new Pacer(Map.of(Platform.SLACK, limits), now::get);
    }

    private List<Long> slotsInMillis(Pacer pacer, int sends, String conversationPrefix) {
        List<Long> slots = new ArrayList<>();
        for (int i = 0; i < sends; i++) {
            slots.add(pacer.reserve(Platform.SLACK, conversationPrefix + i).toMillis());
        }
        return slots;
    }

    @Test
    void sendsToManyPeopleAreSpreadAtTheWorkspaceRateAfterAShortBurst() {
        Pacer pacer = pacer(Pacer.Limits.slack(600));

        List<Long> slots = slotsInMillis(pacer, 10, "person:");

        assertThat(slots.subList(0, 3)).containsOnly(0L);
        assertThat(slots.subList(3, 10)).containsExactly(100L, 200L, 300L, 400L, 500L, 600L, 700L);
    }

    @Test
    void oneChannelGetsAboutOneMessageASecond() {
        Pacer pacer = pacer(new Pacer.Limits(6_000, Duration.ofSeconds(1), 1));

        List<Long> slots = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            slots.add(pacer.reserve(Platform.SLACK, "slack:C_SALES").toMillis());
        }

        assertThat(slots).containsExactly(0L, 1_000L, 2_000L, 3_000L);
        assertThat(pacer.reserve(Platform.SLACK, "slack:C_OTHER")).as("another channel does not wait behind it")
                .isLessThan(Duration.ofMillis(50));
    }

    /** How much later the second of two sends in a row may go than the first. */
    private static long gapInMillis(Pacer pacer) {
        long first = pacer.reserve(Platform.SLACK, "first").toMillis();
        return pacer.reserve(Platform.SLACK, "second").toMillis() - first;
    }

    @Test
    void aRateLimitSlowsThePlatformDownAndSuccessesWinTheSpeedBack() {
        Pacer pacer = pacer(new Pacer.Limits(600, Duration.ZERO, 1));
        assertThat(gapInMillis(pacer)).isEqualTo(100L);

        pacer.slowDown(Platform.SLACK);
        assertThat(gapInMillis(pacer)).isEqualTo(125L);

        for (int i = 0; i < 200; i++) {
            pacer.sent(Platform.SLACK);
        }
        assertThat(gapInMillis(pacer)).isEqualTo(100L);
    }

    @Test
    void waitingTimeCountsDownAsTimePasses() {
        Pacer pacer = pacer(new Pacer.Limits(60, Duration.ZERO, 1));
        pacer.reserve(Platform.SLACK, "a");

        now.addAndGet(Duration.ofMillis(400).toNanos());

        assertThat(pacer.reserve(Platform.SLACK, "b")).isEqualTo(Duration.ofMillis(600));
    }

    @Test
    void aPlatformWithoutLimitsNeverWaits() {
        Pacer pacer = pacer(Pacer.Limits.slack(1));

        assertThat(slotsInMillis(pacer, 3, "x")).isNotEmpty();
        assertThat(pacer.reserve(Platform.PLAYGROUND, "anyone")).isZero();
        assertThat(pacer.reserve(Platform.PLAYGROUND, "anyone")).isZero();
    }
}
