package dev.dealcoach.bench;

import dev.dealcoach.core.pipeline.DeliveryOutcome;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of one run: how fast the sends went against the configured and the enforced rates,
 * what the fake refused, and whether every send arrived exactly once.
 */
record BenchReport(BenchSettings settings, int queued, Duration queueing, Duration elapsed, boolean timedOut,
                   int accepted, long requests, long workspaceRefusals, long channelRefusals, long longestRetryAfter, long earlyOnChannel, long earlyThoughShortWait,
                   long duringWorkspaceWait, int busiestMinute, int busiestTenSeconds, int outOfOrder, Optional<Duration> closestOnOneChannel, Duration postingSpan,
                   Map<String, Integer> otherCalls, Map<DeliveryOutcome.Status, Integer> byStatus, int withoutOutcome,
                   long attempts, int mostAttempts, int duplicateTexts, int extraPosts, int lost, int notSent, int neverPosted,
                   int strangerPosts, int sentWithoutPost) {

    /** One queued send: its outbox key and the text it carries. */
    record Queued(String key, String text) {
    }

    static BenchReport of(BenchSettings settings, List<Queued> queued, Duration queueing, Instant queuedAt,
                          Map<String, DeliveryOutcome> outcomes, boolean timedOut, RateLimitedPosting posting,
                          Map<String, Integer> otherCalls) {
        List<RateLimitedPosting.Post> posts = posting.posts().stream().sorted(Comparator.comparingLong(RateLimitedPosting.Post::at)).toList();
        Instant end = outcomes.values().stream().map(DeliveryOutcome::at).max(Comparator.naturalOrder()).orElse(queuedAt);

        Map<String, Long> postsByText = posts.stream().collect(Collectors.groupingBy(RateLimitedPosting.Post::text, Collectors.counting()));
        Set<String> expected = queued.stream().map(Queued::text).collect(Collectors.toSet());
        Set<String> postedRefs = posts.stream().map(p -> RateLimitedPosting.dm(p.channel()) + "/" + p.ts()).collect(Collectors.toSet());

        Map<DeliveryOutcome.Status, Integer> byStatus = new EnumMap<>(DeliveryOutcome.Status.class);
        for (DeliveryOutcome.Status status : DeliveryOutcome.Status.values()) {
            byStatus.put(status, 0);
        }
        outcomes.values().forEach(o -> byStatus.merge(o.status(), 1, Integer::sum));
        int notSent = (int) queued.stream()
                .filter(q -> outcomes.get(q.key()) == null || outcomes.get(q.key()).status() != DeliveryOutcome.Status.SENT).count();
        int sentWithoutPost = (int) outcomes.values().stream()
                .filter(o -> o.status() == DeliveryOutcome.Status.SENT && !postedRefs.contains(o.detail())).count();

        PostingLimits limits = posting.limits();
        return new BenchReport(settings, queued.size(), queueing, Duration.between(queuedAt, end), timedOut,
                posts.size(), posting.requests(), limits.workspaceRefusals(), limits.channelRefusals(), limits.longestRetryAfter(), limits.earlyOnChannel(),
                limits.earlyThoughShortWait(),
                limits.duringWorkspaceWait(), busiest(posts, Duration.ofMinutes(1)), busiest(posts, Duration.ofSeconds(10)),
                outOfOrder(posts, queued), closestOnOneChannel(posts),
                posts.isEmpty() ? Duration.ZERO : Duration.ofNanos(posts.get(posts.size() - 1).at() - posts.get(0).at()),
                otherCalls, byStatus, queued.size() - outcomes.size(),
                outcomes.values().stream().mapToLong(DeliveryOutcome::attempts).sum(),
                outcomes.values().stream().mapToInt(DeliveryOutcome::attempts).max().orElse(0),
                (int) postsByText.values().stream().filter(n -> n > 1).count(),
                (int) postsByText.values().stream().mapToLong(n -> n - 1).sum(),
                (int) queued.stream().filter(q -> outcomes.get(q.key()) == null
                        || outcomes.get(q.key()).status() != DeliveryOutcome.Status.SENT || !postsByText.containsKey(q.text())).count(),
                notSent,
                (int) expected.stream().filter(text -> !postsByText.containsKey(text)).count(),
                (int) postsByText.keySet().stream().filter(text -> !expected.contains(text)).count(),
                sentWithoutPost);
    }

    /** The most posts accepted within any {@code window}. */
    private static int busiest(List<RateLimitedPosting.Post> posts, Duration window) {
        long span = window.toNanos();
        int most = 0;
        int from = 0;
        for (int to = 0; to < posts.size(); to++) {
            while (posts.get(to).at() - posts.get(from).at() >= span) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }

    /** Posts that reached their channel before a send queued earlier to the same channel (one rep's DMs go in queue order). */
    private static int outOfOrder(List<RateLimitedPosting.Post> posts, List<Queued> queued) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < queued.size(); i++) {
            position.put(queued.get(i).text(), i);
        }
        Map<String, Integer> latest = new HashMap<>();
        int late = 0;
        for (RateLimitedPosting.Post post : posts) {
            Integer at = position.get(post.text());
            if (at == null) {
                continue;
            }
            Integer before = latest.get(post.channel());
            if (before != null && at < before) {
                late++;
            } else {
                latest.put(post.channel(), at);
            }
        }
        return late;
    }

    /** The shortest time between two accepted posts to one channel; empty when no channel had two. */
    private static Optional<Duration> closestOnOneChannel(List<RateLimitedPosting.Post> posts) {
        Map<String, Long> last = new HashMap<>();
        long closest = Long.MAX_VALUE;
        for (RateLimitedPosting.Post post : posts) {
            Long before = last.put(post.channel(), post.at());
            if (before != null) {
                closest = Math.min(closest, post.at() - before);
            }
        }
        return closest == Long.MAX_VALUE ? Optional.empty() : Optional.of(Duration.ofNanos(closest));
    }

    int duplicates() {
        return extraPosts;
    }

    /** Sends without a SENT outcome, or whose text the fake never accepted (one send counts once). */
    int losses() {
        return lost;
    }

    /** No duplicate, no loss, every outcome in time, each channel's posts in queue order, nothing posted that was not queued. */
    boolean clean() {
        return duplicates() == 0 && losses() == 0 && !timedOut && outOfOrder == 0 && strangerPosts == 0 && sentWithoutPost == 0;
    }

    void print(PrintStream out) {
        double seconds = elapsed.toNanos() / 1e9;
        double perSecond = seconds > 0 ? accepted / seconds : 0;
        double spanSeconds = postingSpan.toNanos() / 1e9;
        out.println();
        out.println("Results");
        line(out, "sends queued", "%d in %.1f s (%s store)", queued, queueing.toNanos() / 1e9, settings.store());
        line(out, "elapsed", "%.1f s, first queued to last outcome%s", seconds, timedOut ? " (TIMED OUT waiting for outcomes)" : "");
        line(out, "achieved", "%.2f sends/s = %.0f/min (DealCoach configured %d/min, fake enforces %d/min)",
                perSecond, perSecond * 60, settings.rate(), settings.fakeRate());
        if (accepted > 1 && spanSeconds > 0) {
            line(out, "  first to last post", "%.1f s: %.0f/min", spanSeconds, (accepted - 1) / spanSeconds * 60);
        }
        line(out, "  busiest minute", "%d posts accepted in 60 s", busiestMinute);
        line(out, "  busiest 10 s", "%d posts (%.0f at the configured rate)", busiestTenSeconds, settings.rate() / 6.0);
        line(out, "429s answered", "%d (workspace %d, channel %d); longest Retry-After %d s", workspaceRefusals + channelRefusals,
                workspaceRefusals, channelRefusals, longestRetryAfter);
        line(out, "  early retries", "%d to a channel before its Retry-After ran out (%d of them when it said <= %d s)",
                earlyOnChannel, earlyThoughShortWait, PostingLimits.SHORT_WAIT_SECONDS);
        line(out, "  during a wait", "%d posts (to any channel) while a workspace-wide Retry-After was in force", duringWorkspaceWait);
        line(out, "chat.postMessage", "%d calls, %d accepted", requests, accepted);
        line(out, "other Web API calls", "%s", otherCalls.isEmpty() ? "none" : otherCalls.toString());
        line(out, "closest on a channel", "%s", closestOnOneChannel.map(d -> "%d ms".formatted(d.toMillis())).orElse("n/a (one post per channel)"));
        line(out, "outcomes", "%s, none %d; attempts %d (most for one send: %d)", byStatus.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")), withoutOutcome, attempts, mostAttempts);
        line(out, "out of order", "%d posts before one queued earlier to the same channel", outOfOrder);
        line(out, "duplicates", "%d (%d texts posted more than once)", duplicates(), duplicateTexts);
        line(out, "losses", "%d sends (keys without a SENT outcome %d, texts never posted %d)", losses(), notSent, neverPosted);
        if (strangerPosts > 0 || sentWithoutPost > 0) {
            line(out, "inconsistencies", "%d posts with a text never queued, %d SENT outcomes naming no accepted post", strangerPosts,
                    sentWithoutPost);
        }
        out.println(clean() ? "RESULT: OK (no duplicates, no losses)" : "RESULT: FAILED (see duplicates, losses, out of order, timed out)");
    }

    private static void line(PrintStream out, String label, String format, Object... args) {
        out.printf(Locale.ROOT, "  %-22s %s%n", label, String.format(Locale.ROOT, format, args));
    }
}
