package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.ui.help.ShortcutsWindow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > Keyboard Shortcuts (F1): a list in columns that fits a 1280x720 screen and leaves the editor usable. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsWindowTest {
    @TempDir
    static Path tmp;
    private final ExecutorService background = TestExecutors.background("test-background");
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = SampleWindow.show(stage, tmp, background);
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Stage> shortcutsStage() {
        return fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Keyboard Shortcuts".equals(s.getTitle())).map(w -> (Stage) w).findFirst());
    }

    @Test
    void listsEveryCommandWithKeysIncludingTheEditorsOwn() {
        List<ShortcutsWindow.Row> rows = fx(() -> ShortcutsWindow.rows(window.actions()));
        assertThat(rows).contains(new ShortcutsWindow.Row("Edit", "Undo", "Ctrl+Z"),
                new ShortcutsWindow.Row("File", "Open Blog Folder", "Ctrl+Shift+O"),
                new ShortcutsWindow.Row("Help", "Keyboard Shortcuts", "F1"));
        assertThat(rows).extracting(ShortcutsWindow.Row::command).doesNotContain("Strikethrough", "Open Recent");
    }

    @Test
    void f1ShowsAScrollingListInColumnsThatFitsTheScreen(FxRobot robot) {
        robot.interact(() -> window.run("shortcuts"));
        WaitForAsyncUtils.waitForFxEvents();
        Stage stage = shortcutsStage().orElseThrow(() -> new AssertionError("no Keyboard Shortcuts window"));
        assertThat(fx(stage::getModality)).isEqualTo(Modality.NONE);
        assertThat(fx(stage::getHeight)).isLessThanOrEqualTo(720);
        // The keys line up in one column, each on the row of its command.
        List<Double> keyColumns = fx(() -> {
            GridPane grid = (GridPane) stage.getScene().lookup("#shortcuts-grid");
            List<Double> xs = new ArrayList<>();
            for (Node n : grid.getChildren()) {
                if (n.getStyleClass().contains("shortcut-keys")) {
                    xs.add(n.getBoundsInParent().getMinX());
                }
            }
            return xs;
        });
        assertThat(keyColumns).hasSizeGreaterThan(40);
        assertThat(keyColumns.stream().distinct().count()).isEqualTo(1);
        assertThat(fx(() -> stage.getScene().getRoot().lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList())).contains("Undo", "Ctrl+Z", "Export Site", "Ctrl+Shift+X");
        javafx.scene.control.Button close = fx(() -> (javafx.scene.control.Button) stage.getScene()
                .lookup("#shortcuts-close"));
        assertThat(fx(close::getWidth)).isGreaterThanOrEqualTo(fx(() -> close.prefWidth(-1)) - 0.5);
        Label note = fx(() -> (Label) stage.getScene().lookup("#shortcuts-note"));
        assertThat(fx(note::getWidth)).as("the note on the other keys is visible").isGreaterThan(100);
        robot.interact(() -> window.run("shortcuts"));
        assertThat(fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Keyboard Shortcuts".equals(s.getTitle())).count())).isEqualTo(1);
        robot.interact(stage::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(fx(stage::isShowing)).isFalse();
    }
}
