package dev.dealcoach.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {

    @Test
    void tasksOfOneKeyRunInTheOrderTheyCame() throws Exception {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        try (OrderedWorkers workers = new OrderedWorkers("test", 4)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                workers.submit("ria:dm", () -> {
                    if (n % 10 == 0) {
                        Thread.onSpinWait();
                    }
                    seen.add(n);
                });
            }
        }
        assertThat(seen).hasSize(200).isSorted();
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
