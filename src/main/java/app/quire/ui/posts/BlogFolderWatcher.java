package app.quire.ui.posts;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Tells the post list that the blog changed on disk: a post written, renamed or deleted by Quire or by another
 * program (an editor, {@code git pull}, a terminal), or the site's config edited. Watches the blog folder and its
 * sub-folders (not output, asset or hidden folders; at most {@link #MAX_FOLDERS}), and calls {@code onChange}
 * on its own thread once things have been quiet for the debounce time. Beyond the folder limit, F5 still works.
 */
public final class BlogFolderWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BlogFolderWatcher.class.getName());
    static final int MAX_FOLDERS = 4000;
    private static final Set<String> SKIPPED = Set.of("_site", "public", "resources", "node_modules", "vendor",
            "assets", "static", "images", "img", "themes", "_sass", "_includes", "_layouts", "_data");
    private static final Set<String> CONFIGS = Set.of("_config.yml", "_config.yaml", "quire.yaml", "quire.yml",
            "hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "config.json");

    private final Path root;
    private final Runnable onChange;
    private final long debounceMillis;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    private BlogFolderWatcher(Path root, Runnable onChange, Duration debounce) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.onChange = onChange;
        this.debounceMillis = Math.max(10, debounce.toMillis());
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(this.root);
        this.thread = new Thread(this::run, "quire-blog-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching {@code blog}; {@code onChange} runs on the watcher's thread. */
    public static BlogFolderWatcher start(Path blog, Runnable onChange, Duration debounce) throws IOException {
        return new BlogFolderWatcher(blog, onChange, debounce);
    }

    /** Number of folders watched (tests). */
    synchronized int folderCount() {
        return folders.size();
    }

    private void registerTree(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && skipped(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                synchronized (BlogFolderWatcher.this) {
                    if (folders.size() >= MAX_FOLDERS) {
                        LOG.log(System.Logger.Level.INFO, "watching the first {0} folders of {1}; changes in the "
                                + "others show after F5", MAX_FOLDERS, root);
                        return FileVisitResult.TERMINATE;
                    }
                    folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean skipped(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return name.startsWith(".") || SKIPPED.contains(name);
    }

    /** Whether a changed name can change the post list: a post, a config file, or a folder that may hold posts. */
    static boolean relevant(Path changed, boolean folder) {
        String name = changed.getFileName() == null ? "" : changed.getFileName().toString();
        if (folder) {
            return !skipped(changed);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".md") || lower.endsWith(".markdown")
                || lower.endsWith(".mdown") || lower.endsWith(".mkd") || CONFIGS.contains(name));
    }

    private void run() {
        try {
            while (!closed) {
                WatchKey key = service.take();
                boolean changed = handle(key);
                // Debounce: keep collecting until the folder has been quiet for a while.
                WatchKey next;
                while ((next = service.poll(debounceMillis, TimeUnit.MILLISECONDS)) != null) {
                    changed |= handle(next);
                }
                if (changed && !closed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the blog folder watcher stopped", e);
        }
    }

    private boolean handle(WatchKey key) {
        Path dir;
        synchronized (this) {
            dir = folders.get(key);
        }
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                changed = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            boolean folder = Files.isDirectory(child, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            if (folder && event.kind() == StandardWatchEventKinds.ENTRY_CREATE && !skipped(child)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    LOG.log(System.Logger.Level.DEBUG, "cannot watch {0}: {1}", child, e.getMessage());
                }
            }
            // A deleted name is no longer a folder on disk: one without an extension may have been one.
            boolean deletedFolder = event.kind() == StandardWatchEventKinds.ENTRY_DELETE
                    && !child.getFileName().toString().contains(".");
            boolean folderEvent = (folder || deletedFolder) && event.kind() != StandardWatchEventKinds.ENTRY_MODIFY;
            changed |= folderEvent ? relevant(child, true) : !folder && relevant(child, false);
        }
        if (!key.reset()) {
            synchronized (this) {
                folders.remove(key);
            }
        }
        return changed;
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the blog watcher: {0}", e.getMessage());
        }
        thread.interrupt();
    }
}
