package app.quire.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.ui.TestExecutors;
import app.quire.ui.posts.TestBlogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Export dialog's "Include expired posts" choice, beside drafts and future (decision 0236). */
@ExtendWith(ApplicationExtension.class)
class ExportPaneExpiredTest {
    @TempDir
    static Path tmp;

    private final ExecutorService background = TestExecutors.background("test-export-expired");
    private ExportPane pane;

    @Start
    void start(Stage stage) throws IOException {
        Path blog = TestBlogs.copy("hugo", Files.createTempDirectory(tmp, "blog"));
        Files.writeString(blog.resolve("content/posts/old-offer.md"), "---\ntitle: Old offer\ndate: 2020-01-01\n"
                + "expiryDate: 2021-01-01\n---\nNo longer on.\n");
        pane = new ExportPane(blog, background, new ExportFolders(blog.resolveSibling("folders.properties")));
        stage.setScene(new Scene((javafx.scene.Parent) pane.node(), 720, 460));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private void export(FxRobot robot, Path out) throws TimeoutException {
        robot.interact(() -> pane.outputField().setText(out.toString()));
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !pane.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void expiredPostsAreExportedOnlyWhenTicked(FxRobot robot) throws Exception {
        assertThat(pane.expiredBox().isSelected()).isFalse();
        assertThat(pane.expiredBox().getText()).contains("expired");
        // beside the drafts and future choices
        assertThat(pane.expiredBox().getParent()).isSameAs(pane.futureBox().getParent());
        Path without = tmp.resolve("without");
        export(robot, without);
        assertThat(without.resolve("posts/first-post/index.html")).exists();
        assertThat(without.resolve("posts/old-offer/index.html")).doesNotExist();

        robot.clickOn("#export-expired");
        assertThat(pane.expiredBox().isSelected()).isTrue();
        Path with = tmp.resolve("with");
        export(robot, with);
        assertThat(with.resolve("posts/old-offer/index.html")).exists();
    }
}
