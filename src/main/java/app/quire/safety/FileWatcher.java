package app.quire.safety;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Watches the folders of open posts (one {@link WatchService} registration per folder) and reports, per post,
 * that it was modified, deleted or moved by another program. Events are debounced (reported once things have been
 * quiet for the debounce time). Quire's own saves are not reported: a post whose content hash equals its known
 * hash ({@code PostFile::contentHash}, asked at report time) did not change. A deleted post whose bytes appear
 * under a new name in a watched folder is reported as moved. The listener runs on the watcher's thread.
 */
public final class FileWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FileWatcher.class.getName());
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(300);
    private static final String GONE = "<gone>";

    public enum Kind {
        MODIFIED,
        /** Same bytes, but the post became read-only or writable (decision 0186). */
        ACCESS,
        DELETED,
        MOVED
    }

    /** A post changed on disk; {@code movedTo} is set for {@link Kind#MOVED}. */
    public record Change(Path file, Kind kind, Optional<Path> movedTo) {
    }

    private static final class Watched {
        final Supplier<String> knownHash;
        final java.util.function.BooleanSupplier knownReadOnly;
        String lastReported;

        Watched(Supplier<String> knownHash, java.util.function.BooleanSupplier knownReadOnly) {
            this.knownHash = knownHash;
            this.knownReadOnly = knownReadOnly;
        }
    }

    private final WatchService service;
    private final Consumer<Change> listener;
    private final long debounceMillis;
    private final Map<Path, Watched> files = new HashMap<>();
    private final Map<Path, WatchKey> dirs = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    public FileWatcher(Consumer<Change> listener, Duration debounce) throws IOException {
        this.service = java.nio.file.FileSystems.getDefault().newWatchService();
        this.listener = listener;
        this.debounceMillis = Math.max(10, debounce.toMillis());
        this.thread = new Thread(this::run, "quire-file-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    public static FileWatcher start(Consumer<Change> listener) throws IOException {
        return new FileWatcher(listener, DEFAULT_DEBOUNCE);
    }

    /** Watches a post; {@code knownHash} returns the SHA-256 hex of the bytes Quire last read or wrote there. */
    public void watch(Path file, Supplier<String> knownHash) throws IOException {
        watch(file, knownHash, null);
    }

    /**
     * As {@link #watch(Path, Supplier)}; also reports {@link Kind#ACCESS} when the post's bytes are unchanged but
     * whether it is read-only ({@link app.quire.post.PostFile#isReadOnly}) differs from {@code knownReadOnly}.
     */
    public synchronized void watch(Path file, Supplier<String> knownHash,
            java.util.function.BooleanSupplier knownReadOnly) throws IOException {
        Path f = file.toAbsolutePath().normalize();
        Path dir = f.getParent();
        if (!dirs.containsKey(dir)) {
            dirs.put(dir, dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY));
        }
        files.put(f, new Watched(knownHash, knownReadOnly));
    }

    /** Stops watching a post (and its folder when no other watched post is in it). */
    public synchronized void unwatch(Path file) {
        Path f = file.toAbsolutePath().normalize();
        files.remove(f);
        Path dir = f.getParent();
        if (files.keySet().stream().noneMatch(p -> p.getParent().equals(dir))) {
            WatchKey key = dirs.remove(dir);
            if (key != null) {
                key.cancel();
            }
        }
    }

    private void run() {
        Set<Path> touched = new HashSet<>();
        Set<Path> overflowDirs = new HashSet<>();
        long firstPending = -1;
        while (!closed) {
            WatchKey key;
            try {
                key = service.poll(debounceMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            long now = System.nanoTime();
            if (key != null) {
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> ev : key.pollEvents()) {
                    if (ev.kind() == StandardWatchEventKinds.OVERFLOW) {
                        overflowDirs.add(dir);
                    } else {
                        touched.add(dir.resolve((Path) ev.context()));
                    }
                }
                key.reset();
                if (firstPending < 0) {
                    firstPending = now;
                }
                // keep collecting while events arrive, but report at least every 10 debounce periods
                if (now - firstPending < TimeUnit.MILLISECONDS.toNanos(debounceMillis * 10)) {
                    continue;
                }
            }
            if (firstPending >= 0) {
                try {
                    flush(touched, overflowDirs);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "file watcher could not report changes: {0}", e.toString());
                }
                touched.clear();
                overflowDirs.clear();
                firstPending = -1;
            }
        }
    }

    private void flush(Set<Path> touched, Set<Path> overflowDirs) {
        Map<Path, Watched> snapshot;
        synchronized (this) {
            snapshot = new HashMap<>(files);
        }
        for (Map.Entry<Path, Watched> e : snapshot.entrySet()) {
            Path f = e.getKey();
            if (!touched.contains(f) && !overflowDirs.contains(f.getParent())) {
                continue;
            }
            Watched w = e.getValue();
            String known = w.knownHash.get();
            if (Files.exists(f)) {
                String hash = hashOf(f);
                if (hash == null || hash.equals(known)) {
                    w.lastReported = null;
                    if (hash != null && w.knownReadOnly != null
                            && w.knownReadOnly.getAsBoolean() != app.quire.post.PostFile.isReadOnly(f)) {
                        listener.accept(new Change(f, Kind.ACCESS, Optional.empty()));
                    }
                } else if (!hash.equals(w.lastReported)) {
                    w.lastReported = hash;
                    listener.accept(new Change(f, Kind.MODIFIED, Optional.empty()));
                }
            } else if (!GONE.equals(w.lastReported)) {
                w.lastReported = GONE;
                Optional<Path> to = touched.stream()
                        .filter(p -> !snapshot.containsKey(p) && !p.getFileName().toString().endsWith(".quire-tmp")
                                && Files.isRegularFile(p))
                        .filter(p -> known != null && known.equals(hashOf(p))).findFirst();
                listener.accept(new Change(f, to.isPresent() ? Kind.MOVED : Kind.DELETED, to));
            }
        }
    }

    private static String hashOf(Path p) {
        try {
            return SafeFiles.sha256(Files.readAllBytes(p));
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "cannot read {0} to compare: {1}", p, e.getMessage());
            return null;
        }
    }

    /** The posts being watched (absolute, normalised). */
    public synchronized List<Path> watched() {
        return List.copyOf(files.keySet());
    }

    @Override
    public void close() throws IOException {
        closed = true;
        service.close();
        thread.interrupt();
    }
}
