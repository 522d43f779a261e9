package dev.dealcoach.bench;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The WireMock extension that answers {@code chat.postMessage} as a rate-limited Slack workspace:
 * within the {@link PostingLimits} a post is accepted, recorded and answered {@code ok} with the
 * DM's channel ({@code D...} for a post to user {@code U...}) and a unique {@code ts}; over them it
 * is answered 429 with {@code Retry-After} and {@code {"ok": false, "error": "ratelimited"}}.
 */
final class RateLimitedPosting implements ResponseDefinitionTransformerV2 {

    static final String NAME = "rate-limited-posting";

    /**
     * One accepted post.
     *
     * @param channel as addressed: a user id for a DM
     * @param at      when it arrived, on the fake's monotonic clock (nanoseconds)
     */
    record Post(String channel, String text, String ts, long at) {
    }

    private final PostingLimits limits;
    private final Duration latency;
    private final LongSupplier nanoTime;
    private final ConcurrentLinkedQueue<Post> posts = new ConcurrentLinkedQueue<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong lastTs = new AtomicLong();

    RateLimitedPosting(PostingLimits limits, Duration latency, LongSupplier nanoTime) {
        this.limits = limits;
        this.latency = latency;
        this.nanoTime = nanoTime;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        requests.incrementAndGet();
        Map<String, String> form = form(event.getRequest().getBodyAsString());
        String channel = form.getOrDefault("channel", "");
        long now = nanoTime.getAsLong();
        PostingLimits.Decision decision = limits.admit(channel, now);
        if (decision instanceof PostingLimits.Refused refused) {
            return answer(429, "{\"ok\": false, \"error\": \"ratelimited\"}")
                    .withHeader("Retry-After", Long.toString(refused.retryAfterSeconds()))
                    .build();
        }
        String ts = nextTs();
        posts.add(new Post(channel, form.getOrDefault("text", ""), ts, now));
        return answer(200, """
                {"ok": true, "channel": "%s", "ts": "%s",
                 "message": {"type": "message", "bot_id": "B0BENCH", "text": "ok", "ts": "%s"}}""".formatted(dm(channel), ts, ts))
                .build();
    }

    private ResponseDefinitionBuilder answer(int status, String json) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(json)
                .withFixedDelay(Math.toIntExact(latency.toMillis()));
    }

    /** Slack's {@code ts}: seconds and a six-digit part, unique per workspace. */
    private String nextTs() {
        long n = lastTs.incrementAndGet();
        return "%d.%06d".formatted(1_700_000_000L + n / 1_000_000, n % 1_000_000);
    }

    /** A post to a user id lands in the app's DM with them: {@code U0000001} answers as {@code D0000001}. */
    static String dm(String channel) {
        return channel.startsWith("U") ? "D" + channel.substring(1) : channel;
    }

    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    /** Every accepted post (in about the order they were accepted: sort by {@link Post#at()}). */
    List<Post> posts() {
        return List.copyOf(posts);
    }

    /** Every {@code chat.postMessage} received, accepted or not. */
    long requests() {
        return requests.get();
    }

    PostingLimits limits() {
        return limits;
    }
}
