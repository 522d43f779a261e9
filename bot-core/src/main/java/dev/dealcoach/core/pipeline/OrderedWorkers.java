package dev.dealcoach.core.pipeline;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs adapter work off the request thread, one task at a time per key (a person): two quick answers
 * from one person are handled in the order they came. Each key waits only for its own earlier
 * tasks, so one person's slow call (a platform asking to retry later) holds up nobody else while a
 * thread is free.
 */
public final class OrderedWorkers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OrderedWorkers.class);

    private final ExecutorService threads;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public OrderedWorkers(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public void submit(String key, Runnable task) {
        CompletableFuture<Void> next = tails.compute(key, (k, tail) ->
                (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail).thenRunAsync(() -> run(task), threads));
        // Outside compute: a task that already finished would otherwise clean up from inside the map's own update.
        next.whenComplete((done, error) -> tails.remove(key, next));
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("Adapter work failed", e);
        }
    }

    /** Lets queued work finish for up to five seconds. */
    @Override
    public void close() {
        tails.values().forEach(tail -> {
            try {
                tail.get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // shutting down: what did not finish in time is dropped
            }
        });
        threads.shutdown();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
