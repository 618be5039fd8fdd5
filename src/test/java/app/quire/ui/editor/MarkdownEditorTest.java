package app.quire.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor in a real Stage: typing, shortcuts, bars, highlighting and dirty state. */
@ExtendWith(ApplicationExtension.class)
class MarkdownEditorTest {
    private MarkdownEditor editor;

    @Start
    void start(Stage stage) {
        editor = new MarkdownEditor();
        stage.setScene(new Scene((Parent) editor.node(), 900, 600));
        stage.show();
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void load(FxRobot robot, String text) {
        robot.interact(() -> editor.load(text));
        robot.clickOn(editor.area());
        waitForHighlighting();
    }

    private void waitForHighlighting() {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(editor::isHighlightIdle));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("highlighting did not settle", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text() {
        return fx(editor::text);
    }

    private java.util.Collection<String> styleAt(int position) {
        return fx(() -> editor.area().getStyleOfChar(position));
    }

    @Test
    void typedTextIsHighlightedOnTheRightRanges(FxRobot robot) {
        load(robot, "");
        robot.write("# Title");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        robot.write("Some **bold** and [a link](https://ex.com) text");
        waitForHighlighting();
        String text = text();
        assertThat(text).isEqualTo("# Title\n\nSome **bold** and [a link](https://ex.com) text");
        assertThat(styleAt(text.indexOf("Title"))).contains("md-heading", "md-h1");
        assertThat(styleAt(text.indexOf("bold"))).contains("md-strong");
        assertThat(styleAt(text.indexOf("Some"))).isEmpty();
        assertThat(styleAt(text.indexOf("a link"))).contains("md-link-text");
        assertThat(styleAt(text.indexOf("ex.com"))).contains("md-link-url");
        assertThat(styleAt(text.indexOf(" text"))).isEmpty();
    }

    @Test
    void highlightingFollowsAFenceOpenedAboveExistingText(FxRobot robot) {
        load(robot, "intro\n\n# heading\n\ntail");
        assertThat(styleAt(9)).contains("md-heading");
        robot.interact(() -> editor.area().insertText(6, "```\n"));
        waitForHighlighting();
        assertThat(styleAt(text().indexOf("# heading"))).contains("md-code-block").doesNotContain("md-heading");
        robot.interact(() -> editor.area().deleteText(6, 10));
        waitForHighlighting();
        assertThat(styleAt(text().indexOf("heading"))).contains("md-heading").doesNotContain("md-code-block");
    }

    @Test
    void largeRestyleStartingMidDocumentCoversEverything(FxRobot robot) {
        String post = SpanAssertions.seedPost();
        String text = (post + "\n\n").repeat(60);
        assertThat(text.length()).isGreaterThan(3 * MarkdownEditor.APPLY_CHUNK);
        load(robot, text);
        // Caret and viewport in the middle: the restyle starts there and wraps round to the top.
        robot.interact(() -> editor.goToLine(1500));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> editor.area().insertText(0, "~~~~\n"));
        robot.interact(() -> editor.area().insertText(text.length() / 2, "x"));
        waitForHighlighting();
        String now = text();
        assertThat(fx(editor::snapshotText)).isEqualTo(now);
        for (int probe : new int[] {10, now.length() / 4, now.length() / 2, now.length() - 3}) {
            assertThat(styleAt(probe)).as("style at %d", probe).contains("md-code-block");
        }
        robot.interact(() -> editor.area().deleteText(0, 5));
        waitForHighlighting();
        int heading = fx(editor::text).lastIndexOf("## Process ##");
        assertThat(styleAt(heading + 3)).contains("md-heading").doesNotContain("md-code-block");
    }

    @Test
    void enterContinuesListsAndEndsThemOnAnEmptyItem(FxRobot robot) {
        load(robot, "");
        robot.write("- one");
        robot.type(KeyCode.ENTER);
        robot.write("two");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ENTER);
        robot.write("1. first");
        robot.type(KeyCode.ENTER);
        assertThat(text()).isEqualTo("- one\n- two\n1. first\n2. ");
    }

