package dev.dealcoach.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PostingLimitsTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void theWorkspaceBudgetCountsAcceptedPostsOverAnySlidingMinute() {
        PostingLimits limits = PostingLimits.slack(3, 1);

        assertThat(limits.admit("U1", 0)).isInstanceOf(PostingLimits.Accepted.class);
        assertThat(limits.admit("U2", 10 * SECOND)).isInstanceOf(PostingLimits.Accepted.class);
        assertThat(limits.admit("U3", 20 * SECOND)).isInstanceOf(PostingLimits.Accepted.class);

        assertThat(limits.admit("U4", 30 * SECOND)).isEqualTo(new PostingLimits.Refused(PostingLimits.Limit.WORKSPACE, 30));
        assertThat(limits.admit("U4", 60 * SECOND)).as("the first post left the window").isInstanceOf(PostingLimits.Accepted.class);
        assertThat(limits.admit("U5", 60 * SECOND + 1)).isEqualTo(new PostingLimits.Refused(PostingLimits.Limit.WORKSPACE, 10));
        assertThat(limits.workspaceRefusals()).isEqualTo(2);
    }

    @Test
    void aChannelTakesABurstThenOneASecond() {
        PostingLimits limits = PostingLimits.slack(1_000, 3);

        for (int i = 0; i < 3; i++) {
            assertThat(limits.admit("U1", i)).isInstanceOf(PostingLimits.Accepted.class);
        }
        assertThat(limits.admit("U1", 3)).isEqualTo(new PostingLimits.Refused(PostingLimits.Limit.CHANNEL, 1));
        assertThat(limits.admit("U2", 3)).as("other channels are not held up").isInstanceOf(PostingLimits.Accepted.class);
        assertThat(limits.admit("U1", SECOND)).isInstanceOf(PostingLimits.Accepted.class);
        assertThat(limits.admit("U1", SECOND + 1)).isInstanceOf(PostingLimits.Refused.class);
        assertThat(limits.channelRefusals()).isEqualTo(2);
    }

    @Test
    void aClientBackBeforeItsRetryAfterIsNoticed() {
        PostingLimits limits = PostingLimits.slack(1, 1);
        limits.admit("U1", 0);

        PostingLimits.Decision refused = limits.admit("U2", SECOND);
        limits.admit("U3", 2 * SECOND);
        limits.admit("U2", 30 * SECOND);
        limits.admit("U2", 60 * SECOND);

        assertThat(refused).isEqualTo(new PostingLimits.Refused(PostingLimits.Limit.WORKSPACE, 59));
        assertThat(limits.earlyOnChannel()).as("U2 came back at 30 s of 59").isEqualTo(1);
        assertThat(limits.earlyThoughShortWait()).isZero();
        assertThat(limits.duringWorkspaceWait()).as("U3 and U2 within the wait").isEqualTo(2);
        assertThat(limits.longestRetryAfter()).isEqualTo(59);
    }
}
