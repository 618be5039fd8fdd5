package app.quire.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.ui.workspace.WorkspaceModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Blog > Media closes on Escape, like Preferences, Export and the user guide. */
@ExtendWith(ApplicationExtension.class)
class MediaWindowKeysTest {
    @TempDir
    static Path tmp;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
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
    void escapeClosesTheWindow(FxRobot robot) throws Exception {
        Path blog = Files.createDirectories(tmp.resolve("blog"));
        Files.writeString(blog.resolve("_config.yml"), "title: t\n");
        Files.createDirectories(blog.resolve("_posts"));
        WorkspaceModel ws = new WorkspaceModel();
        ws.blogFolderProperty().set(blog);
        robot.interact(() -> MediaWindow.show(ws, p -> { }));
        Stage media = fx(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().startsWith("Media")).map(w -> (Stage) w).findFirst()
                .orElseThrow());
        assertThat(fx(media::isShowing)).isTrue();
        robot.interact(media::requestFocus);
        robot.type(KeyCode.ESCAPE);
        assertThat(fx(media::isShowing)).isFalse();
    }
}
