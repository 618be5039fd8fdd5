package app.quire.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Rename Post's question: the file name it offers is readable in full, and Enter answers with what was typed. */
@ExtendWith(ApplicationExtension.class)
class BlogPromptsDialogTest {
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
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
    void renameShowsTheWholeFileNameAndTakesTheAnswer(FxRobot robot) throws Exception {
        String name = "cafe-notes-a-first-look-at-the-new-roastery";
        AtomicReference<Optional<String>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new FxBlogPrompts(() -> owner).askText("Rename Post",
                "New file name for “Café notes: a first look at the new roastery” (the date prefix and extension stay):",
                name)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Rename Post".equals(s.getTitle()))));
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup(".text-field").queryAll().stream().filter(n -> n instanceof TextField)
                .map(n -> (TextField) n).filter(f -> name.equals(f.getText())).findFirst().orElseThrow();
        double needed = fx(() -> {
            Text probe = new Text(name);
            probe.setFont(field.getFont());
            return probe.getLayoutBounds().getWidth();
        });
        assertThat(fx(field::getWidth)).isGreaterThan(needed);
        Label question = fx(() -> (Label) field.getScene().getRoot().lookupAll(".label").stream()
                .filter(n -> n instanceof Label l && l.getText() != null && l.getText().startsWith("New file name"))
                .findFirst().orElseThrow());
        assertThat(fx(() -> question.localToScene(question.getLayoutBounds()).getMaxY()))
                .isLessThanOrEqualTo(fx(() -> field.localToScene(field.getLayoutBounds()).getMinY()));
        robot.interact(() -> field.setText("cafe-notes"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).contains("cafe-notes");
    }
}
