package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** "Saving…" appears only when a save outlasts the delay; the delay is a hand-driven clock here. */
@ExtendWith(ApplicationExtension.class)
class StatusBarSavingTest {
    /** Delayed tasks wait here until the test fires them; cancelled ones do nothing. */
    private static final class ManualDelay implements StatusBar.Delay {
        final List<Runnable> due = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable task) {
            boolean[] cancelled = new boolean[1];
            delays.add(delay);
            due.add(() -> {
                if (!cancelled[0]) {
                    task.run();
                }
            });
            return () -> cancelled[0] = true;
        }

        void fireAll() {
            List<Runnable> now = new ArrayList<>(due);
            due.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void aFastSaveNeverShowsSavingAndASlowOneDoes(FxRobot robot) {
        ManualDelay delay = new ManualDelay();
        ObservableSet<DocumentModel> saving = FXCollections.observableSet();
        List<String> states = new ArrayList<>();
        DocumentModel[] d = new DocumentModel[1];
        Label[] state = new Label[1];
        robot.interact(() -> {
            WorkspaceModel ws = new WorkspaceModel();
            d[0] = new DocumentModel(null, "# Draft\n", LatestTaskRunner.direct());
            ws.add(d[0]);
            ws.currentProperty().set(d[0]);
            StatusBar bar = new StatusBar(ws, saving, delay);
            state[0] = (Label) bar.node().lookup("#status-state");
            state[0].textProperty().addListener((o, a, b) -> states.add(b));
        });
        assertThat(state[0].getText()).isEqualTo("Not saved yet");

        // Fast: the save ends before the delay; the delayed note finds nothing to say.
        robot.interact(() -> {
            saving.add(d[0]);
            saving.remove(d[0]);
            delay.fireAll();
        });
        assertThat(delay.delays).containsOnly(StatusBar.SAVING_DELAY);
        assertThat(states).doesNotContain("Saving\u2026");

        // Slow: still running when the delay is over.
        robot.interact(() -> saving.add(d[0]));
        assertThat(state[0].getText()).isEqualTo("Not saved yet");
        robot.interact(delay::fireAll);
        assertThat(state[0].getText()).isEqualTo("Saving\u2026");
        robot.interact(() -> saving.remove(d[0]));
        assertThat(state[0].getText()).isEqualTo("Not saved yet");
        robot.interact(() -> d[0].dispose());
    }

    @Test
    void withNoPostOpenOnlyTheStateIsShownWithoutEmptySeparators(FxRobot robot) {
        WorkspaceModel ws = new WorkspaceModel();
        StatusBar[] bar = new StatusBar[1];
        DocumentModel[] d = new DocumentModel[1];
        robot.interact(() -> bar[0] = new StatusBar(ws));
        assertThat(visibleSeparators(bar[0])).isZero();
        robot.interact(() -> {
            d[0] = new DocumentModel(null, "# Draft\n", LatestTaskRunner.direct());
            ws.add(d[0]);
            ws.currentProperty().set(d[0]);
        });
        assertThat(visibleSeparators(bar[0])).isEqualTo(5);
        robot.interact(() -> d[0].dispose());
    }

    @Test
    void aLongJobShowsItsProgressAndCancelWhileItRuns(FxRobot robot) {
        WorkspaceModel ws = new WorkspaceModel();
        StatusBar[] bar = new StatusBar[1];
        javafx.beans.property.BooleanProperty running = new javafx.beans.property.SimpleBooleanProperty();
        javafx.beans.property.DoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty(0.25);
        int[] cancelled = new int[1];
        int[] revealed = new int[1];
        robot.interact(() -> {
            bar[0] = new StatusBar(ws);
            bar[0].track("Exporting blog", running, progress, () -> cancelled[0]++, () -> revealed[0]++);
        });
        javafx.scene.Node job = bar[0].node().lookup("#status-job");
        assertThat(job.isVisible()).isFalse();
        robot.interact(() -> running.set(true));
        assertThat(job.isVisible()).isTrue();
        assertThat(((javafx.scene.control.ProgressBar) bar[0].node().lookup(".progress-bar")).getProgress())
                .isEqualTo(0.25);
        robot.interact(() -> {
            ((javafx.scene.control.Button) bar[0].node().lookup("#status-job-cancel")).fire();
            ((javafx.scene.control.Hyperlink) bar[0].node().lookup(".hyperlink")).fire();
        });
        assertThat(cancelled[0]).isEqualTo(1);
        assertThat(revealed[0]).isEqualTo(1);
        robot.interact(() -> running.set(false));
        assertThat(job.isVisible()).isFalse();
    }

    private static long visibleSeparators(StatusBar bar) {
        return bar.node().lookupAll(".status-separator").stream().filter(javafx.scene.Node::isVisible).count();
    }
}