    @Test
    void enterInsideFencedCodeDoesNotContinueLists(FxRobot robot) {
        load(robot, "```\n- not a list");
        robot.interact(() -> editor.area().moveTo(editor.area().getLength()));
        robot.type(KeyCode.ENTER);
        assertThat(text()).isEqualTo("```\n- not a list\n");
    }

    @Test
    void ctrlBTogglesBold(FxRobot robot) {
        load(robot, "a word b");
        robot.interact(() -> editor.area().selectRange(2, 6));
        robot.push(KeyCode.CONTROL, KeyCode.B);
        assertThat(text()).isEqualTo("a **word** b");
        assertThat(fx(() -> editor.area().getSelectedText())).isEqualTo("word");
        robot.push(KeyCode.CONTROL, KeyCode.B);
        assertThat(text()).isEqualTo("a word b");
    }

    @Test
    void windowAcceleratorForTheSameKeyDoesNotRunTwice(FxRobot robot) {
        load(robot, "a word b");
        java.util.concurrent.atomic.AtomicInteger windowRuns = new java.util.concurrent.atomic.AtomicInteger();
        robot.interact(() -> {
            editor.node().getScene().getAccelerators().put(
                    javafx.scene.input.KeyCombination.keyCombination("Shortcut+B"), windowRuns::incrementAndGet);
            editor.area().selectRange(2, 6);
        });
        robot.push(KeyCode.CONTROL, KeyCode.B);
        assertThat(text()).isEqualTo("a **word** b");
        assertThat(windowRuns.get()).isZero();
    }

    @Test
    void tabNestsAListItemAndFormattingUndoesInOneStep(FxRobot robot) {
        load(robot, "- a\n- b");
        robot.interact(() -> editor.area().moveTo(7));
        robot.type(KeyCode.TAB);
        assertThat(text()).isEqualTo("- a\n  - b");
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertThat(text()).isEqualTo("- a\n- b");
        robot.interact(() -> {
            editor.area().selectRange(4, 7);
            editor.format(FormatAction.TASK_LIST);
        });
        assertThat(text()).isEqualTo("- a\n- [ ] b");
        robot.interact(() -> editor.area().undo());
        assertThat(text()).isEqualTo("- a\n- b");
    }

    @Test
    void ctrlDigitSetsHeadingLevel(FxRobot robot) {
        load(robot, "Process");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(text()).isEqualTo("## Process");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(text()).isEqualTo("Process");
    }

    @Test
    void findShowsTheMatchCountAndMovesToTheNextMatch(FxRobot robot) {
        load(robot, "AWS badge. aws exam. Aws cloud.");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertThat(fx(() -> editor.findBar().isVisible())).isTrue();
        robot.write("aws");
        assertThat(fx(() -> editor.findBar().countText())).isEqualTo("1 of 3");
        robot.type(KeyCode.ENTER);
        assertThat(fx(() -> editor.findBar().countText())).isEqualTo("2 of 3");
        assertThat(fx(() -> editor.area().getSelection().getStart())).isEqualTo(11);
        robot.interact(() -> editor.findBar().matchCaseToggle().setSelected(true));
        assertThat(fx(() -> editor.findBar().countText())).isEqualTo("1 of 1");
        robot.type(KeyCode.ESCAPE);
        assertThat(fx(() -> editor.findBar().isVisible())).isFalse();
    }

    @Test
    void invalidRegexShowsAMessage(FxRobot robot) {
        load(robot, "text");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.interact(() -> editor.findBar().regexToggle().setSelected(true));
        robot.write("(unclosed");
        assertThat(fx(() -> editor.findBar().messageText())).startsWith("Invalid regular expression");
    }

