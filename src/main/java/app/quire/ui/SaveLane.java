package app.quire.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one background lane for saves (docs/decisions/0173): a single daemon thread, "quire-save", runs the disk
 * work of every save one at a time, in the order it was handed in, so writes never overlap or change order. Each
 * result is handed back through {@code fx} ({@code Platform::runLater} in the app), so the futures returned by
 * {@link #submit} complete on the FX thread. The thread ends after a while without saves and comes back with the
 * next one.
 */
final class SaveLane {
    private static final System.Logger LOG = System.getLogger(SaveLane.class.getName());

    /** Test seam: runs on the lane thread around each write (a slow or blocked disk). */
    interface Hook {
        Hook NONE = new Hook() {
        };

        default void beforeWrite() throws Exception {
        }

        default void afterWrite() throws Exception {
        }
    }

    private final ThreadPoolExecutor executor;
    private final Executor fx;
    private volatile Hook hook = Hook.NONE;

    SaveLane(Executor fx) {
        this.fx = fx;
        this.executor = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "quire-save");
            t.setDaemon(true);
            return t;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code write} on the lane after every write handed in before it. The future completes through the FX
     * executor with the write's result or its exception (an {@link java.io.IOException} as it was thrown).
     */
    <T> CompletableFuture<T> submit(Callable<T> write) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            T value = null;
            Throwable error = null;
            try {
                hook.beforeWrite();
                value = write.call();
                hook.afterWrite();
            } catch (Exception | Error e) {
                error = e;
            }
            T v = value;
            Throwable err = error;
            fx.execute(() -> {
                if (err == null) {
                    result.complete(v);
                } else {
                    result.completeExceptionally(err);
                }
            });
        });
        return result;
    }

    /** Package-private test seam (never set in the app). */
    void setHook(Hook h) {
        hook = h == null ? Hook.NONE : h;
        LOG.log(System.Logger.Level.DEBUG, "save lane hook set: {0}", hook);
    }
}
