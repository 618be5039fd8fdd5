package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The save lane without a window: one write at a time, in order, results handed to the "FX" executor. */
class SaveLaneTest {
    @Test
    void writesRunOneAtATimeInTheOrderTheyWereHandedIn() throws Exception {
        List<String> delivered = Collections.synchronizedList(new ArrayList<>());
        SaveLane lane = new SaveLane(r -> {
            delivered.add(Thread.currentThread().getName());
            r.run();
        });
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i;
            all.add(lane.submit(() -> {
                if (running.incrementAndGet() > 1) {
                    overlaps.incrementAndGet();
                }
                order.add(n);
                Thread.yield();
                running.decrementAndGet();
                return n;
            }));
        }
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).get(30, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThat(overlaps).hasValue(0);
        assertThat(order).hasSize(200).isSorted();
        assertThat(delivered).hasSize(200).allMatch(name -> name.equals("quire-save"));
    }

    @Test
    void aFailedWriteCompletesWithItsExceptionAndTheLaneGoesOn() throws Exception {
        SaveLane lane = new SaveLane(Runnable::run);
        CompletableFuture<String> failed = lane.submit(() -> {
            throw new IOException("disk full");
        });
        CompletableFuture<String> next = lane.submit(() -> "written");
        assertThatThrownBy(() -> failed.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(next.get(30, TimeUnit.SECONDS)).isEqualTo("written");
    }

    @Test
    void theLaneThreadIsADaemonAndAHookRunsAroundEachWrite() throws Exception {
        SaveLane lane = new SaveLane(Runnable::run);
        CountDownLatch release = new CountDownLatch(1);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        lane.setHook(new SaveLane.Hook() {
            @Override
            public void beforeWrite() throws Exception {
                seen.add("before");
                assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
            }

            @Override
            public void afterWrite() {
                seen.add("after");
            }
        });
        CompletableFuture<Boolean> daemon = lane.submit(() -> {
            seen.add("write");
            return Thread.currentThread().isDaemon();
        });
        assertThat(daemon).isNotDone();
        release.countDown();
        assertThat(daemon.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("before", "write", "after");
    }
}
