package app.quire.site;

import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest reading of each blog's posts (drafts and future posts included), shared by the app's post list and
 * the preview's {@code post_url} and {@code link}, so that a blog is read once and not twice at the same time.
 * The post list reads the blog when it opens and after every change in the folder; the preview takes that
 * reading, waits for one in progress, or reads the blog itself when there is none. Readings are held softly
 * (a blog closed long ago does not keep its posts in memory).
 */
public final class SharedPostIndex {
    private static final System.Logger LOG = System.getLogger(SharedPostIndex.class.getName());
    private static final Map<Path, Slot> SLOTS = new ConcurrentHashMap<>();

    /** A reading, when it started ({@link System#nanoTime()}) and how long it took. */
    public record Reading(PostIndex index, long readAt, long tookNanos) {
    }

    private static final class Slot {
        private SoftReference<Reading> latest = new SoftReference<>(null);
        private int inProgress;
        private int started;
    }

    private SharedPostIndex() {
    }

    /** Reads the blog's posts now (every post, drafts and future ones too) and keeps the reading for others. */
    public static PostIndex read(Site site, Instant now, List<Problem> problems) throws IOException {
        Slot slot = slot(site);
        synchronized (slot) {
            slot.inProgress++;
            slot.started++;
        }
        try {
            long started = System.nanoTime();
            PostIndex index = PostIndex.load(site, new PostIndex.Options(true, true, now), problems);
            synchronized (slot) {
                Reading old = slot.latest.get();
                if (old == null || old.readAt() < started) {
                    slot.latest = new SoftReference<>(new Reading(index, started, System.nanoTime() - started));
                }
            }
            return index;
        } finally {
            synchronized (slot) {
                slot.inProgress--;
                slot.notifyAll();
            }
        }
    }

    /** The latest reading of this site's posts with its current config, or null when there is none. */
    public static Reading latest(Site site) {
        Slot slot = slot(site);
        synchronized (slot) {
            return usable(slot, site, Long.MAX_VALUE);
        }
    }

    /**
     * A reading started at most {@code maxAgeNanos} ago: the latest one, or one in progress (waited for), or a
     * new one made on this thread.
     */
    public static Reading recent(Site site, long maxAgeNanos) throws IOException {
        Slot slot = slot(site);
        synchronized (slot) {
            Reading r = usable(slot, site, maxAgeNanos);
            while (r == null && slot.inProgress > 0) {
                try {
                    slot.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while the blog's posts were read", e);
                }
                r = usable(slot, site, maxAgeNanos);
            }
            if (r != null) {
                return r;
            }
        }
        List<Problem> ignored = new ArrayList<>();
        long started = System.nanoTime();
        PostIndex index = read(site, Instant.now(), ignored);
        long took = System.nanoTime() - started;
        LOG.log(System.Logger.Level.DEBUG, () -> "posts of " + site.root() + " read in " + took / 1_000_000 + " ms");
        return new Reading(index, started, took);
    }

    /** How many readings of this site were started (for tests). */
    static int readsSoFar(Site site) {
        Slot slot = slot(site);
        synchronized (slot) {
            return slot.started;
        }
    }

    /** Whether a reading of this site is in progress (for tests). */
    static boolean reading(Site site) {
        Slot slot = slot(site);
        synchronized (slot) {
            return slot.inProgress > 0;
        }
    }

    private static Reading usable(Slot slot, Site site, long maxAgeNanos) {
        Reading r = slot.latest.get();
        if (r == null || System.nanoTime() - r.readAt() > maxAgeNanos
                || !r.index().site().config().equals(site.config())
                || r.index().site().shape() != site.shape()) {
            return null;
        }
        return r;
    }

    private static Slot slot(Site site) {
        return SLOTS.computeIfAbsent(site.root().toAbsolutePath().normalize(), k -> new Slot());
    }
}
