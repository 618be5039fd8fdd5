package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.sample.SampleBlogInstaller;
import app.quire.ui.preview.PreviewPane;
import app.quire.ui.settings.Settings;
import app.quire.ui.workspace.WorkspaceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
 * A post stays open when another blog folder is opened. Its form must keep judging it against its own site: its
 * hero image is there (the preview shows it), so the form must not say "No such image in this blog".
 */
@ExtendWith(ApplicationExtension.class)
class PostOfAnotherBlogTest {
    @TempDir
    static Path tmp;
    private final ExecutorService background = TestExecutors.background("test-background");
    private MainWindow window;
    private WorkspaceModel ws;
    private Path sample;
    private Path other;

    @Start
    void start(Stage stage) throws IOException {
        sample = SampleBlogInstaller.install(Files.createTempDirectory(tmp, "a").resolve("sample")).folder();
        other = Files.createDirectories(Files.createTempDirectory(tmp, "b").resolve("other"));
        Files.writeString(other.resolve("_config.yml"), "title: Other\n");
        Files.createDirectories(other.resolve("_posts"));
        Files.writeString(other.resolve("_posts/2024-01-02-walks.md"),
                "---\ntitle: Walks\nlayout: post\nheroimage: /assets/images/posts/walk.jpg\n---\n\nText.\n");
        ws = new WorkspaceModel();
        ws.blogFolderProperty().set(sample);
        AppServices services = new AppServices(new Settings(), null, new ScriptedPrompter(), background,
                PreviewPane::new, () -> { });
        window = new MainWindow(stage, ws, services);
        stage.setWidth(1280);
        stage.setHeight(760);
        stage.show();
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
    void theHeroImageOfAPostFromTheFirstBlogIsStillFound(FxRobot robot) throws Exception {
        Path welcome = sample.resolve("_posts/2026-03-09-welcome-to-quire.md");
        robot.interact(() -> window.commands().open(welcome));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> ws.schemaProperty().get().siteRoot()
                .map(sample::equals).orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#fm-problem-hero").queryAs(Label.class);
        assertThat(fx(problem::isVisible)).as("hero found in its own blog").isFalse();

        robot.interact(() -> window.commands().openFolder(other));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> ws.schemaProperty().get().siteRoot()
                .map(other::equals).orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> ws.current().orElseThrow().path().orElseThrow())).isEqualTo(welcome);
        assertThat(fx(() -> problem.isVisible() ? problem.getText() : "")).isEmpty();
    }
}
