package app.quire.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The find bar as it is used beside the preview, where the editor is only about 450 px wide: every button and
 * the match count stay readable, and the keys work after a click on one of its buttons.
 */
@ExtendWith(ApplicationExtension.class)
class FindReplaceBarFitTest {
    private MarkdownEditor editor;

    @Start
    void start(Stage stage) {
        editor = new MarkdownEditor();
        stage.setScene(new Scene((Parent) editor.node(), 450, 400));
        stage.show();
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void labeledIn(Node node, List<Labeled> out) {
        if (node instanceof Labeled l && node.isVisible()) {
            out.add(l);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> labeledIn(child, out));
        }
    }

    @Test
    void buttonsAndCountAreNotCutOffInANarrowEditor(FxRobot robot) {
        robot.interact(() -> editor.load("the cat and the dog and the bird"));
        robot.clickOn(editor.area());
        robot.push(KeyCode.CONTROL, KeyCode.H);
        robot.write("the");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> editor.findBar().countText())).isEqualTo("1 of 3");
        List<String> clipped = fx(() -> {
            List<Labeled> all = new ArrayList<>();
            labeledIn(editor.findBar(), all);
            List<String> out = new ArrayList<>();
            for (Labeled l : all) {
                if (!l.getText().isEmpty() && l.getWidth() + 0.5 < l.prefWidth(-1)) {
                    out.add(l.getText() + " (" + l.getWidth() + " < " + l.prefWidth(-1) + ")");
                }
            }
            return out;
        });
        assertThat(clipped).isEmpty();
        assertThat(fx(() -> editor.findBar().findField().getWidth())).isGreaterThan(60);
    }

    @Test
    void undoAndEscapeWorkAfterClickingReplaceAll(FxRobot robot) {
        robot.interact(() -> editor.load("cat, cat and cat"));
        robot.clickOn(editor.area());
        robot.push(KeyCode.CONTROL, KeyCode.H);
        robot.interact(() -> {
            editor.findBar().findField().setText("cat");
            editor.findBar().replaceField().setText("dog");
        });
        robot.clickOn("#replace-all");
        assertThat(fx(editor::text)).isEqualTo("dog, dog and dog");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(fx(editor::text)).isEqualTo("cat, cat and cat");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertThat(fx(editor::text)).isEqualTo("dog, dog and dog");
        robot.type(KeyCode.ESCAPE);
        assertThat(fx(() -> editor.findBar().isVisible())).isFalse();
        assertThat(fx(() -> editor.area().isFocused())).isTrue();
    }

    @Test
    void anEmptyMessageTakesNoRoom(FxRobot robot) {
        robot.interact(() -> editor.load("text"));
        robot.clickOn(editor.area());
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("te");
        double height = fx(() -> editor.findBar().getHeight());
        robot.interact(() -> editor.findBar().regexToggle().setSelected(true));
        robot.interact(() -> editor.findBar().findField().setText("(te"));
        assertThat(fx(() -> editor.findBar().messageText())).startsWith("Invalid regular expression");
        assertThat(fx(() -> editor.findBar().getHeight())).isGreaterThan(height);
    }
}
