package dev.dealcoach.core.pipeline;

import dev.dealcoach.core.conversation.Destination;
import dev.dealcoach.core.conversation.Messenger;
import dev.dealcoach.core.conversation.Outgoing;
import dev.dealcoach.core.conversation.Platform;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers what the {@link Outbox} holds. Envelopes are claimed in batches and queued per
 * recipient; each recipient's queue goes in order, one envelope at a time, on a shared pool.
 * Nothing here sleeps (a messenger may, for the later parts of one long message): a pacing slot,
 * a {@code Retry-After} or a back-off is a task scheduled for later, so one slow recipient delays
 * nobody else. Claims are touched while held, so only the envelopes of a stopped instance are
 * taken over by another.
 */
public final class DeliveryWorkers implements AutoCloseable {

    /**
     * @param abandonedAfter held this long without a touch, an envelope is taken over by another instance
     * @param maxAttempts    platform answers of "try later" before an envelope is given up as failed
     * @param maxHeld        envelopes held in memory at most; claiming pauses above it
     */
    public record Settings(int threads, int batch, Duration poll, Duration abandonedAfter, int maxAttempts, int maxHeld,
                           Duration backoff) {
        public static Settings defaults() {
            return new Settings(8, 64, Duration.ofMillis(500), Duration.ofSeconds(60), 8, 2_000, Duration.ofSeconds(1));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorkers.class);
    /** How long stopping waits for half-sent envelopes and sends in flight, once the web server has drained. */
    static final Duration FINISH_WITHIN = Duration.ofSeconds(10);

    private final Outbox outbox;
    private final Router router;
    private final Pacer pacer;
    private final Clock clock;
    private final String worker;
    private final Settings settings;
    /** Where {@link Outgoing.Write}s go, when CRM write-back is on. */
    private volatile CrmWriter crmWriter;
    private volatile Listener listener = new Listener() {
    };

    /** What the workers did, for metrics: each envelope's outcome, and each time a platform asked to wait. */
    public interface Listener {
        /** @param envelope what was delivered, queued at {@link Envelope#queuedAt} */
        default void completed(Envelope envelope, DeliveryOutcome outcome) {
        }

        /** @param rateLimited the platform answered 429 (or its like), not just "later" */
        default void retried(Platform platform, boolean rateLimited) {
        }
    }
    private final ScheduledExecutorService pool;
    private final Thread poller;
    private final Map<String, Lane> lanes = new HashMap<>();
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The claims a send is under way for: never handed back while it may still reach the platform. */
    private final Set<String> sending = ConcurrentHashMap.newKeySet();
    /** The ids of the claims in the lanes: a claim already held (its own idle entry reclaimed) is not queued twice. */
    private final Set<String> heldIds = ConcurrentHashMap.newKeySet();
    /** Claims another worker took over (this one was too slow to touch them): dropped, not sent. */
    private final Set<String> lostIds = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService toucher;
    private volatile boolean running = true;
    private boolean storeDown;

    /** One recipient's envelopes, in order; at most one step of a lane runs at a time. */
    private static final class Lane {
        final Deque<Outbox.Claim> queue = new ArrayDeque<>();
        boolean busy;
        Attempt attempt;
        /** The head envelope's first message went out and the rest did not yet; read by {@link #close} from another thread. */
        volatile boolean partlySent;
    }

    /**
     * Where the head envelope of a lane is: which message, which platforms are left to try, the tries
     * of this message (the limit) and of the whole envelope (its outcome), and the first message's id.
     */
    private static final class Attempt {
        int message;
        int tries;
        int totalTries;
        boolean paced;
        List<Messenger> candidates;
        Platform platform;
        String sentId = "";
    }

    public DeliveryWorkers(Outbox outbox, Router router, Pacer pacer, Clock clock, String worker, Settings settings) {
        this.outbox = outbox;
        this.router = router;
        this.pacer = pacer;
        this.clock = clock;
        this.worker = worker;
        this.settings = settings;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newScheduledThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.poller = new Thread(this::poll, "delivery-poller");
        this.poller.setDaemon(true);
        // Its own thread: touches must not wait behind sends, or claims would look abandoned while held.
        this.toucher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "delivery-touch");
            thread.setDaemon(true);
            return thread;
        });
    }

    public DeliveryWorkers observedBy(Listener listener) {
        this.listener = listener;
        return this;
    }

    /** CRM writes queued in the outbox go to {@code writer}; without one they are given up as unreachable. */
    public DeliveryWorkers writingTo(CrmWriter writer) {
        this.crmWriter = writer;
        return this;
    }

    public DeliveryWorkers start() {
        poller.start();
        long touchEvery = Math.max(1, settings.abandonedAfter().toMillis() / 3);
        toucher.scheduleWithFixedDelay(this::touchHeld, touchEvery, touchEvery, TimeUnit.MILLISECONDS);
        return this;
    }

    private void poll() {
        while (running) {
            try {
                if (held.get() >= settings.maxHeld()) {
                    Thread.sleep(settings.poll().toMillis());
                    continue;
                }
                for (Outbox.Claim claim : outbox.claim(worker, settings.batch(), settings.poll(), settings.abandonedAfter())) {
                    accept(claim);
                }
                if (storeDown) {
                    storeDown = false;
                    log.info("The outbox is reachable again; delivering");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!storeDown) {
                    storeDown = true;
                    log.warn("Outbox claim failed; retrying until it answers: {}", e.getMessage());
                }
                pause();
            }
        }
    }

    private void accept(Outbox.Claim claim) {
        if (!heldIds.add(claim.id())) {
            return;
        }
        held.incrementAndGet();
        String recipient = claim.envelope().recipient();
        synchronized (lanes) {
            Lane lane = lanes.computeIfAbsent(recipient, r -> new Lane());
            lane.queue.add(claim);
            if (!lane.busy) {
                lane.busy = true;
                pool.execute(() -> step(recipient, lane));
            }
        }
    }

    /** Works on the lane's head envelope until it is done or must wait; then on the next. */
    private void step(String recipient, Lane lane) {
        while (true) {
            Outbox.Claim head;
            synchronized (lanes) {
                head = lane.queue.peek();
                if (head == null) {
                    lane.busy = false;
                    lanes.remove(recipient, lane);
                    return;
                }
                if (!running && !partlySent(lane)) {
                    return;
                }
            }
            Optional<Duration> wait;
            if (lostIds.remove(head.id())) {
                log.info("Another instance took over the delivery to {}; dropped here", head.envelope().recipient());
                wait = Optional.empty();
            } else {
                inFlight.incrementAndGet();
                sending.add(head.id());
                try (org.slf4j.MDC.MDCCloseable delivery = org.slf4j.MDC.putCloseable("delivery", head.envelope().key())) {
                    wait = work(lane, head);
                } finally {
                    sending.remove(head.id());
                    inFlight.decrementAndGet();
                }
            }
            if (wait.isPresent()) {
                pool.schedule(() -> step(recipient, lane), Math.max(1, wait.get().toMillis()), TimeUnit.MILLISECONDS);
                return;
            }
            synchronized (lanes) {
                lane.queue.poll();
                lane.attempt = null;
                lane.partlySent = false;
            }
            heldIds.remove(head.id());
            lostIds.remove(head.id()); // completed here while a touch was asking about it
            held.decrementAndGet();
        }
    }

    /** Its head envelope's first message went out and the rest did not yet: stopping now would send it twice. */
    private static boolean partlySent(Lane lane) {
        return lane.partlySent;
    }

    /** Delivers what is left of the envelope; empty when it is done (completed), else how long to wait. */
    private Optional<Duration> work(Lane lane, Outbox.Claim claim) {
        Envelope envelope = claim.envelope();
        if (lane.attempt == null) {
            lane.attempt = new Attempt();
        }
        Attempt attempt = lane.attempt;
        try {
            while (attempt.message < envelope.messages().size()) {
                Outgoing out = envelope.messages().get(attempt.message);
                if (out instanceof Outgoing.Write write) {
                    WriteStep step = write(claim, attempt, write);
                    if (!step.written()) {
                        return step.lane();
                    }
                    lane.partlySent = true;
                    continue;
                }
                if (attempt.candidates == null) {
                    attempt.candidates = new ArrayList<>(candidates(envelope, out));
                }
                if (attempt.candidates.isEmpty()) {
                    complete(claim, DeliveryOutcome.Status.UNREACHABLE, attempt, null, "no platform reaches "
                            + envelope.recipient());
                    return Optional.empty();
                }
                Messenger messenger = attempt.candidates.get(0);
                if (!attempt.paced) {
                    Pacer.Slot slot = pacer.reserve(messenger.platform(), Envelope.recipient(out));
                    attempt.paced = slot.taken();
                    if (!slot.after().isZero()) {
                        return Optional.of(slot.after());
                    }
                }
                attempt.tries++;
                attempt.totalTries++;
                attempt.platform = messenger.platform();
                Messenger.Delivery delivery = out instanceof Outgoing.Update update
                        ? messenger.update(update.ref(), update.message())
                        : messenger.send(((Outgoing.Send) out).to(), out.message());
                attempt.paced = false;
                if (delivery instanceof Messenger.Delivered delivered) {
                    pacer.sent(messenger.platform());
                    attempt.sentId = attempt.sentId.isEmpty() ? delivered.ref().platformId() : attempt.sentId;
                    attempt.message++;
                    attempt.tries = 0;
                    attempt.candidates = null;
                    lane.partlySent = true;
                } else if (delivery instanceof Messenger.Unreachable unreachable) {
                    log.debug("{} does not reach {}: {}", messenger.platform().id(), envelope.recipient(), unreachable.reason());
                    attempt.candidates.remove(0);
                    if (attempt.candidates.isEmpty()) {
                        complete(claim, DeliveryOutcome.Status.UNREACHABLE, attempt, messenger.platform(), unreachable.reason());
                        return Optional.empty();
                    }
                } else if (delivery instanceof Messenger.RetryLater later) {
                    listener.retried(messenger.platform(), later.rateLimited());
                    if (later.rateLimited()) {
                        pacer.slowDown(messenger.platform());
                    }
                    if (attempt.tries >= settings.maxAttempts()) {
                        complete(claim, DeliveryOutcome.Status.FAILED, attempt, messenger.platform(), later.reason());
                        return Optional.empty();
                    }
                    log.info("{} asked to retry a delivery to {} in {} ms ({})", messenger.platform().id(), envelope.recipient(),
                            later.after().toMillis(), later.reason());
                    return Optional.of(later.after());
                } else {
                    complete(claim, DeliveryOutcome.Status.FAILED, attempt, messenger.platform(), ((Messenger.Failed) delivery).reason());
                    return Optional.empty();
                }
            }
            complete(claim, DeliveryOutcome.Status.SENT, attempt, attempt.platform, attempt.sentId);
            return Optional.empty();
        } catch (RuntimeException e) {
            // The store is unreachable, or a platform call broke in a way it did not classify: try again later.
            log.warn("Delivery of {} to {} failed: {}", envelope.key(), envelope.recipient(), e.toString());
            attempt.paced = false;
            if (attempt.tries >= settings.maxAttempts()) {
                return completeOrWait(claim, attempt, e);
            }
            return Optional.of(settings.backoff().multipliedBy(Math.min(30, 1L << Math.min(attempt.tries, 5))));
        }
    }

    /**
     * How one CRM write left the envelope: written (go on to its next message), or not, with what the
     * lane does now ({@link #work}'s answer: a wait before trying again, or empty once completed).
     */
    private record WriteStep(boolean written, Optional<Duration> lane) {
        static final WriteStep WRITTEN = new WriteStep(true, Optional.empty());

        static WriteStep notWritten(Optional<Duration> lane) {
            return new WriteStep(false, lane);
        }
    }

    private WriteStep write(Outbox.Claim claim, Attempt attempt, Outgoing.Write write) {
        CrmWriter writer = crmWriter;
        attempt.tries++;
        attempt.totalTries++;
        if (writer == null) {
            // Write-back may be on at another instance, or back on after a restart: wait a while before giving the write up.
            if (attempt.tries < settings.maxAttempts()) {
                return WriteStep.notWritten(Optional.of(settings.backoff().multipliedBy(1L << Math.min(attempt.tries, 10))));
            }
            complete(claim, DeliveryOutcome.Status.UNREACHABLE, attempt, null, "CRM write-back is off here");
            return WriteStep.notWritten(Optional.empty());
        }
        CrmWriter.Result result = writer.write(write);
        if (result instanceof CrmWriter.Written) {
            attempt.sentId = attempt.sentId.isEmpty() ? writer.name() + ":" + write.dealId() : attempt.sentId;
            attempt.message++;
            attempt.tries = 0;
            return WriteStep.WRITTEN;
        }
        if (result instanceof CrmWriter.RetryLater later && attempt.tries < settings.maxAttempts()) {
            log.info("{} asked to retry the write to deal {} in {} ms ({})", writer.name(), write.dealId(), later.after().toMillis(),
                    later.reason());
            return WriteStep.notWritten(Optional.of(later.after()));
        }
        String reason = result instanceof CrmWriter.RetryLater later ? later.reason() : ((CrmWriter.Failed) result).reason();
        complete(claim, DeliveryOutcome.Status.FAILED, attempt, null, writer.name() + ": " + reason);
        return WriteStep.notWritten(Optional.empty());
    }

    private Optional<Duration> completeOrWait(Outbox.Claim claim, Attempt attempt, RuntimeException e) {
        try {
            complete(claim, DeliveryOutcome.Status.FAILED, attempt, attempt.platform, e.getClass().getSimpleName());
            return Optional.empty();
        } catch (RuntimeException storeDown) {
            return Optional.of(settings.backoff().multipliedBy(10));
        }
    }

    /** The platforms to try for one message: the one it names, else the person's, best first. */
    private List<Messenger> candidates(Envelope envelope, Outgoing out) {
        Optional<Platform> named = out instanceof Outgoing.Update update ? Optional.of(update.ref().platform())
                : platformOf(((Outgoing.Send) out).to()).or(() -> Optional.ofNullable(envelope.via()));
        if (named.isPresent()) {
            return router.on(named.get()).map(List::of).orElse(List.of());
        }
        return router.forPerson(((Destination.DirectMessage) ((Outgoing.Send) out).to()).personId());
    }

    private static Optional<Platform> platformOf(Destination to) {
        if (to instanceof Destination.Channel channel) {
            return Optional.of(channel.platform());
        }
        if (to instanceof Destination.Thread thread) {
            return Optional.of(thread.platform());
        }
        return Optional.empty();
    }

    private void complete(Outbox.Claim claim, DeliveryOutcome.Status status, Attempt attempt, Platform platform, String detail) {
        DeliveryOutcome outcome = new DeliveryOutcome(claim.envelope().key(), status, platform, detail, attempt.totalTries, clock.instant());
        outbox.complete(claim, outcome);
        try {
            listener.completed(claim.envelope(), outcome);
        } catch (RuntimeException e) {
            log.warn("Delivery listener failed: {}", e.toString());
        }
        if (status != DeliveryOutcome.Status.SENT) {
            log.warn("Not delivered to {}: {} ({})", claim.envelope().recipient(), status, detail);
        }
    }

    private void touchHeld() {
        List<Outbox.Claim> claims;
        synchronized (lanes) {
            claims = lanes.values().stream().flatMap(lane -> lane.queue.stream()).toList();
        }
        if (!claims.isEmpty()) {
            try {
                lostIds.addAll(outbox.touch(worker, claims));
            } catch (RuntimeException e) {
                log.warn("Could not touch held deliveries: {}", e.getMessage());
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(settings.poll().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops taking envelopes; finishes the ones half sent (a nudge's question after its intro) and the
     * sends in flight, for {@link #FINISH_WITHIN} at most; hands the rest back to the outbox.
     */
    @Override
    public void close() {
        running = false;
        poller.interrupt();
        try {
            poller.join(TimeUnit.SECONDS.toMillis(2));
            long deadline = System.nanoTime() + FINISH_WITHIN.toNanos();
            while ((inFlight.get() > 0 || anyPartlySent()) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
        toucher.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        releaseUnsent();
    }

    private boolean anyPartlySent() {
        synchronized (lanes) {
            return lanes.values().stream().anyMatch(DeliveryWorkers::partlySent);
        }
    }

    /** What this instance holds and did not send goes back to the outbox for another instance to take now. */
    private void releaseUnsent() {
        List<Outbox.Claim> unsent;
        synchronized (lanes) {
            // A send still under way when the wait ran out keeps its claim: taken over only once abandoned.
            unsent = lanes.values().stream().flatMap(lane -> lane.queue.stream()).filter(claim -> !sending.contains(claim.id())).toList();
        }
        try {
            outbox.release(worker, unsent);
            if (!unsent.isEmpty()) {
                log.info("Stopping: {} envelope(s) not sent are left in the outbox for another instance", unsent.size());
            }
        } catch (RuntimeException e) {
            log.warn("Stopping: {} envelope(s) not sent stay claimed until another instance takes them over: {}", unsent.size(),
                    e.getMessage());
        }
    }
}
