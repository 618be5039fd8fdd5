package app.quire.ui.posts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;

/**
 * Keeps one {@link BlogFolderWatcher} on the blog folder the post list shows, so that a post saved, added,
 * renamed or deleted by Quire or by another program shows up without F5; reloads are throttled
 * ({@link RefreshThrottle}). The watcher is started off the FX thread (it walks the folder tree); {@link #follow}
 * and {@link #close} are for the FX thread.
 */
public final class PostListWatch {
    private static final System.Logger LOG = System.getLogger(PostListWatch.class.getName());
    static final Duration QUIET = Duration.ofMillis(400);

    private final Executor background;
    private final RefreshThrottle throttle;
    private Path folder;
    private BlogFolderWatcher watcher;

    /** @param lastLoadNanos how long the list's last reload took ({@link SidebarModel#lastLoadNanos}) */
    public PostListWatch(Executor background, Runnable refresh, LongSupplier lastLoadNanos) {
        this.background = background;
        this.throttle = new RefreshThrottle(refresh, lastLoadNanos, (delay, action) -> {
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
            pause.setOnFinished(e -> action.run());
            pause.play();
        });
    }

    /** Watches {@code blog} from now on (null: nothing), dropping the previous folder's watcher. */
    public void follow(Path blog) {
        if (Objects.equals(blog, folder)) {
            return;
        }
        close();
        folder = blog;
        if (blog == null) {
            return;
        }
        try {
            background.execute(() -> start(blog));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "not watching {0}: the app is closing", blog);
        }
    }

    /** Starts the watcher (background thread) and hands it to the FX thread. */
    private void start(Path blog) {
        BlogFolderWatcher started;
        try {
            started = BlogFolderWatcher.start(blog, () -> Platform.runLater(() -> {
                if (blog.equals(folder)) {
                    throttle.changed();
                }
            }), QUIET);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Changes in " + blog + " will show after F5: " + e.getMessage());
            return;
        }
        Platform.runLater(() -> {
            if (blog.equals(folder) && watcher == null) {
                watcher = started;
            } else {
                started.close();
            }
        });
    }

    /** Stops watching. */
    public void close() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
        folder = null;
    }
}
