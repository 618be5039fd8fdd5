package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.ui.workspace.DocumentModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Double-clicking an export problem ({@code _posts/...md:4:12: warning: ...}) opens the post with the caret on
 * that line, 4, the line the status bar then shows (it used to land on line 5).
 */
@ExtendWith(ApplicationExtension.class)
class ExportProblemLineTest {
    @TempDir
    static Path tmp;
    private final ExecutorService background = TestExecutors.background("test-background");
    private MainWindow window;
    private Path blog;

    @Start
    void start(Stage stage) throws IOException {
        window = SampleWindow.show(stage, tmp, background);
        blog = window.workspace().blogFolder().orElseThrow();
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

    @Test
    void theCaretLandsOnTheProblemsLine(FxRobot robot) {
        Path post = blog.resolve("_posts/2026-03-09-welcome-to-quire.md");
        robot.interact(() -> window.openProblem(post, 4));
        DocumentModel d = fx(() -> window.workspace().current().orElseThrow());
        assertThat(fx(() -> d.path().orElseThrow())).isEqualTo(post);
        // caretLine counts from 0: line 4 of the file is paragraph 3
        assertThat(fx(() -> d.editor().caretLineProperty().get())).isEqualTo(3);
        assertThat(fx(() -> d.editor().text().lines().toList().get(3))).startsWith("date:");
    }
}
