package app.quire.ui;

import static app.quire.ui.WindowSteps.await;
import static app.quire.ui.WindowSteps.done;
import static app.quire.ui.WindowSteps.text;
import static app.quire.ui.WindowSteps.type;
import static org.assertj.core.api.Assertions.assertThat;

import app.quire.safety.QuireDirs;
import app.quire.safety.RecoveryStore;
import app.quire.ui.history.HistoryPane;
import app.quire.ui.recovery.Safety;
import app.quire.ui.settings.Settings;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
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

/** Issue #7 in the window: autosave + recovery, outside changes, history, hostile files (through the UI). */
@ExtendWith(ApplicationExtension.class)
class SafetyWiringTest {
    private static final String POST = "---\ntitle: Harbour notes\n---\n\nThe ferry left at nine.\n\n"
            + "## Gulls ##\n\nThey followed us the whole way";

    @TempDir
    Path tmp;

    private final ScriptedPrompter prompter = new ScriptedPrompter();
    private final ExecutorService background = TestExecutors.background("test-background");
    private MainWindow window;
    private Safety safety;
    private QuireDirs dirs;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    /** Builds the window with safety services over temp XDG folders (autosave after 50 ms idle). */
    private void build(FxRobot robot) {
        dirs = new QuireDirs(tmp.resolve("state"), tmp.resolve("data"));
        safety = new Safety(dirs, Duration.ofMillis(50));
        robot.interact(() -> {
            window = new MainWindow(stage, new WorkspaceModel(),
                    new AppServices(new Settings(), null, prompter, background, null, () -> { }));
            window.commands().setSafety(safety);
        });
    }

