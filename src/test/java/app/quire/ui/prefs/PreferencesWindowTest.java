package app.quire.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.media.ImageSettings;
import app.quire.media.ImageTarget;
import app.quire.ui.LatestTaskRunner;
import app.quire.ui.posts.Snapshots;
import app.quire.ui.posts.TestBlogs;
import app.quire.ui.settings.Settings;
import app.quire.ui.workspace.DocumentModel;
import app.quire.ui.workspace.WorkspaceModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit > Preferences…: choices apply to open posts at once; the blog's image settings are saved to the blog. */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowTest {
    @TempDir
    Path tmp;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private PreferencesWindow show(FxRobot robot, WorkspaceModel ws) {
        PreferencesWindow[] p = new PreferencesWindow[1];
        robot.interact(() -> {
            p[0] = new PreferencesWindow(ws, Runnable::run);
            stage.setScene(new Scene(p[0].node()));
            stage.show();
            p[0].loadImages();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return p[0];
    }

    /** The window for a workspace with this blog open, once its image settings are shown. */
    private void showForBlog(FxRobot robot, Path blog) throws Exception {
        WorkspaceModel ws = new WorkspaceModel();
        ws.blogFolderProperty().set(blog);
        show(robot, ws);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#pref-image-folder").queryAs(TextField.class).getText().isEmpty());
    }

    @Test
    void choicesApplyToOpenPostsAtOnce(FxRobot robot) {
        WorkspaceModel ws = new WorkspaceModel();
        DocumentModel[] d = new DocumentModel[1];
        robot.interact(() -> {
            d[0] = new DocumentModel(null, "# Draft\n", LatestTaskRunner.direct());
            ws.add(d[0]);
        });
        show(robot, ws);
        robot.interact(() -> robot.lookup("#pref-font-size").queryAs(Spinner.class).getValueFactory().setValue(16.0));
        assertThat(ws.editorFontSizeProperty().get()).isEqualTo(16.0);
        assertThat(d[0].editor().area().getStyle()).contains("16.0pt");
        robot.clickOn("#pref-soft-wrap");
        assertThat(ws.isSoftWrap()).isFalse();
        assertThat(d[0].editor().area().isWrapText()).isFalse();
        robot.clickOn("#pref-scroll-sync");
        assertThat(ws.scrollSyncProperty().get()).isFalse();
        robot.interact(() -> robot.lookup("#pref-theme").queryAs(ChoiceBox.class).setValue("Dark"));
        assertThat(ws.darkProperty().get()).isTrue();
        // View > Zoom moves the same setting, within limits
        robot.interact(() -> ws.zoom(1));
        assertThat(robot.lookup("#pref-font-size").queryAs(Spinner.class).getValue()).isEqualTo(17.0);
        robot.interact(() -> {
            for (int i = 0; i < 40; i++) {
                ws.zoom(1);
            }
        });
        assertThat(ws.editorFontSizeProperty().get()).isEqualTo(Settings.MAX_FONT);
        robot.interact(() -> ws.zoom(0));
        assertThat(ws.editorFontSizeProperty().get()).isEqualTo(Settings.DEFAULT_FONT);
        assertThat(robot.lookup("#pref-image-save").queryButton().isDisabled()).as("no blog open").isTrue();
        // typing nonsense or a size out of range into the box keeps a valid size
        Spinner<?> spinner = robot.lookup("#pref-font-size").queryAs(Spinner.class);
        java.util.List<Throwable> uncaught = new java.util.ArrayList<>();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)));
        for (String typed : new String[] {"abc", "500", "-3", ""}) {
            robot.interact(() -> {
                spinner.getEditor().setText(typed);
                spinner.commitValue();
            });
            assertThat(ws.editorFontSizeProperty().get()).isBetween(Settings.MIN_FONT, Settings.MAX_FONT);
        }
        robot.interact(() -> {
            spinner.getEditor().setText("13");
            spinner.commitValue();
        });
        assertThat(ws.editorFontSizeProperty().get()).isEqualTo(13.0);
        assertThat(uncaught).isEmpty();
        robot.interact(() -> d[0].dispose());
    }

    @Test
    void theBlogsImageSettingsAreShownAndSavedToTheBlog(FxRobot robot) throws Exception {
        Path blog = TestBlogs.copy("jekyll", tmp);
        showForBlog(robot, blog);
        assertThat(robot.lookup("#pref-image-folder").queryAs(TextField.class).getText())
                .isEqualTo("/assets/images/posts");
        assertThat(robot.lookup("#pref-image-name").queryAs(TextField.class).getText()).isEqualTo("{uuid}");
        Snapshots.write(robot, stage.getScene().getRoot(), "preferences.png");

        robot.interact(() -> {
            robot.lookup("#pref-image-folder").queryAs(TextField.class).setText("/assets/img/{date}");
            robot.lookup("#pref-image-name").queryAs(TextField.class).setText("{slug}-{hash}");
        });
        robot.clickOn("#pref-image-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(blog.resolve(ImageSettings.FILE)));
        WaitForAsyncUtils.waitForFxEvents();
        ImageSettings back = ImageSettings.forTarget(ImageTarget.of(blog, null));
        assertThat(back.folder()).isEqualTo("/assets/img/{date}");
        assertThat(back.name()).isEqualTo("{slug}-{hash}");
        assertThat(back.downscale()).isTrue();

        // an empty pattern is refused with a sentence, and the file keeps what it had
        robot.interact(() -> robot.lookup("#pref-image-name").queryAs(TextField.class).setText(" "));
        robot.clickOn("#pref-image-save");
        assertThat(robot.lookup("#pref-image-note").queryLabeled().getText()).startsWith("Not saved:");
        assertThat(ImageSettings.forTarget(ImageTarget.of(blog, null)).name()).isEqualTo("{slug}-{hash}");
        robot.interact(() -> {
            robot.lookup("#pref-image-name").queryAs(TextField.class).setText("{uuid}");
            robot.lookup("#pref-image-folder").queryAs(TextField.class).setText("/../../outside");
        });
        robot.clickOn("#pref-image-save");
        assertThat(robot.lookup("#pref-image-note").queryLabeled().getText()).startsWith("Not saved:")
                .contains("inside the blog");
        assertThat(ImageSettings.forTarget(ImageTarget.of(blog, null)).folder()).isEqualTo("/assets/img/{date}");
        assertThat(robot.lookup("#pref-image-max-width").query().isDisabled()).isFalse();
        Spinner<?> width = robot.lookup("#pref-image-max-width").queryAs(Spinner.class);
        robot.interact(() -> {
            width.getEditor().setText("wide");
            width.commitValue();
        });
        assertThat(width.getValue()).isEqualTo(ImageSettings.DEFAULT_MAX_WIDTH);
        // a blog where the settings cannot be written (a file where their folder goes): a sentence, nothing lost
        robot.interact(() -> {
            robot.lookup("#pref-image-name").queryAs(TextField.class).setText("{name}");
            robot.lookup("#pref-image-folder").queryAs(TextField.class).setText("/assets/img");
        });
        Path quire = blog.resolve("_quire");
        Path aside = Files.move(quire, blog.resolve("_quire-aside"));
        Files.writeString(quire, "not a folder");
        try {
            robot.clickOn("#pref-image-save");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#pref-image-note").queryLabeled()
                    .getText().startsWith("Not saved: cannot write"));
        } finally {
            Files.delete(quire);
            Files.move(aside, quire);
        }
        assertThat(ImageSettings.forTarget(ImageTarget.of(blog, null)).name()).isEqualTo("{slug}-{hash}");
        robot.clickOn(robot.lookup(".check-box").match((CheckBox c) -> c.getText().startsWith("Scale down"))
                .queryAs(CheckBox.class));
        assertThat(robot.lookup("#pref-image-max-width").query().isDisabled()).isTrue();
    }

    @Test
    void changedPreferencesAreWrittenSoonWithoutWaitingForQuit(FxRobot robot) throws Exception {
        Path file = tmp.resolve("settings.properties");
        WorkspaceModel ws = new WorkspaceModel();
        app.quire.ui.DocumentCommands commands = new app.quire.ui.DocumentCommands(ws, new app.quire.ui.AppServices(
                new Settings(), file, null, Runnable::run, null, () -> { }));
        robot.interact(() -> {
            commands.rememberPreferencesOnChange();
            ws.zoom(2);
            ws.softWrapProperty().set(false);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file));
        Settings back = Settings.load(file);
        assertThat(back.editorFontSize()).isEqualTo(Settings.DEFAULT_FONT + 2);
        assertThat(back.softWrap()).isFalse();
    }

    @Test
    void anUnreadableSettingsFileShowsTheBlogsDefaultsWithANote(FxRobot robot) throws Exception {
        Path blog = TestBlogs.copy("jekyll", tmp);
        Files.writeString(Files.createDirectories(blog.resolve("_quire")).resolve("images.properties"),
                "max-width = wide\n");
        showForBlog(robot, blog);
        assertThat(robot.lookup("#pref-image-folder").queryAs(TextField.class).getText())
                .as("the Jekyll defaults, not a plain folder's").isEqualTo("/assets/images/posts");
        assertThat(robot.lookup("#pref-image-note").queryLabeled().getText()).startsWith("Could not read")
                .contains("defaults");
    }
}
