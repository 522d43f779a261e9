package dev.dealcoach.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * What one run of {@link SlackSendBenchmark} does, from {@code -Dbench.*} system properties; an
 * empty or missing property takes the default.
 *
 * @param sends          proactive sends to queue, one DM each, distinct texts ({@code bench.sends})
 * @param reps           reps they go to, round robin; fewer reps than sends puts several DMs in one channel ({@code bench.reps})
 * @param rate           DealCoach's configured Slack rate, messages a minute: the {@code Pacer}'s ({@code bench.rate})
 * @param fakeRate       the workspace budget the fake Slack enforces over any sliding minute ({@code bench.fakeRate})
 * @param channelBurst   posts one channel may take at once before the fake's 1-a-second pace applies ({@code bench.fakeChannelBurst})
 * @param latency        how long the fake takes to answer each call ({@code bench.latencyMs})
 * @param store          {@code memory} or {@code redis} ({@code bench.store})
 * @param redisUrl       the Redis server for {@code redis} ({@code bench.redisUrl})
 * @param timeout        how long to wait for every send's outcome; zero means three times the expected time plus a minute
 */
record BenchSettings(int sends, int reps, int rate, int fakeRate, int channelBurst, Duration latency, String store, URI redisUrl,
                     Duration timeout) {

    static final int DEFAULT_SENDS = 2_000;
    static final int DEFAULT_RATE = 1_000;
    static final int DEFAULT_FAKE_RATE = 1_200;
    static final int DEFAULT_CHANNEL_BURST = 3;
    static final int DEFAULT_LATENCY_MS = 50;

    BenchSettings {
        if (sends < 1 || reps < 1 || rate < 1 || fakeRate < 1 || channelBurst < 1) {
            throw new IllegalArgumentException("bench.sends, bench.reps, bench.rate, bench.fakeRate and bench.fakeChannelBurst must be positive");
        }
        if (latency.isNegative() || timeout.isNegative()) {
            throw new IllegalArgumentException("bench.latencyMs and bench.timeoutSeconds must not be negative");
        }
        if (!store.equals("memory") && !store.equals("redis")) {
            throw new IllegalArgumentException("bench.store must be memory or redis, not " + store);
        }
        if (timeout.isZero()) {
            timeout = expected(sends, Math.min(rate, fakeRate)).multipliedBy(3).plusMinutes(1);
        }
    }

    static BenchSettings from(Properties properties) {
        int sends = number(properties, "bench.sends", DEFAULT_SENDS);
        return new BenchSettings(
                sends,
                number(properties, "bench.reps", sends),
                number(properties, "bench.rate", DEFAULT_RATE),
                number(properties, "bench.fakeRate", DEFAULT_FAKE_RATE),
                number(properties, "bench.fakeChannelBurst", DEFAULT_CHANNEL_BURST),
                Duration.ofMillis(number(properties, "bench.latencyMs", DEFAULT_LATENCY_MS)),
                text(properties, "bench.store", "memory").toLowerCase(Locale.ROOT),
                URI.create(text(properties, "bench.redisUrl", "redis://127.0.0.1:6379")),
                Duration.ofSeconds(number(properties, "bench.timeoutSeconds", 0)));
    }

    /** How long the sends take at {@code perMinute}, at the least. */
    static Duration expected(int sends, int perMinute) {
        return Duration.ofMillis(sends * 60_000L / perMinute);
    }

    static int number(Properties properties, String name, int otherwise) {
        String value = text(properties, name, null);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    static String text(Properties properties, String name, String otherwise) {
        String value = properties.getProperty(name);
        return value == null || value.isBlank() ? otherwise : value.trim();
    }
}
