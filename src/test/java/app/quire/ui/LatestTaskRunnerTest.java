package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class LatestTaskRunnerTest {
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final LatestTaskRunner runner = new LatestTaskRunner(background::add, fx::add);
    private final List<String> shown = new ArrayList<>();

    private void submit(String value) {
        runner.submit(() -> value, shown::add, e -> shown.add("error"));
    }

    private static void runAll(Queue<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Test
    void requestsNotYetStartedAreDroppedForTheNewest() {
        submit("a");
        submit("b");
        submit("c");
        runAll(background);
        runAll(fx);
        assertThat(shown).containsExactly("c");
    }

    @Test
    void aResultFinishedBeforeANewerRequestIsStillShownSoTypingNeverStarvesTheDisplay() {
        submit("a");
        background.poll().run();
        submit("b");
        runAll(fx);
        assertThat(shown).containsExactly("a");
        runAll(background);
        runAll(fx);
        assertThat(shown).containsExactly("a", "b");
    }

    @Test
    void anOlderResultArrivingAfterANewerOneIsDropped() {
        submit("a");
        background.poll().run();
        Runnable deliverA = fx.poll();
        submit("b");
        runAll(background);
        runAll(fx);
        deliverA.run();
        assertThat(shown).containsExactly("b");
    }

    @Test
    void errorsAreDelivered() {
        runner.submit(() -> {
            throw new IllegalStateException("boom");
        }, v -> shown.add("value"), e -> shown.add(e.getMessage()));
        runAll(background);
        runAll(fx);
        assertThat(shown).containsExactly("boom");
    }
}
