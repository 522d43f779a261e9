package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.backend.Stores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Message;
import dev.dealcoach.core.conversation.MessageRef;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Platform;
import dev.dealcoach.core.conversation.SampleMessages;
import dev.dealcoach.core.pipeline.Outbox.Claim;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link Outbox} must do. Subclasses supply fresh, empty stores, the same outbox as a
 * second app instance sees it, and a way to let time pass (a test clock for memory, real waiting
 * for Redis's own idle times).
 */
public abstract class OutboxContract {

    /** Short enough to wait out with a real server, long enough not to lapse while a test step runs. */
    protected static final Duration ABANDONED_AFTER = Duration.ofMillis(1_500);
    /** Comfortably less than {@link #ABANDONED_AFTER}, even on a busy machine. */
    protected static final Duration A_WHILE = Duration.ofMillis(250);
    protected static final Duration NO_WAIT = Duration.ZERO;
    protected static final Instant QUEUED_AT = Instant.parse("2026-12-01T09:00:00Z");

    protected Stores stores;
    protected Outbox outbox;

    protected abstract Stores createEmptyStores();

    /** The outbox of {@link #stores} as another app instance reaches it; memory has only the one. */
    protected Outbox outboxOfAnotherInstance() {
        return outbox;
    }

    /** Lets at least {@code duration} pass as the outbox sees time. */
    protected abstract void letTimePass(Duration duration) throws InterruptedException;

    @BeforeEach
    void openStores() {
        stores = createEmptyStores();
        outbox = stores.outbox();
    }

    @AfterEach
    void closeStores() throws Exception {
        stores.close();
    }

    protected static Envelope envelope(String key) {
        return new Envelope(key, List.of(new Outgoing.Send(Destination.dm("ria"), Message.text("about " + key))), null, QUEUED_AT);
    }

    protected static DeliveryOutcome sent(String key, String messageId) {
        return new DeliveryOutcome(key, DeliveryOutcome.Status.SENT, Platform.SLACK, messageId, 1, QUEUED_AT.plusSeconds(1));
    }

    private static List<String> keys(List<Claim> claims) {
        return claims.stream().map(claim -> claim.envelope().key()).toList();
    }

    @Test
    void aKeyQueuedTwiceIsQueuedOnce() {
        Envelope first = envelope("checkin:daily-activity:ria:2026-12-01:0");
        Envelope again = new Envelope(first.key(), List.of(new Outgoing.Send(Destination.dm("ria"), Message.text("again"))), Platform.TEAMS,
                QUEUED_AT.plusSeconds(60));

        assertThat(outbox.enqueue(first)).isTrue();
        assertThat(outbox.enqueue(again)).isFalse();
        assertThat(outboxOfAnotherInstance().enqueue(again)).isFalse();
        assertThat(outbox.enqueue(envelope("checkin:daily-activity:ria:2026-12-02:0"))).isTrue();

        assertThat(outbox.pending()).isEqualTo(2);
        assertThat(outbox.claim("worker-a", 10, NO_WAIT, ABANDONED_AFTER)).extracting(Claim::envelope)
                .containsExactly(first, envelope("checkin:daily-activity:ria:2026-12-02:0"));
    }

    @Test
    void concurrentQueuingOfOneKeyFromTwoInstancesQueuesItOnce() throws Exception {
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Outbox instance = i % 2 == 0 ? outbox : outboxOfAnotherInstance();
                Envelope envelope = new Envelope("reply:slack:Ev123:0",
                        List.of(new Outgoing.Send(Destination.dm("ria"), Message.text("reply " + i))), null, QUEUED_AT);
                Callable<Boolean> enqueue = () -> {
                    start.await();
                    return instance.enqueue(envelope);
                };
                results.add(pool.submit(enqueue));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
            assertThat(outbox.pending()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void releasedClaimsAreTakenByAnotherWorkerAtOnceAndOnlyThose() {
        outbox.enqueue(envelope("a"));
        outbox.enqueue(envelope("b"));
        List<Claim> held = outbox.claim("stopping", 10, NO_WAIT, ABANDONED_AFTER);
        assertThat(held).hasSize(2);

        outbox.release("stopping", List.of(held.get(0)));
        outbox.release("someone-else", List.of(held.get(1)));

        List<Claim> taken = outboxOfAnotherInstance().claim("next", 10, NO_WAIT, ABANDONED_AFTER);
        assertThat(taken).extracting(claim -> claim.envelope().key()).containsExactly("a");
        assertThat(outbox.touch("stopping", held)).containsExactly(held.get(0).id());
    }

    @Test
    void theOldestWaitingIsKnownUntilEveryEnvelopeIsCompleted() {
        assertThat(outbox.oldestQueuedAt()).isEmpty();
        outbox.enqueue(envelope("a"));
        outbox.enqueue(envelope("b"));

        assertThat(outbox.oldestQueuedAt()).hasValueSatisfying(at -> assertThat(at).isBeforeOrEqualTo(java.time.Instant.now()));
        List<Outbox.Claim> claims = outbox.claim("w1", 10, java.time.Duration.ZERO, java.time.Duration.ofMinutes(1));
        assertThat(outbox.oldestQueuedAt()).as("claimed is not yet delivered").isPresent();
        claims.forEach(claim -> outbox.complete(claim, sent(claim.envelope().key(), "1")));
        assertThat(outbox.oldestQueuedAt()).isEmpty();
    }

    @Test
    void claimsComeOldestFirstAsNewDeliveries() {
        outbox.enqueue(envelope("a"));
        outbox.enqueue(envelope("b"));
        outbox.enqueue(envelope("c"));

        List<Claim> first = outbox.claim("worker-a", 2, NO_WAIT, ABANDONED_AFTER);
        List<Claim> rest = outbox.claim("worker-a", 2, NO_WAIT, ABANDONED_AFTER);

        assertThat(keys(first)).containsExactly("a", "b");
        assertThat(keys(rest)).containsExactly("c");
        assertThat(first).extracting(Claim::deliveries).containsOnly(1);
        assertThat(first).extracting(Claim::id).doesNotHaveDuplicates();
        assertThat(outbox.claim("worker-a", 2, NO_WAIT, ABANDONED_AFTER)).isEmpty();
    }

    @Test
    void eachEnvelopeGoesToExactlyOneOfTwoWorkers() throws Exception {
        List<String> queued = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            queued.add("nudge:" + i);
            outbox.enqueue(envelope("nudge:" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<List<String>> a = pool.submit(() -> claimUntilEmpty(outbox, "worker-a", start));
            Future<List<String>> b = pool.submit(() -> claimUntilEmpty(outboxOfAnotherInstance(), "worker-b", start));
            start.countDown();
            List<String> all = new ArrayList<>(a.get(30, TimeUnit.SECONDS));
            all.addAll(b.get(30, TimeUnit.SECONDS));

            assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(queued);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> claimUntilEmpty(Outbox outbox, String worker, CountDownLatch start) throws InterruptedException {
        start.await();
        List<String> keys = new ArrayList<>();
        List<Claim> claims;
        do {
            claims = outbox.claim(worker, 3, NO_WAIT, ABANDONED_AFTER);
            keys.addAll(keys(claims));
        } while (!claims.isEmpty());
        return keys;
    }

    @Test
    void anEnvelopeNotCompletedIsTakenOverOnceAbandoned() throws InterruptedException {
        outbox.enqueue(envelope("digest:mo:2026-W49"));
        Claim first = outbox.claim("worker-a", 5, NO_WAIT, ABANDONED_AFTER).get(0);

        assertThat(outboxOfAnotherInstance().claim("worker-b", 5, NO_WAIT, ABANDONED_AFTER)).isEmpty();
        letTimePass(ABANDONED_AFTER.plusMillis(100));
        List<Claim> takenOver = outboxOfAnotherInstance().claim("worker-b", 5, NO_WAIT, ABANDONED_AFTER);

        assertThat(takenOver).hasSize(1);
        assertThat(takenOver.get(0).id()).isEqualTo(first.id());
        assertThat(takenOver.get(0).envelope()).isEqualTo(first.envelope());
        assertThat(takenOver.get(0).deliveries()).isEqualTo(2);
        assertThat(outbox.pending()).isEqualTo(1);

        letTimePass(ABANDONED_AFTER.plusMillis(100));
        assertThat(outbox.claim("worker-a", 5, NO_WAIT, ABANDONED_AFTER)).extracting(Claim::deliveries).containsExactly(3);
    }

    @Test
    void abandonedEnvelopesComeBeforeNewOnes() throws InterruptedException {
        outbox.enqueue(envelope("old"));
        outbox.claim("worker-a", 5, NO_WAIT, ABANDONED_AFTER);
        outbox.enqueue(envelope("new"));
        letTimePass(ABANDONED_AFTER.plusMillis(100));

        List<Claim> claims = outbox.claim("worker-b", 1, NO_WAIT, ABANDONED_AFTER);

        assertThat(keys(claims)).containsExactly("old");
        assertThat(keys(outbox.claim("worker-b", 5, NO_WAIT, ABANDONED_AFTER))).containsExactly("new");
    }

    @Test
    void touchingKeepsAnEnvelopeFromBeingTakenOver() throws InterruptedException {
        outbox.enqueue(envelope("alert:slip:D-1"));
        List<Claim> held = outbox.claim("worker-a", 5, NO_WAIT, ABANDONED_AFTER);

        letTimePass(A_WHILE);
        assertThat(outbox.touch("worker-a", held)).as("still held, nothing lost").isEmpty();
        letTimePass(A_WHILE);
        assertThat(outboxOfAnotherInstance().claim("worker-b", 5, NO_WAIT, ABANDONED_AFTER)).isEmpty();

        letTimePass(ABANDONED_AFTER.plusMillis(100));
        assertThat(outboxOfAnotherInstance().claim("worker-b", 5, NO_WAIT, ABANDONED_AFTER))
                .extracting(Claim::deliveries).containsExactly(2);
    }

    @Test
    void aWorkerThatLostAnEnvelopeCannotKeepItFromBeingTakenOverAgain() throws InterruptedException {
        outbox.enqueue(envelope("alert:slip:D-2"));
        List<Claim> stale = outbox.claim("worker-a", 5, NO_WAIT, ABANDONED_AFTER);
        letTimePass(ABANDONED_AFTER.plusMillis(100));
        List<Claim> current = outboxOfAnotherInstance().claim("worker-b", 5, NO_WAIT, ABANDONED_AFTER);

        for (long waited = 0; waited <= ABANDONED_AFTER.toMillis(); waited += A_WHILE.toMillis()) {
            outbox.touch("worker-a", stale);
            letTimePass(A_WHILE);
        }

        assertThat(current).extracting(Claim::deliveries).containsExactly(2);
        assertThat(outbox.claim("worker-c", 5, NO_WAIT, ABANDONED_AFTER)).extracting(Claim::deliveries).containsExactly(3);
    }

    @Test
    void theWorkerThatTookAnEnvelopeOverKeepsItByTouching() throws InterruptedException {
        outbox.enqueue(envelope("alert:slip:D-3"));
        List<Claim> stale = outbox.claim("worker-a", 5, NO_WAIT, ABANDONED_AFTER);
        letTimePass(ABANDONED_AFTER.plusMillis(100));
        List<Claim> current = outboxOfAnotherInstance().claim("worker-b", 5, NO_WAIT, ABANDONED_AFTER);

        assertThat(outbox.touch("worker-a", stale)).as("the first worker learns it lost the envelope")
                .containsExactly(stale.get(0).id());
        letTimePass(A_WHILE);
        assertThat(outboxOfAnotherInstance().touch("worker-b", current)).isEmpty();
        letTimePass(A_WHILE);

        assertThat(outbox.claim("worker-c", 5, NO_WAIT, ABANDONED_AFTER)).isEmpty();
    }

    @Test
    void touchingNothingOrSomethingCompletedChangesNothing() {
        outbox.enqueue(envelope("k"));
        List<Claim> held = outbox.claim("worker-a", 5, NO_WAIT, ABANDONED_AFTER);
        outbox.complete(held.get(0), sent("k", "1700000000.000100"));

        assertThat(outbox.touch("worker-a", List.of())).isEmpty();
        assertThat(outbox.touch("worker-a", held)).as("completed: no longer held").containsExactly(held.get(0).id());

        assertThat(outbox.pending()).isZero();
        assertThat(outbox.claim("worker-a", 5, NO_WAIT, ABANDONED_AFTER)).isEmpty();
    }

    @Test
    void completingRemovesTheEnvelopeAndKeepsItsOutcome() throws InterruptedException {
        outbox.enqueue(envelope("reply:teams:a1:0"));
        outbox.enqueue(envelope("reply:teams:a2:0"));
        Claim claim = outbox.claim("worker-a", 1, NO_WAIT, ABANDONED_AFTER).get(0);
        DeliveryOutcome outcome = new DeliveryOutcome("reply:teams:a1:0", DeliveryOutcome.Status.SENT, Platform.TEAMS, "1:abc", 2,
                QUEUED_AT.plusSeconds(3));

        outbox.complete(claim, outcome);

        assertThat(outbox.pending()).isEqualTo(1);
        assertThat(outbox.outcome("reply:teams:a1:0")).contains(outcome);
        assertThat(outboxOfAnotherInstance().outcome("reply:teams:a1:0")).contains(outcome);
        assertThat(outbox.outcome("reply:teams:a2:0")).isEmpty();
        assertThat(outbox.enqueue(envelope("reply:teams:a1:0"))).isFalse();
        letTimePass(ABANDONED_AFTER.plusMillis(100));
        assertThat(keys(outbox.claim("worker-b", 5, NO_WAIT, ABANDONED_AFTER))).containsExactly("reply:teams:a2:0");
    }

    @Test
    void anOutcomeWithoutAPlatformIsKept() {
        outbox.enqueue(envelope("checkin:ria:2026-12-01"));
        Claim claim = outbox.claim("worker-a", 1, NO_WAIT, ABANDONED_AFTER).get(0);
        DeliveryOutcome unreachable = new DeliveryOutcome("checkin:ria:2026-12-01", DeliveryOutcome.Status.UNREACHABLE, null,
                "no platform reaches ria", 0, QUEUED_AT.plusSeconds(1));

        outbox.complete(claim, unreachable);

        assertThat(outbox.outcome("checkin:ria:2026-12-01")).contains(unreachable);
    }

    @Test
    void aLateCompletionByAWorkerThatLostTheEnvelopeKeepsTheFirstOutcome() throws InterruptedException {
        outbox.enqueue(envelope("k"));
        Claim stale = outbox.claim("worker-a", 1, NO_WAIT, ABANDONED_AFTER).get(0);
        letTimePass(ABANDONED_AFTER.plusMillis(100));
        Claim current = outboxOfAnotherInstance().claim("worker-b", 1, NO_WAIT, ABANDONED_AFTER).get(0);

        outboxOfAnotherInstance().complete(current, sent("k", "first"));
        outbox.complete(stale, new DeliveryOutcome("k", DeliveryOutcome.Status.FAILED, Platform.SLACK, "timed out", 1,
                QUEUED_AT.plusSeconds(9)));

        assertThat(outbox.outcome("k")).contains(sent("k", "first"));
        assertThat(outbox.pending()).isZero();
    }

    @Test
    void anOutcomeMustBeForTheClaimedEnvelope() {
        outbox.enqueue(envelope("k"));
        Claim claim = outbox.claim("worker-a", 1, NO_WAIT, ABANDONED_AFTER).get(0);

        assertThatThrownBy(() -> outbox.complete(claim, sent("other", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(outbox.pending()).isEqualTo(1);
    }

    @Test
    void envelopesComeBackIntact() {
        List<Envelope> envelopes = List.of(
                new Envelope("review:ria:D-1:0", List.of(new Outgoing.Send(Destination.dm("ria"), SampleMessages.everyBlock())), null,
                        Instant.parse("2026-12-01T09:00:00.123456789Z")),
                new Envelope("alert:C024BE91L:D-1", List.of(new Outgoing.Send(new Destination.Channel(Platform.SLACK, "C024BE91L"),
                        Message.text("*Acme* may slip"))), Platform.SLACK, QUEUED_AT),
                new Envelope("update:teams:1:abc", List.of(new Outgoing.Update(new MessageRef(Platform.TEAMS,
                        new Destination.Thread(Platform.TEAMS, "19:abc@thread.tacv2", "1700000000000"), "1:abc"),
                        SampleMessages.everyBlock())), Platform.TEAMS, QUEUED_AT.plusMillis(1)),
                new Envelope("reply:playground:7:0", List.of(new Outgoing.Send(Destination.dm("mo"), Message.text("hi"))), Platform.PLAYGROUND,
                        QUEUED_AT.plusMillis(2)));
        envelopes.forEach(outbox::enqueue);

        List<Claim> claims = outboxOfAnotherInstance().claim("worker-b", 10, NO_WAIT, ABANDONED_AFTER);

        assertThat(claims).extracting(Claim::envelope).containsExactlyElementsOf(envelopes);
    }

    @Test
    void pendingCountsQueuedAndClaimedEnvelopesUntilCompleted() {
        assertThat(outbox.pending()).isZero();
        outbox.enqueue(envelope("a"));
        outbox.enqueue(envelope("b"));
        outbox.enqueue(envelope("c"));

        List<Claim> claims = outbox.claim("worker-a", 2, NO_WAIT, ABANDONED_AFTER);
        assertThat(outbox.pending()).isEqualTo(3);

        outbox.complete(claims.get(0), sent("a", "1"));
        assertThat(outbox.pending()).isEqualTo(2);
        assertThat(outboxOfAnotherInstance().pending()).isEqualTo(2);
    }

    @Test
    @Timeout(30)
    void aClaimWithNothingQueuedReturnsEmptyAfterItsWait() {
        assertThat(outbox.claim("worker-a", 5, Duration.ofMillis(300), ABANDONED_AFTER)).isEmpty();
        assertThat(outbox.claim("worker-a", 5, Duration.ofMillis(1500), ABANDONED_AFTER)).isEmpty();
    }

    @Test
    void aWaitingClaimTakesAnEnvelopeQueuedMeanwhile() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<List<Claim>> waiting = pool.submit(() -> outbox.claim("worker-a", 5, Duration.ofSeconds(10), ABANDONED_AFTER));
            Thread.sleep(200);

            outboxOfAnotherInstance().enqueue(envelope("reply:slack:Ev9:0"));

            assertThat(keys(waiting.get(20, TimeUnit.SECONDS))).containsExactly("reply:slack:Ev9:0");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClaimIsForAtLeastOneEnvelope() {
        assertThatThrownBy(() -> outbox.claim("worker-a", 0, NO_WAIT, ABANDONED_AFTER)).isInstanceOf(IllegalArgumentException.class);
    }
}
