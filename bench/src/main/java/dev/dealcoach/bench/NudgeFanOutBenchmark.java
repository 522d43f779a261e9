package dev.dealcoach.bench;

import static dev.dealcoach.bench.BenchSettings.number;
import static dev.dealcoach.bench.BenchSettings.text;

import dev.dealcoach.core.model.CheckInKind;
import dev.dealcoach.core.schedule.CheckIns;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Fans out one minute's daily nudges: {@code bench.reps} reps in one zone, all due at 16:30, run
 * by {@link CheckIns} as the scheduler would, through the outbox, the delivery workers, the pacer
 * and the Slack messenger to the rate-limited fake Slack. Each nudge is two posts (its intro and its
 * question) to the rep's DM. Prints the pace against the configured and enforced rates, 429s,
 * duplicates and losses; exits 1 on a duplicate, a loss, a second run that queued anything, or a
 * pace more than 10% off the configured rate while the fake allows it.
 */
public final class NudgeFanOutBenchmark {

    private static final int POSTS_PER_NUDGE = 2;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    private record Settings(int reps, int rate, int fakeRate, int channelBurst, Duration latency, String store, URI redisUrl) {

        static Settings from(Properties p) {
            return new Settings(number(p, "bench.reps", 10_000), number(p, "bench.rate", 6_000), number(p, "bench.fakeRate", 7_200),
                    number(p, "bench.fakeChannelBurst", 3), Duration.ofMillis(number(p, "bench.latencyMs", 50)),
                    text(p, "bench.store", "memory"), URI.create(text(p, "bench.redisUrl", "redis://127.0.0.1:6379")));
        }

        BenchSettings asBenchSettings() {
            return new BenchSettings(reps * POSTS_PER_NUDGE, reps, rate, fakeRate, channelBurst, latency, store, redisUrl, Duration.ZERO);
        }
    }

