package app.quire.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.site.PostOperations;
import app.quire.ui.AppServices;
import app.quire.ui.MainWindow;
import app.quire.ui.preview.PreviewPane;
import app.quire.ui.settings.Settings;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
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
class BlogSidebarTest {
    @TempDir
    static Path tmp;

    private final RecordingPrompter prompter = new RecordingPrompter();
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });
    private MainWindow window;
    private WorkspaceModel ws;
    private Path blog;

    @Start
    void start(Stage stage) throws IOException {
        blog = TestBlogs.copy("jekyll", Files.createTempDirectory(tmp, "blog"));
        ws = new WorkspaceModel();
        ws.blogFolderProperty().set(blog);
        AppServices services = new AppServices(new Settings(), null, prompter, background, PreviewPane::new, () -> { });
        window = new MainWindow(stage, ws, services);
        window.blogCommands().setPrompts(prompter);
        window.blogCommands().setTrash(PostOperations::folderTrash);
        stage.show();
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private BlogSidebar sidebar() {
        return window.postList();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForList() throws TimeoutException {
        waitFor(() -> sidebar().listView().getItems().size() == 8 && sidebar().model().bodiesIndexedProperty().get());
    }

    private Optional<SidebarItem> item(String title) {
        return sidebar().model().all().stream().filter(i -> i.title().equals(title)).findFirst();
    }

    private void select(FxRobot robot, String title) {
        robot.interact(() -> {
            var list = sidebar().listView();
            list.requestFocus();
            list.getSelectionModel().select(list.getItems().stream().filter(i -> i.title().equals(title))
                    .findFirst().orElseThrow());
        });
    }

    private Optional<Path> currentPath() {
        return ws.current().flatMap(DocumentModel::path);
    }

    @Test
    void listsEveryPostWithDateAndBadgesAndShowsTheCount(FxRobot robot) throws Exception {
        waitForList();
        assertThat(sidebar().listView().getItems()).extracting(SidebarItem::title)
                .contains("Work In Progress", "Withdrawn", "From The Future", "Two Categories");
        assertThat(robot.lookup(".badge-draft").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Draft");
        assertThat(robot.lookup(".badge-future").tryQuery()).isPresent();
        assertThat(robot.lookup("#post-count").queryLabeled().getText()).isEqualTo("8");
        assertThat(robot.lookup("2020-05-05").tryQuery()).isPresent();
        Snapshots.write(robot, window.scene().getRoot(), "sidebar-window.png");
    }

    @Test
    void aLongTitleWrapsInsteadOfBeingCutOff(FxRobot robot) throws Exception {
        waitForList();
        String longTitle = "Understanding the Public Library Project on a Budget, a Retrospective";
        Files.writeString(blog.resolve("_posts/2024-01-02-long.md"), "---\ntitle: " + longTitle + "\n---\n\nText.\n");
        robot.interact(() -> sidebar().refresh());
        waitFor(() -> sidebar().listView().getItems().size() == 9);
        robot.interact(() -> sidebar().listView().scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label wrapped = robot.lookup(".post-title")
                .match((javafx.scene.control.Label l) -> longTitle.equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class);
        javafx.scene.control.Label single = robot.lookup(".post-title")
                .match((javafx.scene.control.Label l) -> "Withdrawn".equals(l.getText()))
                .queryAs(javafx.scene.control.Label.class);
        // the sidebar is far narrower than the title: it takes several lines, all of them shown
        assertThat(wrapped.getWidth()).isLessThan(wrapped.prefWidth(-1));
        assertThat(wrapped.getHeight()).isGreaterThan(single.getHeight() * 1.8);
        assertThat(wrapped.getHeight()).isGreaterThanOrEqualTo(wrapped.prefHeight(wrapped.getWidth()) - 0.5);
    }

    @Test
    void theListMarksThePostBeingEdited(FxRobot robot) throws Exception {
        waitForList();
        Path file = item("Two Categories").orElseThrow().path();
        robot.interact(() -> window.commands().open(file));
        waitFor(() -> sidebar().selected() != null && sidebar().selected().path().equals(file));
        // a reload of the list keeps the mark on the open post
        robot.interact(() -> sidebar().refresh());
        waitFor(() -> !sidebar().model().loadingProperty().get());
        waitFor(() -> sidebar().selected() != null && sidebar().selected().path().equals(file));
        // a search that hides it clears the mark (Blog menu commands then act on the open post)
        robot.interact(() -> sidebar().model().queryProperty().set("no post has this word"));
        waitFor(() -> sidebar().listView().getItems().isEmpty());
        assertThat(sidebar().selected()).isNull();
    }

    @Test
    void thePostListCanBeHiddenAndF6BringsItBack(FxRobot robot) throws Exception {
        waitForList();
        robot.interact(() -> window.run("post-list"));
        assertThat(sidebar().node().getScene()).as("hidden: out of the window").isNull();
        assertThat(window.actions().find("post-list").orElseThrow().selected().get()).isFalse();
        robot.interact(() -> window.run("focus-posts"));
        assertThat(sidebar().node().getScene()).isNotNull();
        assertThat(sidebar().listView().isFocused()).isTrue();
        assertThat(ws.postListShownProperty().get()).isTrue();

        // a window opened with the list hidden last time starts without it
        boolean[] inScene = new boolean[1];
        robot.interact(() -> {
            WorkspaceModel hidden = new WorkspaceModel();
            hidden.postListShownProperty().set(false);
            Stage other = new Stage();
            MainWindow second = new MainWindow(other, hidden, new AppServices(new Settings(), null, prompter,
                    background, PreviewPane::new, () -> { }));
            inScene[0] = second.postList().node().getScene() != null;
            other.close();
        });
        assertThat(inScene[0]).isFalse();
    }

    @Test
    void typingSearchesTitlesAndTextThenEnterOpensTheFirstHit(FxRobot robot) throws Exception {
        waitForList();
        robot.clickOn("#post-search").write("street food");
        waitFor(() -> sidebar().listView().getItems().size() == 1);
        assertThat(sidebar().listView().getItems().get(0).title()).isEqualTo("Two Categories");
        assertThat(robot.lookup("#post-count").queryLabeled().getText()).isEqualTo("1 of 8");
        Snapshots.write(robot, sidebar().node(), "sidebar-search.png");

        robot.type(KeyCode.ENTER); // search field: to the list, first hit selected
        robot.type(KeyCode.ENTER); // list: open
        assertThat(currentPath()).contains(blog.resolve("_posts/2020-05-05-two-categories.md"));

        robot.interact(() -> sidebar().searchField().clear());
        waitFor(() -> sidebar().listView().getItems().size() == 8);
    }

    @Test
    void categoryTagAndStatusFiltersAndTitleSort(FxRobot robot) throws Exception {
        waitForList();
        ComboBox<String> category = robot.lookup("#filter-category").queryComboBox();
        assertThat(category.getItems()).contains("All categories", "Food", "blog");
        robot.interact(() -> category.setValue("Food"));
        waitFor(() -> sidebar().listView().getItems().size() == 1);
        assertThat(sidebar().listView().getItems().get(0).title()).isEqualTo("Two Categories");
        robot.interact(() -> category.setValue("All categories"));

        ComboBox<String> tag = robot.lookup("#filter-tag").queryComboBox();
        robot.interact(() -> tag.setValue("liquid"));
        waitFor(() -> sidebar().listView().getItems().size() == 1);
        assertThat(sidebar().listView().getItems().get(0).title()).isEqualTo("Liquid Features");
        robot.interact(() -> tag.setValue("All tags"));

        robot.interact(() -> sidebar().model().statusProperty().set(SidebarModel.StatusFilter.DRAFTS));
        waitFor(() -> sidebar().listView().getItems().size() == 3);
        assertThat(sidebar().listView().getItems()).allMatch(i -> i.status() != SidebarItem.Status.PUBLISHED);
        robot.interact(() -> sidebar().model().statusProperty().set(SidebarModel.StatusFilter.ALL));

        robot.interact(() -> sidebar().model().sortProperty().set(SidebarModel.Sort.TITLE));
        waitFor(() -> sidebar().listView().getItems().size() == 8
                && sidebar().listView().getItems().get(0).title().compareToIgnoreCase("B") < 0);
        assertThat(sidebar().listView().getItems()).extracting(SidebarItem::title)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void exportSiteOpensOneNonModalWindowForTheBlog(FxRobot robot) throws Exception {
        waitForList();
        app.quire.ui.export.ExportDialog[] shown = new app.quire.ui.export.ExportDialog[2];
        robot.interact(() -> window.run("export-site"));
        robot.interact(() -> shown[0] = window.showExport().orElseThrow());
        var dialog = shown[0];
        assertThat(dialog.blog()).isEqualTo(blog);
        assertThat(dialog.stage().isShowing()).isTrue();
        assertThat(dialog.stage().getModality()).isEqualTo(javafx.stage.Modality.NONE);
        robot.interact(() -> shown[1] = window.showExport().orElseThrow());
        assertThat(shown[1]).isSameAs(dialog);
        robot.interact(() -> dialog.stage().close());
    }

    @Test
    void newPostInBlogCreatesTheFileByConventionAndOpensIt(FxRobot robot) throws Exception {
        waitForList();
        prompter.texts.add("Written From The Sidebar");
        robot.interact(() -> window.run("new-blog-post"));
        waitFor(() -> currentPath().isPresent());
        Path created = currentPath().orElseThrow();
        assertThat(created.getParent()).isEqualTo(blog.resolve("_posts"));
        assertThat(created.getFileName().toString()).matches("\\d{4}-\\d{2}-\\d{2}-written-from-the-sidebar\\.md");
        assertThat(Files.readString(created)).contains("title: Written From The Sidebar");
        waitFor(() -> item("Written From The Sidebar").isPresent());
    }

    @Test
    void withABlogOpenAndNoPostTheEmptyPanePointsAtTheList(FxRobot robot) throws Exception {
        waitForList();
        assertThat(robot.lookup("#no-post-open").queryLabeled().getText()).contains("in the list on the left");
        robot.interact(() -> ws.blogFolderProperty().set(null));
        assertThat(robot.lookup("#no-post-open").queryLabeled().getText()).contains("Ctrl+O opens a file");
    }

    @Test
    void postsChangedOnDiskByAnotherProgramShowUpWithoutF5() throws Exception {
        waitForList();
        Files.writeString(blog.resolve("_posts/2021-12-10-from-a-terminal.md"), "---\ntitle: From A Terminal\n---\n");
        waitFor(() -> item("From A Terminal").isPresent());
        Path two = blog.resolve("_posts/2020-05-05-two-categories.md");
        Files.writeString(two, Files.readString(two).replace("title: Two Categories", "title: Retitled Elsewhere"));
        waitFor(() -> item("Retitled Elsewhere").isPresent() && item("Two Categories").isEmpty());
    }

    @Test
    void renameKeepsTheDatePrefixAndReopensTheOpenTab(FxRobot robot) throws Exception {
        waitForList();
        Path old = blog.resolve("_posts/2020-05-05-two-categories.md");
        robot.interact(() -> window.commands().open(old));
        select(robot, "Two Categories");
        prompter.texts.add("food-compared");
        robot.interact(() -> window.run("rename-post"));
        Path renamed = blog.resolve("_posts/2020-05-05-food-compared.md");
        waitFor(() -> Files.exists(renamed) && currentPath().filter(renamed::equals).isPresent());
        assertThat(old).doesNotExist();
        assertThat(ws.documents()).noneMatch(d -> d.path().filter(old::equals).isPresent());
        assertThat(prompter.asked).contains("text:Rename Post:two-categories");
        waitFor(() -> item("Two Categories").map(i -> i.path().equals(renamed)).orElse(false));
    }

    @Test
    void deleteAsksThenMovesThePostToTheTrash(FxRobot robot) throws Exception {
        waitForList();
        Path post = blog.resolve("_posts/2022-03-05-liquid-features.md");
        select(robot, "Liquid Features");
        prompter.confirmAnswer = false;
        robot.type(KeyCode.DELETE);
        assertThat(post).exists();
        prompter.confirmAnswer = true;
        robot.interact(() -> window.run("delete-post"));
        waitFor(() -> !Files.exists(post) && item("Liquid Features").isEmpty());
        assertThat(blog.resolve(".quire-trash/_posts/2022-03-05-liquid-features.md")).exists();
        assertThat(prompter.asked).filteredOn(a -> a.startsWith("confirm:")).hasSize(2);
    }

    @Test
    void publishingADraftMovesItToPostsAndClearsTheBadge(FxRobot robot) throws Exception {
        waitForList();
        select(robot, "Two Categories");
        assertThat(window.actions().find("publish-draft").orElseThrow().isEnabled()).as("not a draft").isFalse();
        select(robot, "Work In Progress");
        assertThat(window.actions().find("publish-draft").orElseThrow().isEnabled()).isTrue();
        robot.interact(() -> window.run("publish-draft"));
        waitFor(() -> item("Work In Progress").map(i -> i.status() == SidebarItem.Status.PUBLISHED).orElse(false));
        assertThat(blog.resolve("_drafts/work-in-progress.md")).doesNotExist();
        try (Stream<Path> s = Files.list(blog.resolve("_posts"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertThat(names).anyMatch(n -> n.matches("\\d{4}-\\d{2}-\\d{2}-work-in-progress\\.md"));
        }
        select(robot, "Work In Progress");
        assertThat(window.actions().find("publish-draft").orElseThrow().isEnabled()).as("published now").isFalse();
        // the sidebar's own menu still says so when asked about a post that is not a draft
        robot.interact(() -> window.blogCommands().publish(item("Two Categories").orElseThrow()));
        assertThat(prompter.infos).anyMatch(m -> m.contains("is not a draft"));
    }
}