    @AfterEach
    void tearDown() {
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

    @Test
    void autosaveToFileSavesThePostItselfOnlyWhenTurnedOn(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("ferry.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, "\n\nFirst line typed.");
        String id = RecoveryStore.idFor(p);
        await(() -> safety.recovery().find(id).isPresent());
        assertThat(Files.readString(p, StandardCharsets.UTF_8)).isEqualTo(POST);
        assertThat(d.isDirty()).isTrue();

        robot.interact(() -> window.run("autosave-to-file"));
        type(robot, d, "\nSecond line typed.");
        await(() -> Files.readString(p, StandardCharsets.UTF_8).endsWith("Second line typed."));
        assertThat(Files.readString(p, StandardCharsets.UTF_8)).isEqualTo(text(robot, d));
        await(() -> !d.isDirty());
        assertThat(safety.history().versions(p)).isNotEmpty();
    }

    @Test
    void editsAreAutosavedAndARestartOffersAndRestoresThem(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("harbour.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, "\n\nA seal, too.");
        String id = RecoveryStore.idFor(p);
        await(() -> safety.recovery().find(id).map(r -> r.text().endsWith("A seal, too.")).orElse(false));

        // "Restart": new services over the same folders, a new window, no close of the old one (a crash).
        Safety after = new Safety(dirs, Duration.ofMillis(50));
        try {
            List<RecoveryStore.Recoverable> pending = after.recovery().pending();
            assertThat(pending).extracting(RecoveryStore.Recoverable::docId).containsExactly(id);
            assertThat(pending.get(0).summary()).isEqualTo("+2 \u22120 lines in 1 place");
            prompter.recoveryChoice = Prompter.RecoveryChoice.RESTORE;
            MainWindow[] second = new MainWindow[1];
            robot.interact(() -> {
                Stage s2 = new Stage();
                second[0] = new MainWindow(s2, new WorkspaceModel(),
                        new AppServices(new Settings(), null, prompter, background, null, () -> { }));
                second[0].commands().setSafety(after);
                second[0].commands().offerRecovery(pending);
            });
            assertThat(prompter.asked).contains("recovery:1");
            DocumentModel restored = second[0].workspace().current().orElseThrow();
            assertThat(restored.path()).contains(p.toAbsolutePath().normalize());
            assertThat(text(robot, restored)).isEqualTo(POST + "\n\nA seal, too.");
            assertThat(restored.isDirty()).isTrue();
            assertThat(Files.readString(p)).isEqualTo(POST);

            // Saving the restored post writes it and drops the recovery entry.
            assertThat(done(robot, () -> second[0].commands().save(restored))).isTrue();
            assertThat(Files.readString(p)).endsWith("A seal, too.");
            await(() -> after.recovery().find(id).isEmpty());
        } finally {
            after.close();
        }
    }

    @Test
    void closingWithoutSavingDiscardsTheRecoveryEntry(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("close.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Typed.");
        String id = RecoveryStore.idFor(p);
        await(() -> safety.recovery().find(id).isPresent());
        prompter.saveChoice = Prompter.SaveChoice.DISCARD;
        robot.interact(() -> window.commands().close(d));
        await(() -> safety.recovery().find(id).isEmpty());
        assertThat(Files.readString(p)).isEqualTo(POST);
    }

    @Test
    void aCleanPostReloadsWhenChangedOnDiskKeepingTheCaret(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("clean.md", POST);
        DocumentModel d = open(robot, p);
        robot.interact(() -> d.editor().area().moveTo(12));
        String theirs = POST.replace("nine", "ten");
        Files.writeString(p, theirs);
        await(() -> text(robot, d).equals(theirs));
        assertThat(d.isDirty()).isFalse();
        int[] caret = new int[1];
        robot.interact(() -> caret[0] = d.editor().area().getCaretPosition());
        assertThat(caret[0]).isEqualTo(12);
        assertThat(prompter.asked).noneMatch(a -> a.startsWith("external"));
    }

    @Test
    void aDirtyPostAsksAndKeepMineSavesMineOverTheirsKeepingTheirsInHistory(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("mine.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Mine.");
        prompter.externalChoice = Prompter.ExternalChoice.KEEP_MINE;
        String theirs = POST.replace("nine", "ten");
        Files.writeString(p, theirs);
        await(() -> !prompter.externalDiffs.isEmpty());
        assertThat(prompter.externalDiffs.get(0)).contains("-The ferry left at nine.").contains("+The ferry left at ten.");
        assertThat(text(robot, d)).isEqualTo(POST + " Mine.");
        assertThat(d.isDirty()).isTrue();

        assertThat(done(robot, () -> window.commands().save(d))).isTrue();
        assertThat(prompter.asked).noneMatch(a -> a.startsWith("overwrite"));
        assertThat(Files.readString(p)).isEqualTo(POST + " Mine.");
        var versions = safety.history().versions(p);
        assertThat(versions).isNotEmpty();
        assertThat(safety.history().read(versions.get(0))).isEqualTo(theirs);
    }

    @Test
    void aDirtyPostTakeTheirsReplacesTheText(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("theirs.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Mine.");
        prompter.externalChoice = Prompter.ExternalChoice.TAKE_THEIRS;
        String theirs = POST.replace("nine", "ten");
        Files.writeString(p, theirs);
        await(() -> text(robot, d).equals(theirs));
        assertThat(d.isDirty()).isFalse();
        assertThat(prompter.asked).contains("external:Harbour notes");
        await(() -> safety.recovery().find(RecoveryStore.idFor(p)).isEmpty());
    }

    @Test
    void aDirtyPostSaveAsWritesMineElsewhereAndLeavesTheirs(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("both.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Mine.");
        prompter.externalChoice = Prompter.ExternalChoice.SAVE_AS;
        Path other = tmp.resolve("posts/both-mine.md");
        prompter.saveTarget = other;
        String theirs = POST.replace("nine", "ten");
        Files.writeString(p, theirs);
        await(() -> Files.exists(other));
        assertThat(Files.readString(other)).isEqualTo(POST + " Mine.");
        assertThat(Files.readString(p)).isEqualTo(theirs);
        assertThat(d.path()).contains(other.toAbsolutePath().normalize());
        assertThat(d.isDirty()).isFalse();
    }

    @Test
    void aDeletedPostIsReportedAndItsTextKeptAsUnsaved(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("gone.md", POST);
        DocumentModel d = open(robot, p);
        Files.delete(p);
        await(() -> d.banners().stream().anyMatch(b -> b.kind().equals("missing")));
        assertThat(d.banners().get(0).text()).contains("gone.md was deleted by another program");
        assertThat(text(robot, d)).isEqualTo(POST);
        assertThat(d.isDirty()).isTrue();
        assertThat(robot.lookup("#banner-missing").tryQuery()).isPresent();

        assertThat(done(robot, () -> window.commands().save(d))).isTrue();
        assertThat(Files.readString(p)).isEqualTo(POST);
        assertThat(d.isDirty()).isFalse();
        assertThat(d.banners()).isEmpty();
    }

    @Test
    void aPostMovedByAnotherProgramIsFollowedSoSavingMakesNoSecondCopy(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("before.md", POST);
        DocumentModel d = open(robot, p);
        Path moved = Files.move(p, tmp.resolve("posts/after.md")).toAbsolutePath().normalize();
        await(() -> d.path().filter(moved::equals).isPresent());
        assertThat(d.banners()).extracting(b -> b.kind()).containsExactly("moved");
        assertThat(d.banners().get(0).text()).contains("before.md was renamed or moved").contains("after.md");
        assertThat(d.isDirty()).isFalse();

        type(robot, d, " Edited after the move.");
        assertThat(done(robot, () -> window.commands().save(d))).isTrue();
        assertThat(Files.readString(moved)).isEqualTo(POST + " Edited after the move.");
        assertThat(p).doesNotExist();
    }

    @Test
    void unsavedEditsStayUnsavedWhenTheirPostIsMoved(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("draft-before.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Not saved yet.");
        Path moved = Files.move(p, tmp.resolve("posts/draft-after.md")).toAbsolutePath().normalize();
        await(() -> d.path().filter(moved::equals).isPresent());
        assertThat(d.isDirty()).isTrue();
        assertThat(Files.readString(moved)).isEqualTo(POST);

        assertThat(done(robot, () -> window.commands().save(d))).isTrue();
        assertThat(Files.readString(moved)).isEqualTo(POST + " Not saved yet.");
        assertThat(p).doesNotExist();
        assertThat(d.isDirty()).isFalse();
    }

    @Test
    void restoringAHistoryVersionIsOneUndoStep(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("history.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " First save.");
        done(robot, () -> window.commands().save(d));
        type(robot, d, " Second save.");
        done(robot, () -> window.commands().save(d));
        String current = text(robot, d);
        assertThat(safety.history().versions(p)).hasSize(2);

        robot.interact(() -> window.run("history"));
        HistoryPane pane = window.commands().historyPane().orElseThrow();
        await(() -> pane.shownVersions().size() == 2);
        robot.interact(() -> pane.versionsList().getSelectionModel().select(1)); // the oldest: the original
        await(() -> !pane.restoreButton().isDisabled() && pane.diffArea().getText().contains("-The ferry"
                + " left at nine.") == false && pane.diffArea().getText().contains("First save."));
        robot.interact(pane::restoreSelected);
        assertThat(text(robot, d)).isEqualTo(POST);
        assertThat(d.isDirty()).isTrue();
        robot.interact(() -> d.editor().area().undo());
        assertThat(text(robot, d)).isEqualTo(current);
        assertThat(Files.readString(p)).isEqualTo(current);
    }

    @Test
    void aWindows1252PostShowsABannerAndIsSavedBackInItsEncoding(FxRobot robot) throws Exception {
        build(robot);
        Charset cp1252 = Charset.forName("windows-1252");
        Path p = tmp.resolve("posts/cafe.md");
        Files.createDirectories(p.getParent());
        Files.write(p, "---\ntitle: Caf\u00e9\n---\n\nCr\u00e8me br\u00fbl\u00e9e \u2014 \u20ac4".getBytes(cp1252));
        DocumentModel d = open(robot, p);
        assertThat(d.banners()).extracting(b -> b.kind()).contains("encoding");
        assertThat(robot.lookup("#status-encoding").queryAs(Label.class).getText()).isEqualTo("windows-1252");
        assertThat(robot.lookup("#banner-encoding").tryQuery()).isPresent();
        type(robot, d, " Merci.");
        assertThat(done(robot, () -> window.commands().save(d))).isTrue();
        assertThat(new String(Files.readAllBytes(p), cp1252)).endsWith("\u20ac4 Merci.");
        assertThat(Files.readAllBytes(p)).doesNotContain((byte) 0xC3);

        robot.interact(() -> window.commands().convertToUtf8(d));
        assertThat(d.isDirty()).isTrue();
        assertThat(robot.lookup("#status-encoding").queryAs(Label.class).getText()).isEqualTo("UTF-8");
        assertThat(done(robot, () -> window.commands().save(d))).isTrue();
        assertThat(Files.readString(p, StandardCharsets.UTF_8)).endsWith("\u20ac4 Merci.");
        assertThat(d.banners()).isEmpty();
    }

    @Test
    void aReadOnlyPostOpensReadOnlyWithABanner(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("locked.md", POST);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
        DocumentModel d = open(robot, p);
        assertThat(d.editor().area().isEditable()).isFalse();
        assertThat(d.banners()).extracting(b -> b.kind()).contains("read-only");
        robot.interact(() -> d.editor().area().requestFocus());
        robot.write("x");
        assertThat(text(robot, d)).isEqualTo(POST);
        assertThat(d.isDirty()).isFalse();
    }

    @Test
    void aPostMadeWritableOrReadOnlyOnDiskIsFollowedWithoutLosingUnsavedText(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("unlocked.md", POST);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
        DocumentModel d = open(robot, p);
        assertThat(d.editor().area().isEditable()).isFalse();
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r--r--"));
        await(() -> d.editor().area().isEditable());
        assertThat(d.banners()).extracting(b -> b.kind()).doesNotContain("read-only");
        robot.interact(() -> d.editor().area().appendText(" Typed once writable."));
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
        await(() -> !d.editor().area().isEditable());
        assertThat(d.banners()).extracting(b -> b.kind()).contains("read-only");
        assertThat(text(robot, d)).isEqualTo(POST + " Typed once writable.");
        assertThat(d.isDirty()).isTrue();
        assertThat(Files.readString(p)).isEqualTo(POST);
    }

    @Test
    void binaryAndTooLargeFilesAreRefusedWithAPlainMessage(FxRobot robot) throws Exception {
        build(robot);
        Path bin = tmp.resolve("image.md");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});
        assertThat(open(robot, bin)).isNull();
        assertThat(prompter.errors).hasSize(1);
        assertThat(prompter.errors.get(0)).startsWith("Quire did not open image.md: it ");
        assertThat(window.workspace().documents()).isEmpty();
    }

    @Test
    void aSaveErrorIsShownPlainlyAndTheFileStaysWhole(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("nosave.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " More.");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("r--r--r--"));
        assertThat(done(robot, () -> window.commands().save(d))).isFalse();
        assertThat(prompter.errors).singleElement().asString().startsWith("Quire could not save nosave.md: it is "
                + "read-only").contains("The file on disk is unchanged");
        assertThat(Files.readString(p)).isEqualTo(POST);
        assertThat(d.isDirty()).isTrue();
    }

    @Test
    void quittingWritesTheSessionAndApplyingItPutsCaretAndViewModeBack(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("session.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, " Not kept.");
        await(() -> safety.recovery().find(RecoveryStore.idFor(p)).isPresent());
        prompter.saveChoice = Prompter.SaveChoice.DISCARD;
        robot.interact(() -> {
            d.editor().area().moveTo(30);
            window.workspace().viewModeProperty().set(app.quire.ui.workspace.ViewMode.EDITOR_ONLY);
            window.commands().quit();
        });
        assertThat(safety.recovery().pending()).isEmpty();
        var session = safety.session().load();
        assertThat(session.tabs()).singleElement().satisfies(t -> {
            assertThat(t.file()).isEqualTo(p.toAbsolutePath().normalize());
            assertThat(t.caret()).isEqualTo(30);
        });
        assertThat(session.viewMode()).isEqualTo("EDITOR_ONLY");
        assertThat(session.window()).isPresent();

        MainWindow[] second = new MainWindow[1];
        DocumentModel[] reopened = new DocumentModel[1];
        robot.interact(() -> {
            second[0] = new MainWindow(new Stage(), new WorkspaceModel(),
                    new AppServices(new Settings(), null, prompter, background, null, () -> { }));
            second[0].commands().setSafety(safety);
            reopened[0] = second[0].commands().open(p).orElseThrow();
            second[0].commands().applySession(session);
        });
        assertThat(reopened[0].editor().area().getCaretPosition()).isEqualTo(30);
        assertThat(second[0].workspace().viewModeProperty().get())
                .isEqualTo(app.quire.ui.workspace.ViewMode.EDITOR_ONLY);
    }

    @Test
    void aLongPostLeftAtItsTopReopensAtItsTop(FxRobot robot) throws Exception {
        build(robot);
        StringBuilder text = new StringBuilder("---\ntitle: Long\n---\n");
        for (int i = 1; i <= 90; i++) {
            text.append("\nParagraph ").append(i).append(" with enough words to wrap in a narrow editor pane, ")
                    .append("which is how long posts look.\n");
        }
        Path p = post("long.md", text.toString());
        DocumentModel d = open(robot, p);
        // the session written when the tab opened (before its first layout) must not name a later line
        await(() -> !safety.session().load().tabs().isEmpty());
        assertThat(safety.session().load().tabs()).singleElement()
                .satisfies(t -> assertThat(t.editorScroll()).isEqualTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        prompter.saveChoice = Prompter.SaveChoice.DISCARD;
        robot.interact(() -> window.commands().quit());
        assertThat(safety.session().load().tabs()).singleElement()
                .satisfies(t -> assertThat(t.editorScroll()).isEqualTo(0));
    }

    /** Screenshots for docs/img (the recovery dialog's content and the history panel), written as PNG. */
    @Test
    void screenshotsOfTheRecoveryDialogAndTheHistoryPanel(FxRobot robot) throws Exception {
        build(robot);
        Path p = post("2026-05-02-harbour-notes.md", POST);
        DocumentModel d = open(robot, p);
        type(robot, d, "\n\nA seal watched from the pier.");
        done(robot, () -> window.commands().save(d));
        type(robot, d, "\n\n## Evening ##\n\nThe lights came on one by one.");
        String id = RecoveryStore.idFor(p);
        await(() -> safety.recovery().find(id).map(r -> r.text().endsWith("one by one.")).orElse(false));
        List<RecoveryStore.Recoverable> pending = safety.recovery().pending();
        // Autosaves after a save still belong to the post's file (not an untitled post).
        assertThat(pending).singleElement().satisfies(r -> {
            assertThat(r.original()).contains(p.toAbsolutePath().normalize());
            assertThat(r.diskState()).isEqualTo(RecoveryStore.DiskState.UNCHANGED_SINCE_OPEN);
        });
        // -Dquire.screenshots=docs/img refreshes the pictures in the docs; by default they go to target/.
        Path out = Path.of(System.getProperty("quire.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        robot.interact(() -> {
            var dialog = new app.quire.ui.recovery.RecoveryDialog(pending);
            snapshot(dialog.node(), out.resolve("recovery-dialog.png"));
        });
        robot.interact(() -> window.run("history"));
        HistoryPane pane = window.commands().historyPane().orElseThrow();
        await(() -> !pane.restoreButton().isDisabled());
        robot.interact(() -> snapshot(pane.node(), out.resolve("history-panel.png")));
        assertThat(out.resolve("recovery-dialog.png")).isNotEmptyFile();
        assertThat(out.resolve("history-panel.png")).isNotEmptyFile();
    }

    private static void snapshot(javafx.scene.Parent node, Path file) {
        javafx.scene.Scene scene = node.getScene();
        if (scene == null) {
            scene = new javafx.scene.Scene(node);
        }
        node.applyCss();
        node.layout();
        javafx.scene.image.WritableImage img = scene.snapshot(null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        java.awt.image.BufferedImage bi = new java.awt.image.BufferedImage(w, h,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        javafx.scene.image.PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                bi.setRGB(x, y, r.getArgb(x, y));
            }
        }
        try {
            javax.imageio.ImageIO.write(bi, "png", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
