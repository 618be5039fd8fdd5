package app.quire.ui;

import app.quire.ui.workspace.DocumentModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps the window tests share: a post on disk, a value read on the FX thread, typing, waiting (generously). */
final class WindowSteps {
    static final long WAIT_SECONDS = 30;

    private WindowSteps() {
    }

    /** Writes a post {@code dir/posts/name} in UTF-8. */
    static Path post(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve("posts").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** What {@code value} returns, computed on the FX thread. */
    static <T> T onFx(FxRobot robot, Supplier<T> value) {
        List<T> out = new ArrayList<>(1);
        robot.interact(() -> out.add(value.get()));
        return out.get(0);
    }

    static DocumentModel open(FxRobot robot, MainWindow window, Path file) {
        return onFx(robot, () -> window.commands().open(file).orElse(null)); // null: refused, with a message
    }

    /** Types at the end of the post's text. */
    static void type(FxRobot robot, DocumentModel d, String text) {
        robot.interact(() -> d.editor().area().insertText(d.editor().area().getLength(), text));
    }

    static String text(FxRobot robot, DocumentModel d) {
        return onFx(robot, () -> d.editor().text());
    }

    static boolean dirty(FxRobot robot, DocumentModel d) {
        return onFx(robot, d::isDirty);
    }

    /** Runs a command on the FX thread and waits for the future it returns (saves finish later). */
    static boolean done(FxRobot robot, Supplier<CompletableFuture<Boolean>> command) throws Exception {
        boolean result = onFx(robot, command).get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
