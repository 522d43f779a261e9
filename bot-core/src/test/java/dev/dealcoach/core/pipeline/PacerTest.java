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

    private static Pacer.Slot taken(long millis) {
        return new Pacer.Slot(Duration.ofMillis(millis), true);
    }

    private void advance(long millis) {
        now.addAndGet(Duration.ofMillis(millis).toNanos());
    }

    @Test
    void sendsToManyPeopleAreSpreadAtTheWorkspaceRateAfterAShortBurst() {
        Pacer pacer = pacer(new Pacer.Limits(600, Duration.ZERO, 3));

        List<Pacer.Slot> slots = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            slots.add(pacer.reserve(Platform.SLACK, "person:" + i));
        }

        assertThat(slots).containsExactly(taken(0), taken(0), taken(0), taken(100), taken(200), taken(300), taken(400),
                taken(500), taken(600), taken(700));
    }

    @Test
    void oneChannelGetsAboutOneMessageASecondAndOthersDoNotWaitBehindIt() {
        Pacer pacer = pacer(new Pacer.Limits(6_000, Duration.ofSeconds(1), 1));

        assertThat(pacer.reserve(Platform.SLACK, "slack:C_SALES")).isEqualTo(taken(0));
        assertThat(pacer.reserve(Platform.SLACK, "slack:C_SALES")).isEqualTo(taken(1_000));
        assertThat(pacer.reserve(Platform.SLACK, "slack:C_OTHER").after()).isLessThan(Duration.ofMillis(50));
    }

    @Test
    void aSlotMoreThanASecondAwayIsNotTakenButSaysWhenToAskAgain() {
        Pacer pacer = pacer(new Pacer.Limits(6_000, Duration.ofSeconds(1), 1));
        pacer.reserve(Platform.SLACK, "slack:C_SALES");
        pacer.reserve(Platform.SLACK, "slack:C_SALES");

        Pacer.Slot third = pacer.reserve(Platform.SLACK, "slack:C_SALES");
        assertThat(third).isEqualTo(new Pacer.Slot(Duration.ofMillis(1_001), false));

        advance(1_001);
        assertThat(pacer.reserve(Platform.SLACK, "slack:C_SALES")).isEqualTo(taken(999));
    }

    /** How much later the second of two sends in a row may go than the first. */
    private static long gapInMillis(Pacer pacer) {
        long first = pacer.reserve(Platform.SLACK, "first").after().toMillis();
        return pacer.reserve(Platform.SLACK, "second").after().toMillis() - first;
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
    void aSlowdownAppliesToTheBacklogTooSinceItsSlotsWereNotTakenYet() {
        Pacer pacer = pacer(new Pacer.Limits(600, Duration.ZERO, 1));
        for (int i = 0; i <= 10; i++) {
            assertThat(pacer.reserve(Platform.SLACK, "person:" + i).taken()).isTrue();
        }
        Pacer.Slot backlog = pacer.reserve(Platform.SLACK, "person:11");
        assertThat(backlog.taken()).isFalse();

        pacer.slowDown(Platform.SLACK);
        advance(backlog.after().toMillis());

        assertThat(pacer.reserve(Platform.SLACK, "person:11")).isEqualTo(taken(999));
        advance(999);
        assertThat(pacer.reserve(Platform.SLACK, "person:12")).as("the slowed pace").isEqualTo(taken(125));
    }

    @Test
    void waitingTimeCountsDownAsTimePasses() {
        Pacer pacer = pacer(new Pacer.Limits(60, Duration.ZERO, 1));
        pacer.reserve(Platform.SLACK, "a");

        advance(400);

        assertThat(pacer.reserve(Platform.SLACK, "b")).isEqualTo(taken(600));
    }

    @Test
    void aPlatformWithoutLimitsNeverWaits() {
        Pacer pacer = pacer(Pacer.Limits.slack(1));
        pacer.reserve(Platform.SLACK, "x");

        assertThat(pacer.reserve(Platform.PLAYGROUND, "anyone")).isEqualTo(taken(0));
        assertThat(pacer.reserve(Platform.PLAYGROUND, "anyone")).isEqualTo(taken(0));
    }
}
