package app.quire.ui;

import static app.quire.ui.WindowSteps.await;
import static app.quire.ui.WindowSteps.dirty;
import static app.quire.ui.WindowSteps.text;
import static app.quire.ui.WindowSteps.type;
import static org.assertj.core.api.Assertions.assertThat;

import app.quire.safety.FileWatcher;
import app.quire.safety.QuireDirs;
import app.quire.safety.RecoveryStore;
import app.quire.ui.recovery.Safety;
import app.quire.ui.settings.Settings;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javafx.application.Platform;
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
 * Saves run on the save lane (docs/decisions/0173): a blocked "disk" (a latch in {@link SaveLane.Hook}) leaves the
 * window working, text typed meanwhile stays unsaved, saves land in order, failures keep the text, close and quit
 * wait for the save, and Quire's own write is never taken for another program's. No timed assertions: every wait
 * is on a latch or a condition with a generous timeout.
 */
@ExtendWith(ApplicationExtension.class)
class AsyncSaveTest {
    private static final String POST = "---\ntitle: Tide tables\n---\n\nLow water at six.\n\n## Boats ##\n\nTwo "
            + "dinghies on the slip";
    private static final long WAIT = 30;

    @TempDir
    Path tmp;

    private final ScriptedPrompter prompter = new ScriptedPrompter();
    private final ExecutorService background = TestExecutors.background("test-background");
    private final AtomicInteger exits = new AtomicInteger();
    private final BlockingDisk disk = new BlockingDisk();
    private MainWindow window;
    private Safety safety;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    /** A disk that can be held: writes wait (before or after the real write) until released. */
    static final class BlockingDisk implements SaveLane.Hook {
        volatile boolean holdBefore;
        volatile boolean holdAfter;
        volatile IOException failWith;
        final AtomicInteger writes = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void beforeWrite() throws Exception {
            writes.incrementAndGet();
            if (holdBefore) {
                hold();
            }
            if (failWith != null) {
                throw failWith;
            }
        }

        @Override
        public void afterWrite() throws Exception {
            if (holdAfter) {
                hold();
            }
        }

        private void hold() throws InterruptedException {
            entered.countDown();
            if (!release.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the test never released the disk");
            }
        }

        void awaitEntered() throws InterruptedException {
            assertThat(entered.await(WAIT, TimeUnit.SECONDS)).as("a save reached the disk").isTrue();
        }
    }

    private void build(FxRobot robot) {
        QuireDirs dirs = new QuireDirs(tmp.resolve("state"), tmp.resolve("data"));
        safety = new Safety(dirs, Duration.ofMillis(50));
        robot.interact(() -> {
            window = new MainWindow(stage, new WorkspaceModel(),
                    new AppServices(new Settings(), null, prompter, background, null, exits::incrementAndGet));
            window.commands().setSafety(safety);
            window.commands().saveLane().setHook(disk);
            window.commands().setQuitWait(Duration.ofMinutes(2));
        });
    }

    @AfterEach
    void tearDown() {
        disk.release.countDown();
        if (safety != null) {
            safety.close();
        }
        background.shutdownNow();
    }

    private Path post(String name, String text) throws IOException {
        return WindowSteps.post(tmp, name, text);
    }

    private DocumentModel open(FxRobot robot, Path file) {
        return WindowSteps.open(robot, window, file);
    }

    /** Starts a command on the FX thread and returns its future without waiting. */
    private static CompletableFuture<Boolean> start(FxRobot robot, Supplier<CompletableFuture<Boolean>> command) {
        return WindowSteps.onFx(robot, command);
    }

