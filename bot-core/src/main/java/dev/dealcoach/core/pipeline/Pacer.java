package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.conversation.Platform;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Keeps sends within each platform's published limits: a workspace- (or tenant-) wide rate, and a
 * pace per conversation. A send reserves the next free slot of both and learns how long until it
 * (zero when it may go now): the caller schedules itself for then instead of sleeping. Slots are
 * taken at most {@link #HORIZON} ahead; further out, the caller is told when to ask again, so a
 * backlog does not book the next minutes at today's pace (after a 429 the platform's rate is
 * lowered for a while, recovering as sends succeed, and that must apply to the backlog too).
 */
public final class Pacer {

    /**
     * @param perMinute        the platform-wide budget, messages a minute
     * @param perConversation  the shortest spacing of sends to one conversation
     * @param burst            how many sends may go at once before the spacing applies
     */
    public record Limits(int perMinute, Duration perConversation, int burst) {
        public Limits {
            if (perMinute <= 0 || burst <= 0) {
                throw new IllegalArgumentException("rates must be positive");
            }
        }

        /** Slack: about one message a second per channel, kept with a little margin, one at a time. */
        public static Limits slack(int perMinute) {
            return new Limits(perMinute, Duration.ofMillis(1_100), 1);
        }

        /** Teams: 7 a second per conversation (8 per 2 seconds). */
        public static Limits teams(int perMinute) {
            return new Limits(perMinute, Duration.ofMillis(1000 / 7 + 1), 7);
        }
    }

    /** A slot is taken no further ahead than this. */
    static final Duration HORIZON = Duration.ofSeconds(1);
    private static final double MAX_SLOWDOWN = 4.0;
    private static final double RECOVERY = 0.98;

    private final Map<Platform, Limits> limits;
    private final LongSupplier nanoTime;
    private final Map<Platform, Long> platformTat = new EnumMap<>(Platform.class);
    private final Map<Platform, Double> slowdown = new EnumMap<>(Platform.class);
    private final Map<String, Long> conversationTat = new HashMap<>();
    private long reservations;

    public Pacer(Map<Platform, Limits> limits, LongSupplier nanoTime) {
        this.limits = new EnumMap<>(Platform.class);
        this.limits.putAll(limits);
        this.nanoTime = nanoTime;
    }

    public Pacer(Map<Platform, Limits> limits) {
        this(limits, System::nanoTime);
    }

    /**
     * A send's slot: taken, and how long until it comes (zero: now); or not taken, as it is more
     * than {@link #HORIZON} away, and when to ask again.
     */
    public record Slot(Duration after, boolean taken) {
        static final Slot NOW = new Slot(Duration.ZERO, true);
    }

    /** Reserves a slot for one send to {@code conversation} on {@code platform}, if it is near enough. */
    public synchronized Slot reserve(Platform platform, String conversation) {
        Limits limit = limits.get(platform);
        if (limit == null) {
            return Slot.NOW;
        }
        long now = nanoTime.getAsLong();
        long interval = (long) (60_000_000_000L / limit.perMinute() * slowdown.getOrDefault(platform, 1.0));
        long spacing = limit.perConversation().toNanos();
        String key = platform.id() + ":" + conversation;
        long tat = platformTat.getOrDefault(platform, now);
        long conversationNext = conversationTat.getOrDefault(key, now);
        long platformSlot = Math.max(now, tat - interval * (limit.burst() - 1));
        long slot = Math.max(platformSlot, conversationNext - spacing * (limit.burst() - 1));
        if (slot - now > HORIZON.toNanos()) {
            return new Slot(Duration.ofNanos(slot - now - HORIZON.toNanos()).plusMillis(1), false);
        }
        // The platform's slot is taken where it is free, not where this conversation's pace pushes the send:
        // one busy channel must not hold back everyone else's messages.
        platformTat.put(platform, Math.max(tat, platformSlot) + interval);
        conversationTat.put(key, Math.max(conversationNext, slot) + spacing);
        if (++reservations % 4096 == 0) {
            conversationTat.values().removeIf(next -> next < now);
        }
        return new Slot(Duration.ofNanos(slot - now), true);
    }

    /** The platform answered 429: go slower for a while. */
    public synchronized void slowDown(Platform platform) {
        slowdown.merge(platform, 1.25, (old, factor) -> Math.min(MAX_SLOWDOWN, old * factor));
    }

    /** A send went through: recover a little of the speed lost to 429s. */
    public synchronized void sent(Platform platform) {
        slowdown.computeIfPresent(platform, (p, factor) -> factor * RECOVERY <= 1.0 ? null : factor * RECOVERY);
    }
}
