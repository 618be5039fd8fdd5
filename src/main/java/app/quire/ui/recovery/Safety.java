package app.quire.ui.recovery;

import app.quire.safety.AutosaveScheduler;
import app.quire.safety.FileWatcher;
import app.quire.safety.LocalHistory;
import app.quire.safety.PostSaver;
import app.quire.safety.QuireDirs;
import app.quire.safety.RecoveryStore;
import app.quire.safety.SessionStore;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The safety services one window uses, made from one {@link QuireDirs}: recovery store + autosave (recovery
 * only), local history, the saver, the file watcher and the session store. The autosave reads the editor text on
 * the FX thread (it waits at most 5 s, so a blocked or stopped FX thread never hangs the autosave thread).
 * The watcher's listener is set later by the window ({@link #watchWith}).
 */
public final class Safety implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Safety.class.getName());
    /** Autosave idle delay in milliseconds; tests and the kill test shorten it. */
    public static final String IDLE_PROPERTY = "quire.autosave.idleMillis";

    private final QuireDirs dirs;
    private final RecoveryStore recovery;
    private final LocalHistory history;
    private final AutosaveScheduler autosave;
    private final PostSaver saver;
    private final SessionStore session;
    private FileWatcher watcher;
    private volatile Consumer<String> onAutosaved = id -> { };

    public Safety(QuireDirs dirs, Duration idle) {
        this.dirs = dirs;
        this.recovery = new RecoveryStore(dirs.recovery());
        this.history = new LocalHistory(dirs.history());
        this.autosave = AutosaveScheduler.start(new TrackedSink(), idle,
                idle.multipliedBy(6).compareTo(AutosaveScheduler.DEFAULT_MAX) < 0 ? idle.multipliedBy(6)
                        : AutosaveScheduler.DEFAULT_MAX,
                Safety::readOnFxThread, new AutosaveScheduler.Listener() {
                    @Override
                    public void written(String docId, java.time.Instant at) {
                        onAutosaved.accept(docId);
                    }

                    @Override
                    public void failed(String docId, IOException error) {
                        LOG.log(System.Logger.Level.WARNING, "autosave failed for {0}: {1}", docId,
                                error.getMessage());
                    }
                });
        this.saver = new PostSaver(history, autosave);
        this.session = new SessionStore(dirs.sessionFile());
    }

    private record Meta(java.nio.file.Path file, String baseHash) {
    }

    private final java.util.Map<String, Meta> tracked = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Which file and base hash a document's autosaves belong to. Kept here rather than in the store, because the
     * store forgets a document on discard (after every save) while the document stays open.
     */
    public void track(String docId, java.nio.file.Path file, String baseHash) {
        tracked.put(docId, new Meta(file, baseHash));
    }

    /** Writes autosaves with the tracked file and hash (untitled when not tracked). */
    private final class TrackedSink implements AutosaveScheduler.Sink {
        @Override
        public void write(String docId, String text) throws IOException {
            Meta m = tracked.getOrDefault(docId, new Meta(null, null));
            recovery.write(docId, m.file(), m.baseHash(), text);
        }

        @Override
        public void discard(String docId) throws IOException {
            recovery.discard(docId);
        }
    }

    /** Called on the autosave thread after a document's text was written to the recovery store. */
    public void setOnAutosaved(Consumer<String> listener) {
        onAutosaved = listener == null ? id -> { } : listener;
    }

    /** From the environment (XDG dirs), with the idle delay of {@link #IDLE_PROPERTY} or the default 5 s. */
    public static Safety fromEnvironment() {
        long idle = Long.getLong(IDLE_PROPERTY, AutosaveScheduler.DEFAULT_IDLE.toMillis());
        return new Safety(QuireDirs.fromEnvironment(), Duration.ofMillis(Math.max(10, idle)));
    }

    private static String readOnFxThread(Supplier<String> snapshot) {
        if (Platform.isFxApplicationThread()) {
            return snapshot.get();
        }
        CompletableFuture<String> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(snapshot.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the editor text", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read the editor text: " + e, e);
        }
    }

    /** Starts the file watcher; the listener runs on the watcher thread. False when watching is not possible. */
    public boolean watchWith(Consumer<FileWatcher.Change> listener) {
        try {
            watcher = FileWatcher.start(listener);
            return true;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot watch files for outside changes: {0}", e.getMessage());
            return false;
        }
    }

    public QuireDirs dirs() {
        return dirs;
    }

    public RecoveryStore recovery() {
        return recovery;
    }

    public LocalHistory history() {
        return history;
    }

    public AutosaveScheduler autosave() {
        return autosave;
    }

    public PostSaver saver() {
        return saver;
    }

    public SessionStore session() {
        return session;
    }

    /** The watcher, or null before {@link #watchWith} or when watching failed. */
    public FileWatcher watcher() {
        return watcher;
    }

    @Override
    public void close() {
        autosave.close();
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the file watcher: {0}", e.getMessage());
            }
        }
    }
}
