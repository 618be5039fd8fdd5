package app.quire.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/** A virtual-time {@link AutosaveScheduler.Timer}: tasks run only when the test advances the clock. */
final class ManualTimer implements AutosaveScheduler.Timer {
    private record Task(long at, long seq, Runnable run, CompletableFuture<Void> handle) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private long now;
    private long seq;

    @Override
    public synchronized long nowMillis() {
        return now;
    }

    @Override
    public synchronized Future<?> schedule(Runnable task, long delayMillis) {
        Task t = new Task(now + delayMillis, seq++, task, new CompletableFuture<>());
        tasks.add(t);
        return t.handle;
    }

    /** Moves time forward, running due tasks in time order. */
    void advance(long millis) {
        long end;
        synchronized (this) {
            end = now + millis;
        }
        while (true) {
            Task next;
            synchronized (this) {
                tasks.removeIf(t -> t.handle.isCancelled());
                next = tasks.stream().filter(t -> t.at <= end)
                        .min(Comparator.comparingLong(Task::at).thenComparingLong(Task::seq)).orElse(null);
                if (next == null) {
                    now = end;
                    return;
                }
                tasks.remove(next);
                now = Math.max(now, next.at);
            }
            next.run.run();
            next.handle.complete(null);
        }
    }
}
