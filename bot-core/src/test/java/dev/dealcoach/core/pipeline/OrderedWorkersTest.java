package dev.dealcoach.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {

    @Test
    void tasksOfOneKeyRunInTheOrderTheyCame() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch secondRan = new CountDownLatch(1);
        try (OrderedWorkers workers = new OrderedWorkers("test", 2)) {
            workers.submit("ria", () -> {
                firstStarted.countDown();
                // Out of order, the second task runs now on the free thread and lands first. In order it
                // cannot start before this one ends, so this waits out the bound.
                awaitQuietly(secondRan, Duration.ofMillis(500));
                seen.add("first");
            });
            assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
            workers.submit("ria", () -> {
                seen.add("second");
                secondRan.countDown();
            });
        }
        assertThat(seen).containsExactly("first", "second");
    }

    private static void awaitQuietly(CountDownLatch latch, Duration atMost) {
        try {
            latch.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFailingTaskDoesNotStopTheTasksAfterIt() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        try (OrderedWorkers workers = new OrderedWorkers("test", 1)) {
            workers.submit("ria", () -> {
                throw new IllegalStateException("boom");
            });
            workers.submit("ria", ran::countDown);

            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aSlowKeyDoesNotHoldUpAnotherKey() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherRan = new CountDownLatch(1);
        try (OrderedWorkers workers = new OrderedWorkers("test", 2)) {
            String slow = "a";
            String other = "b";
            workers.submit(slow, () -> {
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            workers.submit(other, otherRan::countDown);

            assertThat(otherRan.await(5, TimeUnit.SECONDS)).isTrue();
            release.countDown();
        }
    }
}
