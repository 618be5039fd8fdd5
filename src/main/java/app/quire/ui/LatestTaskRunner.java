package app.quire.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs background work so that only the newest request counts: a request not yet started when a newer one
 * arrives is dropped, and a result is delivered (through {@code deliver}, normally {@code Platform::runLater})
 * unless the result of a newer request was delivered first. A result may therefore be older than the newest
 * request (typing faster than the work takes must not starve the display); consumers check that it still fits.
 * The background executor must run one job at a time.
 */
public final class LatestTaskRunner {
    private final Executor background;
    private final Executor deliver;
    private final AtomicLong generation = new AtomicLong();
    private long delivered;
    private final AtomicReference<Runnable> pending = new AtomicReference<>();

    public LatestTaskRunner(Executor background, Executor deliver) {
        this.background = background;
        this.deliver = deliver;
    }

    /** Same-thread runner for tests: work and delivery happen inside {@link #submit}. */
    public static LatestTaskRunner direct() {
        return new LatestTaskRunner(Runnable::run, Runnable::run);
    }

    public <T> void submit(Supplier<T> work, Consumer<T> onResult, Consumer<Throwable> onError) {
        long gen = generation.incrementAndGet();
        Runnable job = () -> {
            if (generation.get() != gen) {
                return;
            }
            try {
                T result = work.get();
                deliver.execute(() -> {
                    if (gen > delivered) {
                        delivered = gen;
                        onResult.accept(result);
                    }
                });
            } catch (RuntimeException | Error e) {
                deliver.execute(() -> onError.accept(e));
            }
        };
        if (pending.getAndSet(job) == null) {
            background.execute(this::drain);
        }
    }

    private void drain() {
        Runnable job = pending.getAndSet(null);
        if (job != null) {
            job.run();
        }
    }
}
