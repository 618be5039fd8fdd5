package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.markdown.RenderContext;
import app.quire.sample.SampleBlogInstaller;
import app.quire.ui.preview.PreviewPane;
import app.quire.ui.settings.Settings;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.ViewMode;
import app.quire.ui.workspace.WorkspaceModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path tmp;

    private final ScriptedPrompter prompter = new ScriptedPrompter();
    private final ExecutorService background = TestExecutors.background("test-background");
    private final List<RenderContext> previewContexts = new ArrayList<>();
    private MainWindow window;
    private Stage stage;
    private Path blog;
    private int exits;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        blog = SampleBlogInstaller.install(Files.createTempDirectory(tmp, "blog").resolve("sample")).folder();
        WorkspaceModel ws = new WorkspaceModel();
        ws.blogFolderProperty().set(blog);
        AppServices services = new AppServices(new Settings(), null, prompter, background, ctx -> {
            previewContexts.add(ctx);
            return new PreviewPane(ctx);
        }, () -> exits++);
        window = new MainWindow(stage, ws, services);
        window.commands().enablePreviews();
        stage.show();
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private Path welcome() {
        return blog.resolve("_posts/2026-03-09-welcome-to-quire.md");
    }

    private DocumentModel open(FxRobot robot, Path file) {
        DocumentModel[] d = new DocumentModel[1];
        robot.interact(() -> d[0] = window.commands().open(file).orElseThrow());
        return d[0];
    }

    /** Waits (generously) until every save asked for so far has finished: saves run off the FX thread. */
    private void settle(FxRobot robot) {
        List<java.util.concurrent.CompletableFuture<?>> f = new ArrayList<>();
        robot.interact(() -> f.add(window.commands().savesSettled(java.time.Duration.ofSeconds(30))));
        try {
            assertThat(f.get(0).get(60, TimeUnit.SECONDS)).isEqualTo(SaveQueue.Settled.DONE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickIntoEditor(FxRobot robot, DocumentModel d) {
        robot.interact(() -> {
            d.editor().area().requestFocus();
            d.editor().area().moveTo(d.editor().area().getLength());
        });
    }

    @Test
    void undoOnAFormControlUndoesThePostsLastChangeAndTextFieldsKeepTheirOwn(FxRobot robot) throws IOException {
        DocumentModel d = open(robot, welcome());
        String before = d.editor().area().getText();
        robot.clickOn("#fm-draft");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d.editor().area().getText()).contains("draft: true");
        assertThat(robot.lookup("#fm-draft").query().isFocused()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d.editor().area().getText()).isEqualTo(before);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d.editor().area().getText()).contains("draft: true");

        // in a text field, Ctrl+Z is the field's own undo: the post's text is not touched
        robot.clickOn("#fm-author");
        robot.write("X");
        WaitForAsyncUtils.waitForFxEvents();
        String withX = d.editor().area().getText();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d.editor().area().getText()).as("draft change not undone by the field's undo")
                .contains("draft: true");
        assertThat(withX).contains("draft: true");
    }

    @Test
    void openingAPostShowsItsTitleAndAPreviewInItsSite(FxRobot robot) {
        DocumentModel d = open(robot, welcome());
        assertThat(stage.getTitle()).isEqualTo("Welcome to Quire — Quire");
        assertThat(d.preview()).isPresent();
        assertThat(previewContexts).last().isEqualTo(new RenderContext(blog, welcome().getParent(), welcome()));
    }

    @Test
    void typingMarksTheTitleAndCtrlSSavesTheEditorText(FxRobot robot) throws IOException {
        Path copy = Files.copy(welcome(), blog.resolve("_posts/2026-04-01-copy.md"));
        DocumentModel d = open(robot, copy);
        clickIntoEditor(robot, d);
        robot.write("Typed here.");
        assertThat(stage.getTitle()).isEqualTo("*Welcome to Quire — Quire");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        settle(robot);

        assertThat(stage.getTitle()).isEqualTo("Welcome to Quire — Quire");
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(d.editor().text())
                .endsWith("Happy writing!\nTyped here.");
        assertThat(prompter.errors).isEmpty();
    }

    @Test
    void savingAnUnchangedPostKeepsItByteIdentical(FxRobot robot) throws IOException {
        // The seed-shaped post: no final newline, closed ATX headings, quoted title.
        Path post = Files.copy(blog.resolve("_posts/2026-02-21-evening-walks.md"), tmp.resolve("walks.md"));
        byte[] before = Files.readAllBytes(post);
        open(robot, post);
        robot.interact(() -> window.run("save"));
        settle(robot);
        assertThat(Files.readAllBytes(post)).isEqualTo(before);
    }

    @Test
    void fileChangedOnDiskAsksBeforeOverwriting(FxRobot robot) throws IOException, InterruptedException {
        Path post = Files.copy(welcome(), tmp.resolve("changed.md"));
        DocumentModel d = open(robot, post);
        Files.writeString(post, "someone else", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(post, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        clickIntoEditor(robot, d);
        robot.write("x");
        prompter.overwrite = false;
        robot.interact(() -> window.run("save"));
        settle(robot);
        assertThat(prompter.asked).contains("overwrite:changed.md");
        assertThat(post).content(StandardCharsets.UTF_8).isEqualTo("someone else");
        assertThat(d.isDirty()).isTrue();

        prompter.overwrite = true;
        robot.interact(() -> window.run("save"));
        settle(robot);
        assertThat(post).content(StandardCharsets.UTF_8).isEqualTo(d.editor().text());
        assertThat(d.isDirty()).isFalse();
    }

    @Test
    void closingWithUnsavedChangesAsksFirst(FxRobot robot) {
        DocumentModel d = open(robot, welcome());
        clickIntoEditor(robot, d);
        robot.write("unsaved");

        prompter.saveChoice = Prompter.SaveChoice.CANCEL;
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(prompter.asked).containsExactly("save-changes:Welcome to Quire");
        assertThat(window.workspace().documents()).containsExactly(d);

        prompter.saveChoice = Prompter.SaveChoice.DISCARD;
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().documents()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Quire");
        assertThat(welcome()).content(StandardCharsets.UTF_8).doesNotContain("unsaved");
    }

    @Test
    void quittingWithUnsavedChangesCanBeCancelled(FxRobot robot) {
        DocumentModel d = open(robot, welcome());
        clickIntoEditor(robot, d);
        robot.write("more");
        prompter.saveChoice = Prompter.SaveChoice.CANCEL;
        robot.interact(() -> window.run("quit"));
        assertThat(exits).isZero();
        prompter.saveChoice = Prompter.SaveChoice.DISCARD;
        robot.interact(() -> window.run("quit"));
        assertThat(exits).isEqualTo(1);
    }

    @Test
    void openingTheSameFileTwiceSelectsItsTab(FxRobot robot) {
        DocumentModel first = open(robot, welcome());
        open(robot, blog.resolve("_posts/2026-03-02-formatting-cheat-sheet.md"));
        TabPane tabs = window.tabs().tabPane();
        assertThat(tabs.getTabs()).hasSize(2);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);

        DocumentModel again = open(robot, blog.resolve("_posts/../_posts/2026-03-09-welcome-to-quire.md"));

        assertThat(again).isSameAs(first);
        assertThat(tabs.getTabs()).hasSize(2);
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(stage.getTitle()).isEqualTo("Welcome to Quire — Quire");
    }

    @Test
    void viewShortcutsToggleEditorAndPreview(FxRobot robot) {
        DocumentModel d = open(robot, welcome());
        clickIntoEditor(robot, d);
        DocumentView view = window.tabs().viewOf(d);
        assertThat(view.showsEditor()).isTrue();
        assertThat(view.showsPreview()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.workspace().viewModeProperty().get()).isEqualTo(ViewMode.EDITOR_ONLY);
        assertThat(view.showsPreview()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.showsEditor()).isTrue();
        assertThat(view.showsPreview()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.showsEditor()).isFalse();
        assertThat(view.showsPreview()).isTrue();
        assertThat(d.editor().text()).isEqualTo(d.file().orElseThrow().text());
    }

    @Test
    void themeToggleSwitchesTheRootClassAndIsRemembered(FxRobot robot) {
        open(robot, welcome());
        robot.interact(() -> window.run("dark-theme"));
        assertThat(window.scene().getRoot().getStyleClass()).contains("dark");
        robot.interact(() -> window.commands().saveSession());
        // saveSession writes into the settings object (no file in tests)
        robot.interact(() -> window.run("dark-theme"));
        assertThat(window.scene().getRoot().getStyleClass()).doesNotContain("dark");
    }

    @Test
    void postListShowsTitlesNewestFirstAndOpensOnEnter(FxRobot robot) throws TimeoutException {
        var list = window.postList().listView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == 3);
        assertThat(list.getItems()).extracting(e -> e.title()).containsExactly("Welcome to Quire",
                "A Formatting Cheat Sheet", "Evening Walks: Notes on a Habit That Stuck");
        assertThat(robot.lookup("A Formatting Cheat Sheet").tryQuery()).isPresent();

        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(1);
        });
        robot.type(KeyCode.ENTER);
        assertThat(stage.getTitle()).isEqualTo("A Formatting Cheat Sheet — Quire");
    }

    @Test
    void previewsAreCreatedAfterStartUpAndOnlyForTabsThatWereShown(FxRobot robot) {
        WorkspaceModel ws = new WorkspaceModel();
        List<RenderContext> made = new ArrayList<>();
        DocumentCommands commands = new DocumentCommands(ws, new AppServices(new Settings(), null, prompter,
                background, ctx -> {
                    made.add(ctx);
                    return new PreviewPane(ctx);
                }, () -> { }));
        DocumentModel[] docs = new DocumentModel[2];
        robot.interact(() -> {
            docs[0] = commands.open(welcome()).orElseThrow();
            docs[1] = commands.open(blog.resolve("_posts/2026-03-02-formatting-cheat-sheet.md")).orElseThrow();
        });
        assertThat(made).isEmpty();

        robot.interact(commands::enablePreviews);
        assertThat(docs[1].preview()).isPresent();
        assertThat(docs[0].preview()).isEmpty();

        robot.interact(() -> ws.currentProperty().set(docs[0]));
        assertThat(docs[0].preview()).isPresent();
        assertThat(made).hasSize(2);
        robot.interact(() -> ws.documents().forEach(DocumentModel::dispose));
    }

    @Test
    void openRecentListsOpenedFilesAndFolders(FxRobot robot) {
        open(robot, welcome());
        robot.interact(() -> window.commands().openFolder(blog));
        var recent = window.actions().find("open-recent").orElseThrow().children().get();
        assertThat(recent).extracting(a -> a.label()).anySatisfy(l -> assertThat(l).startsWith(
                "2026-03-09-welcome-to-quire.md")).anySatisfy(l -> assertThat(l).isEqualTo("Folder: " + blog));
        robot.interact(() -> window.run("close-tab"));
        assertThat(window.workspace().documents()).isEmpty();
        robot.interact(() -> recent.get(0).run());
        assertThat(stage.getTitle()).isEqualTo("Welcome to Quire — Quire");
    }

    @Test
    void formatMenuBoldsTheSelectionAndATypedShortcutTogglesItBackInOneStep(FxRobot robot) {
        Path copy = blog.resolve("_posts/2026-04-02-format.md");
        robot.interact(() -> {
            try {
                Files.writeString(copy, "---\ntitle: F\n---\nsome words here");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        DocumentModel d = open(robot, copy);
        var area = d.editor().area();
        robot.interact(() -> {
            area.requestFocus();
            int start = area.getText().indexOf("words");
            area.selectRange(start, start + "words".length());
        });
        robot.interact(() -> window.run("format-bold"));
        assertThat(d.editor().text()).endsWith("some **words** here");

        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d.editor().text()).endsWith("some words here");
        robot.interact(area::undo);
        assertThat(d.editor().text()).endsWith("some **words** here");
    }

    @Test
    void theOutlineOfHeadingsShowsBesideTheEditorAndNavigates(FxRobot robot) {
        DocumentModel d = open(robot, welcome());
        robot.interact(() -> window.run("outline"));
        var outline = robot.lookup(".document-outline").queryAs(app.quire.ui.editor.OutlinePane.class);
        assertThat(outline.listView().getItems()).isNotEmpty();
        var first = outline.listView().getItems().get(0);
        robot.interact(() -> outline.listView().getSelectionModel().select(first));
        robot.clickOn(outline.listView().lookup(".list-cell"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(d.editor().area().getText(d.editor().area().getCurrentParagraph())).contains(first.text());
        robot.interact(() -> window.run("outline"));
        assertThat(robot.lookup(".document-outline").tryQuery()).isEmpty();
    }

    @Test
    void everyMenuActionWithAShortcutIsInTheMenuBar() {
        var bar = window.actions().menuBar();
        List<String> ids = new ArrayList<>();
        bar.getMenus().forEach(m -> m.getItems().forEach(i -> ids.add(i.getId())));
        window.actions().all().forEach(a -> assertThat(ids).contains(a.id()));
        assertThat(bar.getMenus()).extracting(m -> m.getText())
                .containsExactly("_File", "_Edit", "_Insert", "F_ormat", "_View", "_Blog", "_Help");
    }

    @Test
    void newPostIsSavedWithAJekyllNameInPosts(FxRobot robot) throws IOException {
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Untitled post — Quire");
        robot.write("First words.");
        Path target = blog.resolve("_posts/new-post.md");
        prompter.saveTarget = target;
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        settle(robot);
        assertThat(prompter.lastSaveFolder).isEqualTo(blog.resolve("_posts"));
        assertThat(prompter.lastSuggestedName).matches("\\d{4}-\\d{2}-\\d{2}-untitled-post\\.md");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).startsWith("---\ntitle: Untitled post\ndate: ")
                .endsWith("---\n\nFirst words.");
        assertThat(stage.getTitle()).isEqualTo("Untitled post — Quire");
    }

    /** A drag of files over a node and their drop on it, as the toolkit delivers them (its dragboard made here). */
    private static void dragAndDrop(javafx.scene.Node target, List<Path> files) {
        java.util.Map<javafx.scene.input.DataFormat, Object> content = java.util.Map.of(
                javafx.scene.input.DataFormat.FILES, files.stream().map(Path::toFile).collect(Collectors.toList()));
        com.sun.javafx.tk.TKClipboard peer = new com.sun.javafx.tk.TKClipboard() {
            @Override
            public void setSecurityContext(java.security.AccessControlContext ctx) {
            }

            @Override
            public java.util.Set<javafx.scene.input.DataFormat> getContentTypes() {
                return content.keySet();
            }

            @Override
            @SafeVarargs
            public final boolean putContent(javafx.util.Pair<javafx.scene.input.DataFormat, Object>... c) {
                return false;
            }

            @Override
            public Object getContent(javafx.scene.input.DataFormat f) {
                return content.get(f);
            }

            @Override
            public boolean hasContent(javafx.scene.input.DataFormat f) {
                return content.containsKey(f);
            }

            @Override
            public java.util.Set<javafx.scene.input.TransferMode> getTransferModes() {
                return java.util.EnumSet.of(javafx.scene.input.TransferMode.COPY, javafx.scene.input.TransferMode.LINK);
            }

            @Override
            public void setDragView(javafx.scene.image.Image image) {
            }

            @Override
            public void setDragViewOffsetX(double x) {
            }

            @Override
            public void setDragViewOffsetY(double y) {
            }

            @Override
            public javafx.scene.image.Image getDragView() {
                return null;
            }

            @Override
            public double getDragViewOffsetX() {
                return 0;
            }

            @Override
            public double getDragViewOffsetY() {
                return 0;
            }
        };
        javafx.scene.input.Dragboard db = com.sun.javafx.scene.input.DragboardHelper.createDragboard(peer);
        javafx.geometry.Bounds b = target.localToScreen(target.getBoundsInLocal());
        for (var type : List.of(javafx.scene.input.DragEvent.DRAG_OVER, javafx.scene.input.DragEvent.DRAG_DROPPED)) {
            javafx.event.Event.fireEvent(target, new javafx.scene.input.DragEvent(null, target, type, db,
                    b.getCenterX(), b.getCenterY(), b.getCenterX(), b.getCenterY(),
                    javafx.scene.input.TransferMode.COPY, null, null, null));
        }
    }

    @Test
    void markdownFilesDroppedOnTheEditorOpenAsTabs(FxRobot robot) throws IOException {
        DocumentModel d = open(robot, welcome());
        Path dropped = Files.writeString(tmp.resolve("dropped.md"), "# Dropped\n\nHello.\n");
        robot.interact(() -> dragAndDrop(d.editor().area(), List.of(dropped)));
        assertThat(window.workspace().current().flatMap(DocumentModel::path))
                .contains(dropped.toAbsolutePath().normalize());
        assertThat(d.editor().text()).as("the file's name or text was not typed into the post").doesNotContain("Dropped");

        Path otherBlog = Files.createDirectories(tmp.resolve("other-blog/_posts"));
        robot.interact(() -> dragAndDrop(d.editor().area(), List.of(otherBlog.getParent())));
        assertThat(window.workspace().blogFolderProperty().get()).isEqualTo(otherBlog.getParent().toAbsolutePath()
                .normalize());
    }
}
