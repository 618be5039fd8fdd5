package app.quire.ui.posts;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Keeps reloads of the post list caused by changes on disk from hogging the machine in a big blog: after one,
 * the next waits for a cool-down of four times the last reload's time (at least {@link #MIN}); changes meanwhile
 * are folded into one reload when it ends. A 5,000-post blog reloads in a few seconds of background work, and
 * Autosave to File writes after every pause in typing. F5 and Quire's own commands refresh directly. FX thread.
 */
final class RefreshThrottle {
    static final Duration MIN = Duration.ofSeconds(1);

    /** Runs an action after a delay, on the FX thread. */
    interface Timer {
        void after(Duration delay, Runnable action);
    }

    private final Runnable refresh;
    private final LongSupplier lastLoadNanos;
    private final Timer timer;
    private boolean cooling;
    private boolean pending;

    RefreshThrottle(Runnable refresh, LongSupplier lastLoadNanos, Timer timer) {
        this.refresh = refresh;
        this.lastLoadNanos = lastLoadNanos;
        this.timer = timer;
    }

    /** Something changed on disk. */
    void changed() {
        if (cooling) {
            pending = true;
        } else {
            fire();
        }
    }

    private void fire() {
        pending = false;
        cooling = true;
        Duration wait = coolDown();
        refresh.run();
        timer.after(wait, this::cooled);
    }

    private void cooled() {
        cooling = false;
        if (pending) {
            fire();
        }
    }

    Duration coolDown() {
        return Duration.ofNanos(Math.max(MIN.toNanos(), 4 * lastLoadNanos.getAsLong()));
    }
}
