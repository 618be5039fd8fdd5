package app.quire.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.ui.TestExecutors;
import app.quire.ui.posts.TestBlogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Export Site window as a window: Escape closes it when no export runs. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    static Path tmp;

    private final ExecutorService background = TestExecutors.background("test-export");
    private ExportDialog dialog;

    @Start
    void start(Stage owner) throws IOException {
        Path blog = TestBlogs.copy("jekyll", Files.createTempDirectory(tmp, "blog"));
        dialog = new ExportDialog(null, blog, background,
                new ExportFolders(blog.resolveSibling("export-folders.properties")), (file, line) -> { },
                new SitePreview(), (url, onFailure) -> { });
        dialog.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void escapeClosesTheWindowWhenNoExportRuns(FxRobot robot) throws Exception {
        assertThat(dialog.stage().isShowing()).isTrue();
        robot.interact(() -> dialog.stage().requestFocus());
        robot.clickOn(dialog.pane().outputField());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.stage().isShowing());
        assertThat(dialog.stage().isShowing()).isFalse();
    }

    @Test
    void escapeDuringAnExportCancelsItAndKeepsTheWindow(FxRobot robot) throws Exception {
        // the one background thread is kept busy, so the export stays queued (running) until it is cancelled
        java.util.concurrent.CountDownLatch hold = new java.util.concurrent.CountDownLatch(1);
        background.execute(() -> {
            try {
                hold.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        robot.interact(() -> dialog.pane().outputField().setText(tmp.resolve("out").toString()));
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog.pane().runningProperty().get());
        robot.type(KeyCode.ESCAPE);
        hold.countDown();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialog.pane().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.stage().isShowing()).isTrue();
        assertThat(dialog.pane().statusLabel().getText()).startsWith("Export cancelled");
    }
}
