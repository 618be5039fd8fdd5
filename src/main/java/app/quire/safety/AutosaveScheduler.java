package app.quire.safety;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Debounces autosaves: after {@link #textChanged} a document is written {@code idle} (5 s) after the last change,
 * and at the latest {@code max} (30 s) after its first unsaved change, so steady typing is saved too. Writing goes
 * to a {@link Sink} (normally {@link RecoveryStore#write(String, String)}; the post file only when the user turned
 * autosave-to-file on and the UI passes such a sink). All sink calls run on the scheduler's single thread, in order.
 */
public final class AutosaveScheduler implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(AutosaveScheduler.class.getName());
    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(5);
    public static final Duration DEFAULT_MAX = Duration.ofSeconds(30);

    /** Where autosaved text goes. */
    public interface Sink {
        void write(String docId, String text) throws IOException;

        /** The document was saved or its changes discarded: drop what was autosaved. */
        void discard(String docId) throws IOException;

        static Sink of(RecoveryStore store) {
            return new Sink() {
                @Override
                public void write(String docId, String text) throws IOException {
                    store.write(docId, text);
                }

                @Override
                public void discard(String docId) throws IOException {
                    store.discard(docId);
                }
            };
        }
    }

    /** Time and delayed execution; {@link #of(ScheduledExecutorService)} in the app, a manual one in tests. */
    public interface Timer {
        long nowMillis();

        /** Runs the task after the delay on the timer's single thread. */
        Future<?> schedule(Runnable task, long delayMillis);

        static Timer of(ScheduledExecutorService executor) {
            return new Timer() {
                @Override
                public long nowMillis() {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
                }

                @Override
                public Future<?> schedule(Runnable task, long delayMillis) {
                    return executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
                }
            };
        }
    }

    /** Told about each write (e.g. to show "autosaved"); called on the scheduler thread. */
    public interface Listener {
        default void written(String docId, Instant at) {
        }

        default void failed(String docId, IOException error) {
        }
    }

    private static final class Doc {
        Supplier<String> snapshot;
        long firstChangeAt = -1;
        long generation;
        Future<?> pending;
    }

    private final Timer timer;
    private final Sink sink;
    private final long idleMillis;
    private final long maxMillis;
    private final Function<Supplier<String>, String> snapshotReader;
    private final Listener listener;
    private final ScheduledExecutorService ownExecutor;
    private final Map<String, Doc> docs = new HashMap<>();

    /**
     * @param snapshotReader how to call a document's snapshot supplier from the scheduler thread; the UI passes one
     *     that runs it on the FX thread and waits (never call {@link #close()} from that thread while it waits)
     */
    public AutosaveScheduler(Timer timer, Sink sink, Duration idle, Duration max,
            Function<Supplier<String>, String> snapshotReader, Listener listener) {
        this(timer, sink, idle, max, snapshotReader, listener, null);
    }

    private AutosaveScheduler(Timer timer, Sink sink, Duration idle, Duration max,
            Function<Supplier<String>, String> snapshotReader, Listener listener, ScheduledExecutorService own) {
        this.timer = timer;
        this.sink = sink;
        this.idleMillis = idle.toMillis();
        this.maxMillis = max.toMillis();
        this.snapshotReader = snapshotReader;
        this.listener = listener;
        this.ownExecutor = own;
    }

    /** A scheduler on its own daemon thread with the default 5 s / 30 s timing. */
    public static AutosaveScheduler start(Sink sink, Function<Supplier<String>, String> snapshotReader,
            Listener listener) {
        return start(sink, DEFAULT_IDLE, DEFAULT_MAX, snapshotReader, listener);
    }

    public static AutosaveScheduler start(Sink sink, Duration idle, Duration max,
            Function<Supplier<String>, String> snapshotReader, Listener listener) {
        ScheduledThreadPoolExecutor ex = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "quire-autosave");
            t.setDaemon(true);
            return t;
        });
        ex.setRemoveOnCancelPolicy(true);
        return new AutosaveScheduler(Timer.of(ex), sink, idle, max, snapshotReader, listener, ex);
    }

    /** The document's text changed; {@code snapshot} returns its current text when the write happens. */
    public synchronized void textChanged(String docId, Supplier<String> snapshot) {
        Doc d = docs.computeIfAbsent(docId, k -> new Doc());
        d.snapshot = snapshot;
        d.generation++;
        long now = timer.nowMillis();
        if (d.firstChangeAt < 0) {
            d.firstChangeAt = now;
        }
        long delay = Math.max(0, Math.min(idleMillis, d.firstChangeAt + maxMillis - now));
        if (d.pending != null) {
            d.pending.cancel(false);
        }
        d.pending = timer.schedule(() -> write(docId), delay);
    }

    /** The document was saved to its file: cancel its autosave and drop its recovery entry. */
    public void saved(String docId) {
        clear(docId);
    }

    /** The user discarded the document's changes (or closed it unsaved on purpose): same as {@link #saved}. */
    public void discarded(String docId) {
        clear(docId);
    }

    /** True while a change of the document has not been autosaved yet. */
    public synchronized boolean hasPendingChange(String docId) {
        Doc d = docs.get(docId);
        return d != null && d.firstChangeAt >= 0;
    }

    /** Writes every pending document now (on the scheduler thread); completes when done. */
    public CompletableFuture<Void> flushAll() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        synchronized (this) {
            for (Map.Entry<String, Doc> e : docs.entrySet()) {
                if (e.getValue().pending != null) {
                    e.getValue().pending.cancel(false);
                    String id = e.getKey();
                    e.getValue().pending = timer.schedule(() -> write(id), 0);
                }
            }
        }
        timer.schedule(() -> done.complete(null), 0);
        return done;
    }

    private void clear(String docId) {
        synchronized (this) {
            Doc d = docs.remove(docId);
            if (d != null && d.pending != null) {
                d.pending.cancel(false);
            }
        }
        timer.schedule(() -> {
            try {
                sink.discard(docId);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not remove autosaved text of {0}: {1}", docId, e.getMessage());
            }
        }, 0);
    }

    private void write(String docId) {
        Supplier<String> snapshot;
        long generation;
        synchronized (this) {
            Doc d = docs.get(docId);
            if (d == null || d.firstChangeAt < 0) {
                return;
            }
            snapshot = d.snapshot;
            generation = d.generation;
        }
        try {
            String text = snapshotReader.apply(snapshot);
            sink.write(docId, text);
            synchronized (this) {
                Doc d = docs.get(docId);
                if (d != null && d.generation == generation) {
                    d.firstChangeAt = -1;
                    d.pending = null;
                }
            }
            listener.written(docId, Instant.now());
        } catch (IOException | RuntimeException e) {
            IOException io = e instanceof IOException ? (IOException) e : new IOException(e.toString(), e);
            LOG.log(Level.WARNING, "autosave of {0} failed, retrying: {1}", docId, io.getMessage());
            synchronized (this) {
                Doc d = docs.get(docId);
                if (d != null && d.generation == generation) {
                    d.pending = timer.schedule(() -> write(docId), idleMillis);
                }
            }
            listener.failed(docId, io);
        }
    }

    /** Stops the scheduler's own thread (if it made one); pending writes are dropped, not waited for. */
    @Override
    public void close() {
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
        }
    }
}
