package dev.dealcoach.core.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs adapter work off the request thread, one task at a time per key (a person in a place): two
 * quick answers from one person are handled in the order they came, while other people go on in
 * parallel.
 */
public final class OrderedWorkers implements AutoCloseable {

    private final List<ExecutorService> lanes = new ArrayList<>();

    public OrderedWorkers(String name, int lanes) {
        for (int i = 0; i < lanes; i++) {
            String threadName = name + "-" + i;
            this.lanes.add(Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, threadName);
                thread.setDaemon(true);
                return thread;
            }));
        }
    }

    public void submit(String key, Runnable task) {
        lanes.get(Math.floorMod(key.hashCode(), lanes.size())).execute(task);
    }

    /** Lets queued work finish for up to five seconds. */
    @Override
    public void close() {
        lanes.forEach(ExecutorService::shutdown);
        try {
            for (ExecutorService lane : lanes) {
                lane.awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