    private static boolean finish(CompletableFuture<Boolean> f) throws Exception {
        boolean result = f.get(WAIT, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    @Test
    void aBlockedSaveLeavesTheFxThreadFree(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("free.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Calm sea.");
        disk.holdBefore = true;
        CompletableFuture<Boolean> saving = start(robot, () -> window.commands().save(d));
        disk.awaitEntered();

        CountDownLatch ran = new CountDownLatch(1);
        Platform.runLater(ran::countDown);
        assertThat(ran.await(WAIT, TimeUnit.SECONDS)).as("the FX thread runs other work during the save").isTrue();
        assertThat(saving).isNotDone();
        assertThat(Files.readString(p)).isEqualTo(POST);
        assertThat(dirty(robot, d)).isTrue();

        disk.release.countDown();
        assertThat(finish(saving)).isTrue();
        assertThat(Files.readString(p)).isEqualTo(POST + " Calm sea.");
        assertThat(dirty(robot, d)).isFalse();
    }

    @Test
    void textTypedDuringASaveStaysUnsavedAndTheNextSaveWritesIt(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("typed.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " First.");
        disk.holdBefore = true;
        CompletableFuture<Boolean> saving = start(robot, () -> window.commands().save(d));
        disk.awaitEntered();
        type(robot, d, " Second.");
        disk.release.countDown();
        assertThat(finish(saving)).isTrue();

        assertThat(Files.readString(p)).isEqualTo(POST + " First.");
        assertThat(dirty(robot, d)).as("typed during the save").isTrue();
        // The newer text is kept for recovery too.
        String id = RecoveryStore.idFor(p);
        await(() -> safety.recovery().find(id).map(r -> r.text().endsWith(" Second.")).orElse(false));

        // Undo back to the written text: saved; redo: modified again.
        robot.interact(() -> d.editor().area().undo());
        assertThat(text(robot, d)).isEqualTo(POST + " First.");
        assertThat(dirty(robot, d)).isFalse();
        robot.interact(() -> d.editor().area().redo());
        assertThat(dirty(robot, d)).isTrue();

        assertThat(finish(start(robot, () -> window.commands().save(d)))).isTrue();
        assertThat(Files.readString(p)).isEqualTo(POST + " First. Second.");
        assertThat(dirty(robot, d)).isFalse();
        await(() -> safety.recovery().find(id).isEmpty());
    }

    @Test
    void quickSavesLandInOrderAndTheLastTextWins(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("order.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " One.");
        disk.holdBefore = true;
        CompletableFuture<Boolean> first = start(robot, () -> window.commands().save(d));
        disk.awaitEntered();
        disk.holdBefore = false;
        type(robot, d, " Two.");
        CompletableFuture<Boolean> second = start(robot, () -> window.commands().save(d));
        type(robot, d, " Three.");
        CompletableFuture<Boolean> third = start(robot, () -> window.commands().save(d));
        assertThat(third).as("a save asked for while one already waits joins it").isSameAs(second);

        disk.release.countDown();
        assertThat(finish(first)).isTrue();
        assertThat(finish(second)).isTrue();
        assertThat(Files.readString(p)).isEqualTo(POST + " One. Two. Three.").isEqualTo(text(robot, d));
        assertThat(dirty(robot, d)).isFalse();
        assertThat(disk.writes).hasValue(2);
        // The first write came first: it is the version the second one kept in the local history.
        var versions = safety.history().versions(p);
        assertThat(safety.history().read(versions.get(0))).isEqualTo(POST + " One.");
    }

    @Test
    void aFailingSaveKeepsTheTextAndSaysSo(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("full.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Kept.");
        disk.failWith = new IOException(p + " could not be written: no space left on device");
        assertThat(finish(start(robot, () -> window.commands().save(d)))).isFalse();

        assertThat(prompter.errors).singleElement().asString()
                .isEqualTo("Quire could not save full.md: it could not be written: no space left on device. The "
                        + "file on disk is unchanged and your text is still here; try Save As to write it somewhere "
                        + "else.");
        assertThat(text(robot, d)).isEqualTo(POST + " Kept.");
        assertThat(dirty(robot, d)).isTrue();
        assertThat(Files.readString(p)).isEqualTo(POST);
        try (var files = Files.list(p.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("full.md");
        }

        disk.failWith = null;
        assertThat(finish(start(robot, () -> window.commands().save(d)))).isTrue();
        assertThat(Files.readString(p)).isEqualTo(POST + " Kept.");
    }

    @Test
    void aFailingSaveAsKeepsThePostWhereItWas(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("stay.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Elsewhere.");
        prompter.saveTarget = tmp.resolve("no-such-folder/copy.md");
        assertThat(finish(start(robot, () -> window.commands().saveAs(d)))).isFalse();
        assertThat(prompter.errors).singleElement().asString().startsWith("Quire could not save copy.md: ")
                .endsWith("Your text is still here.");
        assertThat(d.path()).contains(p.toAbsolutePath().normalize());
        assertThat(dirty(robot, d)).isTrue();
    }

    @Test
    void closeAfterSaveWaitsForTheSaveAndAFailedSaveKeepsTheTab(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("close.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Closing.");
        prompter.saveChoice = Prompter.SaveChoice.SAVE;
        disk.failWith = new IOException(p + " is on a disk that went away");
        assertThat(finish(start(robot, () -> window.commands().close(d)))).isFalse();
        assertThat(window.workspace().documents()).containsExactly(d);
        assertThat(prompter.errors).hasSize(1);

        disk.failWith = null;
        disk.holdBefore = true;
        CompletableFuture<Boolean> closing = start(robot, () -> window.commands().close(d));
        disk.awaitEntered();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(closing).isNotDone();
        assertThat(window.workspace().documents()).containsExactly(d);
        disk.release.countDown();
        assertThat(finish(closing)).isTrue();
        assertThat(window.workspace().documents()).isEmpty();
        assertThat(Files.readString(p)).isEqualTo(POST + " Closing.");
    }

    @Test
    void quitWaitsForARunningSaveThenExits(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("quit.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Last words.");
        disk.holdBefore = true;
        CompletableFuture<Boolean> saving = start(robot, () -> window.commands().save(d));
        disk.awaitEntered();
        CompletableFuture<Boolean> quitting = start(robot, () -> window.commands().quit());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(quitting).isNotDone();
        assertThat(exits).hasValue(0);

        disk.release.countDown();
        assertThat(finish(quitting)).isTrue();
        assertThat(saving).isCompletedWithValue(true);
        assertThat(exits).hasValue(1);
        assertThat(Files.readString(p)).isEqualTo(POST + " Last words.");
        assertThat(prompter.asked).noneMatch(a -> a.startsWith("save-changes"));
    }

    @Test
    void quitDoesNotExitWhenTheSaveItAskedForFails(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("stuck.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Unsaved.");
        prompter.saveChoice = Prompter.SaveChoice.SAVE;
        disk.failWith = new IOException(p + " cannot be written (permission denied)");
        assertThat(finish(start(robot, () -> window.commands().quit()))).isFalse();
        assertThat(exits).hasValue(0);
        assertThat(prompter.errors).singleElement().asString().startsWith("Quire could not save stuck.md");
        assertThat(text(robot, d)).isEqualTo(POST + " Unsaved.");
        assertThat(window.workspace().documents()).containsExactly(d);
    }

    @Test
    void quitGivesUpWaitingAfterItsBoundAndStaysOpen(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("slow.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Slow disk.");
        robot.interact(() -> window.commands().setQuitWait(Duration.ofMillis(50)));
        disk.holdBefore = true;
        CompletableFuture<Boolean> saving = start(robot, () -> window.commands().save(d));
        disk.awaitEntered();
        assertThat(finish(start(robot, () -> window.commands().quit()))).isFalse();
        assertThat(exits).hasValue(0);
        assertThat(prompter.errors).singleElement().asString().startsWith("Quire is still saving");

        disk.release.countDown();
        assertThat(finish(saving)).isTrue();
        assertThat(Files.readString(p)).isEqualTo(POST + " Slow disk.");
    }

    @Test
    void theWatcherDoesNotTakeOurOwnSaveForAnotherProgramsChange(FxRobot robot) throws Exception {
        build(robot);
        Path mine = post("mine.md", POST);
        Path other = post("other.md", POST);
        DocumentModel d = open(robot, mine);
        DocumentModel o = open(robot, other);
        type(robot, d, " Saved.");
        disk.holdBefore = true;
        CompletableFuture<Boolean> saving = start(robot, () -> window.commands().save(d));
        disk.awaitEntered();
        type(robot, d, " Typed while saving.");
        disk.release.countDown();
        assertThat(finish(saving)).isTrue();

        // Another program changes the other post; once its reload shows, the watcher has also judged our write
        // (the events come in order, and so do the reports on the FX thread).
        String theirs = POST.replace("six", "seven");
        Files.writeString(other, theirs);
        await(() -> text(robot, o).equals(theirs));
        assertThat(prompter.asked).noneMatch(a -> a.startsWith("external"));
        assertThat(d.banners()).isEmpty();
        assertThat(dirty(robot, d)).isTrue();
        assertThat(Files.readString(mine)).isEqualTo(POST + " Saved.");
    }

    @Test
    void aWatcherReportArrivingDuringTheSaveIsJudgedAfterIt(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("race.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Written.");
        disk.holdAfter = true;
        CompletableFuture<Boolean> saving = start(robot, () -> window.commands().save(d));
        disk.awaitEntered();
        // The file already holds the new text; the window has not heard back yet. A report now (as a watcher
        // racing the save might send) must not ask, even with more text typed.
        type(robot, d, " More.");
        robot.interact(() -> window.commands().onExternalChange(
                new FileWatcher.Change(p.toAbsolutePath().normalize(), FileWatcher.Kind.MODIFIED, Optional.empty())));
        disk.release.countDown();
        assertThat(finish(saving)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(prompter.asked).noneMatch(a -> a.startsWith("external"));
        assertThat(d.banners()).isEmpty();
        assertThat(text(robot, d)).isEqualTo(POST + " Written. More.");
        assertThat(Files.readString(p)).isEqualTo(POST + " Written.");
        assertThat(dirty(robot, d)).isTrue();
    }

    @Test
    void aChangeByAnotherProgramDuringTheSaveIsStillReported(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("theirs.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Mine.");
        disk.holdAfter = true;
        CompletableFuture<Boolean> saving = start(robot, () -> window.commands().save(d));
        disk.awaitEntered();
        type(robot, d, " And more.");
        String theirs = POST.replace("six", "eight");
        Files.writeString(p, theirs);
        robot.interact(() -> window.commands().onExternalChange(
                new FileWatcher.Change(p.toAbsolutePath().normalize(), FileWatcher.Kind.MODIFIED, Optional.empty())));
        disk.release.countDown();
        assertThat(finish(saving)).isTrue();
        await(() -> prompter.asked.stream().anyMatch(a -> a.startsWith("external")));
        assertThat(prompter.externalDiffs).last().asString().contains("+Low water at eight.");
    }

    @Test
    void theStatusBarSaysSavingOnlyForASlowSave(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("status.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Status.");
        Label state = robot.lookup("#status-state").queryAs(Label.class);
        assertThat(state.getText()).isEqualTo("Modified");
        disk.holdBefore = true;
        CompletableFuture<Boolean> saving = start(robot, () -> window.commands().save(d));
        disk.awaitEntered();
        await(() -> "Saving\u2026".equals(state.getText()));
        disk.release.countDown();
        assertThat(finish(saving)).isTrue();
        assertThat(state.getText()).isEqualTo("Saved");
    }
}