    public static void main(String[] args) throws Exception {
        Settings settings;
        try {
            settings = Settings.from(System.getProperties());
            settings.asBenchSettings();
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        boolean passed = new NudgeFanOutBenchmark().run(settings, System.out);
        System.out.flush();
        System.exit(passed ? 0 : 1);
    }

    boolean run(Settings settings, PrintStream out) throws Exception {
        Clock clock = Clock.systemUTC();
        BenchSettings bench = settings.asBenchSettings();
        int posts = settings.reps() * POSTS_PER_NUDGE;
        Duration timeout = BenchSettings.expected(posts, Math.min(settings.rate(), settings.fakeRate())).multipliedBy(3).plusMinutes(1);
        out.printf(Locale.ROOT, "DealCoach nudge fan-out benchmark%n  %d reps due at 16:30 Europe/London, %d posts; DealCoach Slack "
                + "rate %d/min, fake enforces %d/min (burst %d a channel), latency %d ms; %s store%n", settings.reps(), posts,
                settings.rate(), settings.fakeRate(), settings.channelBurst(), settings.latency().toMillis(), settings.store());
        RateLimitedPosting posting = new RateLimitedPosting(PostingLimits.slack(settings.fakeRate(), settings.channelBurst()),
                settings.latency(), System::nanoTime);
        try (FakeSlack slack = new FakeSlack(posting).start(); BenchStores stores = BenchStores.open(bench, clock)) {
            stores.stores().org().save(BenchOrg.of(settings.reps()));
            try (BenchPipeline pipeline = new BenchPipeline(stores, slack.apiUrl(), settings.rate(), clock)) {
                CheckIns checkIns = new CheckIns(stores.stores().org(), stores.stores().preferences(), stores.stores().forecasts(),
                        stores.stores().dealTotals(), stores.stores().activity(), stores.stores().deals(), stores.stores().idempotency(),
                        pipeline.outreach());
                Instant due = ZonedDateTime.of(LocalDate.now(ZoneId.of("Europe/London")).with(java.time.temporal.TemporalAdjusters
                        .previousOrSame(java.time.DayOfWeek.FRIDAY)), LocalTime.of(16, 30), ZoneId.of("Europe/London")).toInstant();
                long started = System.nanoTime();
                CheckIns.Report first = checkIns.run(due, List.of(CheckInKind.DAILY_ACTIVITY), Optional.empty());
                Duration queueing = Duration.ofNanos(System.nanoTime() - started);
                CheckIns.Report second = checkIns.run(due.plusSeconds(60), List.of(CheckInKind.DAILY_ACTIVITY), Optional.empty());
                boolean timedOut = !await(pipeline, posting, started, timeout, out);
                return report(settings, first, second, queueing, started, timedOut, posting, slack.otherCalls(), out);
            }
        }
    }

    private static boolean await(BenchPipeline pipeline, RateLimitedPosting posting, long started, Duration timeout, PrintStream out)
            throws InterruptedException {
        long deadline = started + timeout.toNanos();
        long progress = started + PROGRESS_EVERY.toNanos();
        while (pipeline.outbox().pending() > 0) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            if (System.nanoTime() >= progress) {
                out.printf(Locale.ROOT, "  %4d s: %d pending, %d posts accepted%n", (System.nanoTime() - started) / 1_000_000_000L,
                        pipeline.outbox().pending(), posting.posts().size());
                progress += PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(200);
        }
        return true;
    }

    private static boolean report(Settings settings, CheckIns.Report first, CheckIns.Report second, Duration queueing, long started,
                                  boolean timedOut, RateLimitedPosting posting, Map<String, Integer> otherCalls, PrintStream out) {
        List<RateLimitedPosting.Post> posts = posting.posts().stream().sorted(Comparator.comparingLong(RateLimitedPosting.Post::at)).toList();
        Map<String, Integer> perChannel = new HashMap<>();
        posts.forEach(p -> perChannel.merge(p.channel(), 1, Integer::sum));
        int duplicates = perChannel.values().stream().mapToInt(n -> Math.max(0, n - POSTS_PER_NUDGE)).sum();
        long losses = settings.reps() - perChannel.values().stream().filter(n -> n >= POSTS_PER_NUDGE).count();
        double spanSeconds = posts.size() < 2 ? 0 : (posts.get(posts.size() - 1).at() - posts.get(0).at()) / 1e9;
        double perMinute = spanSeconds == 0 ? 0 : (posts.size() - 1) / spanSeconds * 60;
        double elapsed = posts.isEmpty() ? 0 : (posts.get(posts.size() - 1).at() - started) / 1e9;
        int expectedRate = Math.min(settings.rate(), settings.fakeRate());
        boolean paceChecked = settings.rate() <= settings.fakeRate();
        boolean paceOk = !paceChecked || Math.abs(perMinute - settings.rate()) <= 0.1 * settings.rate();
        PostingLimits limits = posting.limits();
        out.println();
        out.println("Results");
        line(out, "nudges queued", "%d in %.1f s (%d skipped)", first.queued().size(), queueing.toNanos() / 1e9, first.skipped().size());
        line(out, "second run", "%d queued, %d skipped (%s)", second.queued().size(), second.skipped().size(),
                second.skipped().stream().map(CheckIns.Outcome::reason).distinct().toList());
        line(out, "elapsed", "%.1f s, first queued to last post%s", elapsed, timedOut ? " (TIMED OUT)" : "");
        line(out, "achieved", "%.0f posts/min first to last post (DealCoach configured %d/min, fake enforces %d/min): %.1f%% of %d",
                perMinute, settings.rate(), settings.fakeRate(), expectedRate == 0 ? 0 : 100 * perMinute / expectedRate, expectedRate);
        line(out, "429s answered", "%d (workspace %d, channel %d)", limits.workspaceRefusals() + limits.channelRefusals(),
                limits.workspaceRefusals(), limits.channelRefusals());
        line(out, "chat.postMessage", "%d calls, %d accepted", posting.requests(), posts.size());
        line(out, "other Web API calls", "%s", otherCalls.isEmpty() ? "none" : otherCalls.toString());
        line(out, "duplicates", "%d extra posts", duplicates);
        line(out, "losses", "%d reps without both posts of their nudge", losses);
        boolean ok = duplicates == 0 && losses == 0 && second.queued().isEmpty() && !timedOut && paceOk
                && first.queued().size() == settings.reps();
        out.println(ok ? "RESULT: OK (each nudge once, none lost" + (paceChecked ? ", pace within 10%" : "") + ")"
                : "RESULT: FAILED (see duplicates, losses, the second run, the pace)");
        return ok;
    }

    private static void line(PrintStream out, String label, String format, Object... args) {
        out.printf(Locale.ROOT, "  %-22s %s%n", label, String.format(Locale.ROOT, format, args));
    }
}
