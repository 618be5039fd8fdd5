package app.quire.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Reloads caused by changes on disk: one now, the rest folded into one after a cool-down that grows with the blog. */
class RefreshThrottleTest {
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicLong lastLoad = new AtomicLong();
    private final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> timers = new ArrayList<>();
    private final RefreshThrottle throttle = new RefreshThrottle(refreshes::incrementAndGet, lastLoad::get,
            (delay, action) -> {
                delays.add(delay);
                timers.add(action);
            });

    private void endCoolDown() {
        timers.remove(0).run();
    }

    @Test
    void aBurstOfChangesGivesOneReloadNowAndOneAfterTheCoolDown() {
        throttle.changed();
        throttle.changed();
        throttle.changed();
        assertThat(refreshes).hasValue(1);

        endCoolDown();
        assertThat(refreshes).hasValue(2);
        endCoolDown();
        assertThat(refreshes).hasValue(2);
        assertThat(timers).isEmpty();

        throttle.changed();
        assertThat(refreshes).hasValue(3);
    }

    @Test
    void theCoolDownIsFourTimesTheLastReloadAndAtLeastASecond() {
        lastLoad.set(Duration.ofMillis(20).toNanos());
        throttle.changed();
        lastLoad.set(Duration.ofMillis(2500).toNanos());
        endCoolDown();
        throttle.changed();
        assertThat(delays).containsExactly(RefreshThrottle.MIN, Duration.ofSeconds(10));
    }
}
