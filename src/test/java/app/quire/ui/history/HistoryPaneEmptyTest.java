package app.quire.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.safety.LocalHistory;
import app.quire.ui.LatestTaskRunner;
import app.quire.ui.workspace.DocumentModel;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The history window for a post without earlier versions: the list says so in full (not "No earlier versions
 * yet: Quire kee..."), and Escape closes the window.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryPaneEmptyTest {
    @TempDir
    static Path tmp;
    private HistoryPane pane;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        pane = new HistoryPane(new LocalHistory(tmp.resolve("history")), Runnable::run);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thePlaceholderIsReadableInFull(FxRobot robot) {
        DocumentModel d = fx(() -> new DocumentModel(null, "# Draft\n", LatestTaskRunner.direct()));
        robot.interact(() -> pane.show(owner, d));
        WaitForAsyncUtils.waitForFxEvents();
        Label none = fx(() -> (Label) pane.versionsList().getPlaceholder());
        String shown = fx(() -> ((Text) none.lookup(".text")).getText().replace("\n", " "));
        assertThat(shown.replaceAll("\\s+", " ").strip()).isEqualTo(none.getText());
        assertThat(fx(none::getWidth)).isLessThanOrEqualTo(fx(() -> pane.versionsList().getWidth()));
    }

    @Test
    void escapeClosesTheWindow(FxRobot robot) {
        DocumentModel d = fx(() -> new DocumentModel(null, "# Draft\n", LatestTaskRunner.direct()));
        robot.interact(() -> pane.show(owner, d));
        Stage window = fx(() -> (Stage) pane.node().getScene().getWindow());
        assertThat(fx(window::isShowing)).isTrue();
        robot.interact(window::requestFocus);
        robot.type(KeyCode.ESCAPE);
        assertThat(fx(window::isShowing)).isFalse();
    }
}
