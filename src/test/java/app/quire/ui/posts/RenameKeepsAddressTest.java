package app.quire.ui.posts;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.site.RenameRedirect;
import app.quire.ui.AppServices;
import app.quire.ui.MainWindow;
import app.quire.ui.preview.PreviewPane;
import app.quire.ui.settings.Settings;
import app.quire.ui.workspace.WorkspaceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Rename in the sidebar of a Hugo blog offers to keep the old address (decision 0238): the dialog's choice, and the
 * command adding the old URL to aliases, or not, or cancelling the rename.
 */
@ExtendWith(ApplicationExtension.class)
class RenameKeepsAddressTest {
    @TempDir
    static Path tmp;

    private final RecordingPrompter prompter = new RecordingPrompter();
    private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-background");
        t.setDaemon(true);
        return t;
    });
    private Stage stage;
    private MainWindow window;
    private Path blog;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        blog = TestBlogs.copy("hugo", Files.createTempDirectory(tmp, "blog"));
        WorkspaceModel ws = new WorkspaceModel();
        ws.blogFolderProperty().set(blog);
        AppServices services = new AppServices(new Settings(), null, prompter, background, PreviewPane::new, () -> { });
        window = new MainWindow(stage, ws, services);
        window.blogCommands().setPrompts(prompter);
        stage.show();
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void renameFirstPost(FxRobot robot, String to) throws TimeoutException {
        waitFor(() -> window.postList().listView().getItems().stream().anyMatch(i -> i.title().equals("First Post")));
        robot.interact(() -> {
            var list = window.postList().listView();
            list.requestFocus();
            list.getSelectionModel().select(list.getItems().stream().filter(i -> i.title().equals("First Post"))
                    .findFirst().orElseThrow());
        });
        prompter.texts.add(to);
        robot.interact(() -> window.run("rename-post"));
    }

    @Test
    void keepingTheAddressAddsItToAliases(FxRobot robot) throws Exception {
        Path post = blog.resolve("content/posts/first-post.md");
        String before = Files.readString(post);
        renameFirstPost(robot, "first-steps");
        Path renamed = blog.resolve("content/posts/first-steps.md");
        waitFor(() -> Files.exists(renamed));
        assertThat(prompter.asked).contains("keep-address:First Post:/posts/first-post/->/posts/first-steps/:OFFERED");
        assertThat(Files.readString(renamed)).isEqualTo(before.replace("tags: [start]\n",
                "tags: [start]\naliases: [/posts/first-post/]\n"));
    }

    @Test
    void decliningRenamesWithoutTouchingTheTextAndCancelKeepsThePost(FxRobot robot) throws Exception {
        Path post = blog.resolve("content/posts/first-post.md");
        String before = Files.readString(post);
        prompter.keepAddressAnswer = Optional.empty();
        renameFirstPost(robot, "not-this");
        waitFor(() -> prompter.asked.stream().anyMatch(a -> a.startsWith("keep-address:")));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // nothing further happens in the background
        assertThat(post).exists();
        assertThat(blog.resolve("content/posts/not-this.md")).doesNotExist();

        prompter.keepAddressAnswer = Optional.of(false);
        renameFirstPost(robot, "plain-rename");
        Path renamed = blog.resolve("content/posts/plain-rename.md");
        waitFor(() -> Files.exists(renamed));
        assertThat(Files.readString(renamed)).isEqualTo(before);
    }

    @Test
    void theDialogOffersTheOldAddressTickedAndExplainsTomlItCannotEdit(FxRobot robot) throws Exception {
        Path post = blog.resolve("content/posts/first-post.md");
        RenameRedirect.Offer offer = RenameRedirect.plan(app.quire.site.Site.open(blog), post, "first-steps");
        AtomicReference<Optional<Boolean>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new FxBlogPrompts(() -> stage).askKeepOldAddress("First Post", offer)));
        waitFor(() -> fx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Keep the Old Address?".equals(s.getTitle()))));
        CheckBox keep = robot.lookup("#keep-address-check").queryAs(CheckBox.class);
        assertThat(keep.isSelected()).isTrue();
        assertThat(keep.isDisabled()).isFalse();
        assertThat(keep.getText()).isEqualTo("Keep /posts/first-post/ working (add it to aliases)");
        assertThat(robot.lookup("#keep-address-what").queryAs(Label.class).getText())
                .contains("from /posts/first-post/ to /posts/first-steps/");
        Snapshots.write(robot, keep.getScene().getRoot(), "rename-keep-address.png");
        robot.clickOn("#keep-address-check");
        robot.clickOn(robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Rename".equals(b.getText())).findFirst().orElseThrow());
        waitFor(() -> answer.get() != null);
        assertThat(answer.get()).contains(false);

        Path toml = blog.resolve("content/posts/toml-post.md");
        Files.writeString(toml, "+++\ntitle = \"Toml\"\n+++\nBody.\n");
        RenameRedirect.Offer tomlOffer = RenameRedirect.plan(app.quire.site.Site.open(blog), toml, "renamed");
        AtomicReference<Optional<Boolean>> second = new AtomicReference<>();
        Platform.runLater(() -> second.set(new FxBlogPrompts(() -> stage).askKeepOldAddress("Toml", tomlOffer)));
        waitFor(() -> robot.lookup("#keep-address-why").tryQuery().isPresent());
        CheckBox off = robot.lookup("#keep-address-check").queryAs(CheckBox.class);
        assertThat(off.isSelected()).isFalse();
        assertThat(off.isDisabled()).isTrue();
        assertThat(robot.lookup("#keep-address-why").queryAs(Label.class).getText())
                .contains("TOML", "does not edit", "aliases = [\"/posts/toml-post/\"]");
        Snapshots.write(robot, off.getScene().getRoot(), "rename-keep-address-toml.png");
        robot.clickOn(robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Rename".equals(b.getText())).findFirst().orElseThrow());
        waitFor(() -> second.get() != null);
        assertThat(second.get()).contains(false);
    }
}