    @Test
    void replaceAllIsOneUndoStep(FxRobot robot) {
        String original = "cat, cat and cat";
        load(robot, original);
        robot.push(KeyCode.CONTROL, KeyCode.H);
        robot.interact(() -> {
            editor.findBar().findField().setText("cat");
            editor.findBar().replaceField().setText("dog");
        });
        robot.clickOn("#replace-all");
        assertThat(text()).isEqualTo("dog, dog and dog");
        robot.interact(() -> editor.area().undo());
        assertThat(text()).isEqualTo(original);
        assertThat(fx(() -> editor.dirtyProperty().get())).isFalse();
    }

    @Test
    void replaceOneAtATime(FxRobot robot) {
        load(robot, "x1 x2");
        robot.push(KeyCode.CONTROL, KeyCode.H);
        robot.interact(() -> {
            editor.findBar().findField().setText("x");
            editor.findBar().replaceField().setText("y");
            editor.findBar().replace();
        });
        assertThat(text()).isEqualTo("y1 x2");
    }

    @Test
    void goToLineMovesTheCaret(FxRobot robot) {
        load(robot, "l1\nl2\nl3\nl4\nl5\nl6");
        robot.push(KeyCode.CONTROL, KeyCode.L);
        assertThat(fx(() -> editor.goToLineBar().isVisible())).isTrue();
        robot.interact(() -> editor.goToLineBar().field().setText("5"));
        robot.type(KeyCode.ENTER);
        assertThat(fx(() -> editor.caretLineProperty().get())).isEqualTo(4);
        assertThat(fx(() -> editor.goToLineBar().isVisible())).isFalse();
    }

    @Test
    void dirtyAfterTypingAndCleanAfterUndoingBackToTheMark(FxRobot robot) {
        load(robot, "saved");
        assertThat(fx(() -> editor.dirtyProperty().get())).isFalse();
        robot.write("xy");
        assertThat(fx(() -> editor.dirtyProperty().get())).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertThat(text()).isEqualTo("saved");
        assertThat(fx(() -> editor.dirtyProperty().get())).isFalse();
        robot.write("z");
        robot.interact(() -> editor.markSaved());
        assertThat(fx(() -> editor.dirtyProperty().get())).isFalse();
    }

    @Test
    void outlineStatsAndCaretFollowTheText(FxRobot robot) {
        load(robot, SpanAssertions.seedPost());
        assertThat(fx(() -> editor.outline().size())).isEqualTo(4);
        assertThat(fx(() -> editor.outline().get(0).text())).isEqualTo("Process");
        assertThat(fx(() -> editor.stats().words())).isGreaterThan(100);
        robot.interact(() -> editor.goToLine(20));
        assertThat(fx(() -> editor.caretLineProperty().get())).isEqualTo(20);
        assertThat(fx(() -> editor.caretColumnProperty().get())).isZero();
    }

    @Test
    void outlinePaneNavigatesOnClickAndFollowsTheCaret(FxRobot robot) {
        load(robot, SpanAssertions.seedPost());
        OutlinePane pane = fx(() -> {
            OutlinePane p = new OutlinePane(editor);
            Stage stage = new Stage();
            stage.setScene(new Scene(p, 300, 300));
            stage.show();
            return p;
        });
        robot.interact(() -> editor.goToLine(22));
        assertThat(fx(() -> pane.listView().getSelectionModel().getSelectedItem().text())).isEqualTo("What I Studied");
        robot.clickOn("Worth it?");
        assertThat(fx(() -> editor.caretLineProperty().get())).isEqualTo(46);
    }

    @Test
    void darkModeAndWrapSwitches(FxRobot robot) {
        load(robot, "x");
        robot.interact(() -> {
            editor.setDark(true);
            editor.setWrap(false);
            editor.setFontSize(14);
        });
        assertThat(fx(() -> editor.node().getStyleClass().contains("dark"))).isTrue();
        assertThat(fx(() -> editor.area().isWrapText())).isFalse();
        robot.interact(() -> editor.setDark(false));
        assertThat(fx(editor::isDark)).isFalse();
    }
}
