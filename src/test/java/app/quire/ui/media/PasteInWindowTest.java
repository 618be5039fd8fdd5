package app.quire.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.sample.SampleBlogInstaller;
import app.quire.ui.AppServices;
import app.quire.ui.MainWindow;
import app.quire.ui.TestExecutors;
import app.quire.ui.posts.RecordingPrompter;
import app.quire.ui.preview.PreviewPane;
import app.quire.ui.settings.Settings;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
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
 * The "done when" of the images issue in the real window: paste a screenshot into a post of the (Jekyll-shaped)
 * sample blog, answer the alt-text prompt, and find the file in assets/images/posts, the site URL in the text and
 * the image in the preview.
 */
@ExtendWith(ApplicationExtension.class)
class PasteInWindowTest {
    @TempDir
    static Path tmp;
    private final ExecutorService background = TestExecutors.background("test-background");
    private final RecordingPrompter prompter = new RecordingPrompter();
    private MainWindow window;
    private Path blog;

    @Start
    void start(Stage stage) throws IOException {
        blog = SampleBlogInstaller.install(Files.createTempDirectory(tmp, "blog").resolve("sample")).folder();
        WorkspaceModel ws = new WorkspaceModel();
        ws.blogFolderProperty().set(blog);
        window = new MainWindow(stage, ws, new AppServices(new Settings(), null, prompter, background,
                PreviewPane::new, () -> { }));
        window.commands().enablePreviews();
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        assertThat(prompter.errors).as("errors shown to the user").isEmpty();
    }

    @Test
    void aPastedScreenshotLandsInAssetsWithItsSiteUrlAndShowsInThePreview(FxRobot robot) throws Exception {
        Path post;
        try (Stream<Path> s = Files.list(blog.resolve("_posts"))) {
            post = s.sorted().findFirst().orElseThrow();
        }
        DocumentModel[] d = new DocumentModel[1];
        robot.interact(() -> d[0] = window.commands().open(post).orElseThrow());
        List<Path> before = images();
        robot.interact(() -> {
            WritableImage shot = new WritableImage(90, 60);
            for (int y = 0; y < 60; y++) {
                for (int x = 0; x < 90; x++) {
                    shot.getPixelWriter().setArgb(x, y, 0xFF118844);
                }
            }
            ClipboardContent c = new ClipboardContent();
            c.putImage(shot);
            Clipboard.getSystemClipboard().setContent(c);
            d[0].editor().area().moveTo(d[0].editor().area().getLength());
            d[0].editor().area().requestFocus();
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#image-alt-text").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#image-alt-text").queryAs(TextField.class).setText("Green test card"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> d[0].editor().text().contains("![Green test card]("));
        List<Path> added = images().stream().filter(p -> !before.contains(p)).collect(Collectors.toList());
        assertThat(added).hasSize(1);
        String url = "/assets/images/posts/" + added.get(0).getFileName();
        assertThat(added.get(0).getFileName().toString()).matches("[0-9a-f-]{36}\\.png");
        assertThat(d[0].editor().text()).endsWith("![Green test card](" + url + ")");
        String name = added.get(0).getFileName().toString();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".web-view").tryQuery().isPresent()
                && Boolean.TRUE.equals(WaitForAsyncUtils.asyncFx(() -> robot.lookup(".web-view")
                        .queryAs(WebView.class).getEngine().executeScript("Array.from(document.images).some("
                                + "function(i){return i.complete && i.naturalWidth === 90 && i.src.endsWith('"
                                + name + "');})")).get()));
    }

    private List<Path> images() throws IOException {
        Path folder = blog.resolve("assets/images/posts");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.collect(Collectors.toList());
        }
    }
}
