package dev.dealcoach.bench;

import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.pipeline.DeliveryOutcome;
import dev.dealcoach.core.pipeline.Envelope;
import dev.dealcoach.core.pipeline.Outbox;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pushes proactive sends through DealCoach's outbox, delivery workers, pacer and Slack messenger
 * to a fake Slack (WireMock) that enforces a workspace rate, and says how fast they went, what the
 * fake refused, and whether each arrived exactly once. Settings are {@code -Dbench.*} properties
 * ({@link BenchSettings}); see bench/README.md. Exits 1 on any duplicate or loss, 2 on bad settings.
 */
public final class SlackSendBenchmark {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);

    private final BenchSettings settings;
    private final PrintStream out;
    private final Clock clock = Clock.systemUTC();

    SlackSendBenchmark(BenchSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings;
        try {
            settings = BenchSettings.from(System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        BenchReport report = new SlackSendBenchmark(settings, System.out).run();
        System.out.flush();
        System.exit(report.clean() ? 0 : 1);
    }

    BenchReport run() throws Exception {
        describe();
        RateLimitedPosting posting = new RateLimitedPosting(PostingLimits.slack(settings.fakeRate(), settings.channelBurst()),
                settings.latency(), System::nanoTime);
        try (FakeSlack slack = new FakeSlack(posting).start();
             BenchStores stores = BenchStores.open(settings, clock)) {
            out.println("  store: " + stores.location());
            stores.stores().org().save(BenchOrg.of(settings.reps()));
            BenchReport report;
            try (BenchPipeline pipeline = new BenchPipeline(stores, slack.apiUrl(), settings.rate(), clock)) {
                Instant queuedAt = clock.instant();
                long started = System.nanoTime();
                List<BenchReport.Queued> queued = queue(pipeline);
                Duration queueing = Duration.ofNanos(System.nanoTime() - started);
                Map<String, DeliveryOutcome> outcomes = new HashMap<>();
                boolean timedOut = !awaitOutcomes(pipeline.outbox(), queued, outcomes, posting, started);
                report = BenchReport.of(settings, queued, queueing, queuedAt, outcomes, timedOut, posting, slack.otherCalls());
            }
            report.print(out);
            return report;
        }
    }

    private void describe() {
        out.println("DealCoach Slack send benchmark");
        printf("  %d proactive sends (one DM each, distinct texts) to %d reps; fake Slack answers in %d ms%n",
                settings.sends(), settings.reps(), settings.latency().toMillis());
        printf("  DealCoach Slack rate (Pacer): %d/min; fake enforces %d/min per workspace (any sliding minute) and 1/s per channel"
                + " (burst %d)%n", settings.rate(), settings.fakeRate(), settings.channelBurst());
        printf("  at least %.0f s at the slower of the two rates; giving up after %d s%n",
                BenchSettings.expected(settings.sends(), Math.min(settings.rate(), settings.fakeRate())).toMillis() / 1e3,
                settings.timeout().toSeconds());
    }

    /** Queues every send through {@code Outreach.send("bench:<i>", ...)}; the outbox keys them per recipient. */
    private List<BenchReport.Queued> queue(BenchPipeline pipeline) {
        List<BenchReport.Queued> queued = new ArrayList<>(settings.sends());
        for (int i = 1; i <= settings.sends(); i++) {
            int rep = (i - 1) % settings.reps() + 1;
            String text = "Bench check-in %d of %d for %s".formatted(i, settings.sends(), BenchOrg.repId(rep));
            Outgoing send = new Outgoing.Send(Destination.dm(BenchOrg.repId(rep)), Message.text(text));
            String key = "bench:" + i;
            pipeline.outreach().send(key, List.of(send));
            queued.add(new BenchReport.Queued(key + ":" + Envelope.recipient(send), text));
        }
        return queued;
    }

    /**
     * Waits until every queued key has an outcome in the outbox, or the timeout; fills {@code outcomes}.
     * While envelopes are pending it asks only how many, so that waiting costs the store little.
     */
    private boolean awaitOutcomes(Outbox outbox, List<BenchReport.Queued> queued, Map<String, DeliveryOutcome> outcomes,
                                  RateLimitedPosting posting, long started) throws InterruptedException {
        long deadline = started + settings.timeout().toNanos();
        long nextProgress = started + PROGRESS_EVERY.toNanos();
        List<String> waiting = new ArrayList<>(queued.stream().map(BenchReport.Queued::key).toList());
        while (true) {
            long pending = outbox.pending();
            if (pending == 0 || System.nanoTime() >= deadline) {
                for (Iterator<String> keys = waiting.iterator(); keys.hasNext(); ) {
                    String key = keys.next();
                    outbox.outcome(key).ifPresent(outcome -> {
                        outcomes.put(key, outcome);
                        keys.remove();
                    });
                }
                if (waiting.isEmpty()) {
                    return true;
                }
                if (System.nanoTime() >= deadline) {
                    return false;
                }
            }
            if (System.nanoTime() >= nextProgress) {
                PostingLimits limits = posting.limits();
                printf("  %4d s: %d pending, %d posts accepted, %d refused (429)%n", (System.nanoTime() - started) / 1_000_000_000L,
                        pending, posting.posts().size(), limits.workspaceRefusals() + limits.channelRefusals());
                nextProgress += PROGRESS_EVERY.toNanos();
            }
            Thread.sleep(200);
        }
    }

    private void printf(String format, Object... args) {
        out.printf(Locale.ROOT, format, args);
    }
}
