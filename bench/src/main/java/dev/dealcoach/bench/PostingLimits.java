package dev.dealcoach.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Slack's {@code chat.postMessage} limits as the fake enforces them: a workspace-wide budget over
 * any sliding minute, and about one post a second per channel after a short burst. Only accepted
 * posts count against either. It also notices a client that comes back before the
 * {@code Retry-After} it was given: to the same channel, or to any channel while a workspace-wide
 * wait is in force. Times are nanoseconds from one monotonic clock; thread-safe.
 */
final class PostingLimits {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();
    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    /** Waits up to this long every client should honour in full (DealCoach's Slack client caps longer ones at 30 s). */
    static final long SHORT_WAIT_SECONDS = 30;

    /** What the fake answers one post. */
    sealed interface Decision {
    }

    record Accepted() implements Decision {
    }

    /**
     * @param retryAfterSeconds what the 429's {@code Retry-After} says: whole seconds, at least one
     */
    record Refused(Limit limit, long retryAfterSeconds) implements Decision {
    }

    enum Limit { WORKSPACE, CHANNEL }

    private final int perMinute;
    private final long channelSpacing;
    private final int channelBurst;
    private final Deque<Long> acceptedInWindow = new ArrayDeque<>();
    private final Map<String, Long> channelTat = new HashMap<>();
    /** Per channel: until when the last 429 told it to wait, and the seconds it said. */
    private final Map<String, long[]> channelWait = new HashMap<>();
    private long workspaceNotBefore = Long.MIN_VALUE;
    private long workspaceRefusals;
    private long channelRefusals;
    private long earlyOnChannel;
    private long earlyThoughShortWait;
    private long longestRetryAfter;
    private long duringWorkspaceWait;

    PostingLimits(int perMinute, Duration channelSpacing, int channelBurst) {
        this.perMinute = perMinute;
        this.channelSpacing = channelSpacing.toNanos();
        this.channelBurst = channelBurst;
    }

    static PostingLimits slack(int perMinute, int channelBurst) {
        return new PostingLimits(perMinute, Duration.ofSeconds(1), channelBurst);
    }

    synchronized Decision admit(String channel, long now) {
        noteEarly(channel, now);
        while (!acceptedInWindow.isEmpty() && acceptedInWindow.peekFirst() <= now - MINUTE) {
            acceptedInWindow.pollFirst();
        }
        if (acceptedInWindow.size() >= perMinute) {
            workspaceRefusals++;
            Refused refused = new Refused(Limit.WORKSPACE, seconds(acceptedInWindow.peekFirst() + MINUTE - now));
            workspaceNotBefore = Math.max(workspaceNotBefore, now + refused.retryAfterSeconds() * SECOND);
            return told(channel, now, refused);
        }
        // GCRA per channel: conforming while no more than (burst - 1) spacings ahead of schedule.
        long tat = Math.max(channelTat.getOrDefault(channel, now), now);
        long allowedFrom = tat - channelSpacing * (channelBurst - 1);
        if (now < allowedFrom) {
            channelRefusals++;
            return told(channel, now, new Refused(Limit.CHANNEL, seconds(allowedFrom - now)));
        }
        channelTat.put(channel, tat + channelSpacing);
        acceptedInWindow.addLast(now);
        return new Accepted();
    }

    private Refused told(String channel, long now, Refused refused) {
        channelWait.put(channel, new long[] {now + refused.retryAfterSeconds() * SECOND, refused.retryAfterSeconds()});
        longestRetryAfter = Math.max(longestRetryAfter, refused.retryAfterSeconds());
        return refused;
    }

    private void noteEarly(String channel, long now) {
        long[] wait = channelWait.get(channel);
        if (wait != null && now < wait[0]) {
            earlyOnChannel++;
            if (wait[1] <= SHORT_WAIT_SECONDS) {
                earlyThoughShortWait++;
            }
        }
        if (now < workspaceNotBefore) {
            duringWorkspaceWait++;
        }
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + SECOND - 1) / SECOND);
    }

    synchronized long workspaceRefusals() {
        return workspaceRefusals;
    }

    synchronized long channelRefusals() {
        return channelRefusals;
    }

    /** Posts to a channel before the {@code Retry-After} that channel was last given ran out. */
    synchronized long earlyOnChannel() {
        return earlyOnChannel;
    }

    /** Posts to a channel before its {@code Retry-After} ran out, though it said at most {@value #SHORT_WAIT_SECONDS} s. */
    synchronized long earlyThoughShortWait() {
        return earlyThoughShortWait;
    }

    /** The longest {@code Retry-After} answered, seconds. */
    synchronized long longestRetryAfter() {
        return longestRetryAfter;
    }

    /** Posts to any channel while a workspace-wide {@code Retry-After} was in force (Slack's wait is per method and workspace). */
    synchronized long duringWorkspaceWait() {
        return duringWorkspaceWait;
    }

    int perMinute() {
        return perMinute;
    }
}
