package app.quire.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.site.Problem;
import app.quire.ui.TestExecutors;
import app.quire.ui.posts.Snapshots;
import app.quire.ui.posts.TestBlogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
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
class ExportPaneTest {
    @TempDir
    static Path tmp;

    private final ExecutorService background = TestExecutors.background("test-export");
    private final List<String> shown = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private ExportPane pane;
    private Path blog;
    private Path folders;

    @Start
    void start(Stage stage) throws IOException {
        blog = TestBlogs.copy("jekyll", Files.createTempDirectory(tmp, "blog"));
        folders = blog.resolveSibling("export-folders.properties");
        pane = new ExportPane(blog, background, new ExportFolders(folders));
        pane.setOnShowDocument(shown::add);
        pane.setOnOpenProblem((file, line) -> opened.add(blog.relativize(file) + ":" + line));
        Scene scene = new Scene((javafx.scene.Parent) pane.node(), 720, 460);
        scene.getStylesheets().add(app.quire.ui.MainWindow.class.getResource("quire.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private void waitUntilDone() throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !pane.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void suggestsAFolderNextToTheBlogAndRemembersTheOneUsed(FxRobot robot) throws Exception {
        assertThat(pane.outputField().getText()).isEqualTo(blog.resolveSibling("jekyll-site").toString());
        Path out = tmp.resolve("remembered");
        robot.interact(() -> pane.outputField().setText(out.toString()));
        robot.clickOn("#export-run");
        waitUntilDone();
        assertThat(new ExportFolders(folders).suggest(blog)).isEqualTo(out.toAbsolutePath().normalize());
    }

    @Test
    void exportsInTheBackgroundThenShowsTheReportAndOpensTheBrowser(FxRobot robot) throws Exception {
        Path out = tmp.resolve("out");
        robot.interact(() -> pane.outputField().setText(out.toString()));
        robot.clickOn("#export-drafts");
        robot.clickOn("#export-run");
        waitUntilDone();

        assertThat(pane.lastReport()).isNotNull();
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("feed.xml")).exists();
        assertThat(pane.statusLabel().getText()).contains("written").contains(out.toString());
        assertThat(pane.progressBar().getProgress()).isEqualTo(1.0);
        List<Problem> problems = pane.problemList().getItems();
        assertThat(problems).isEqualTo(pane.lastReport().problems());
        assertThat(problems).isNotEmpty();
        assertThat(robot.lookup(problems.get(0).toString()).tryQuery()).isPresent();
        // long messages wrap: the list never needs a sideways scroll bar
        assertThat(pane.problemList().lookupAll(".scroll-bar")).noneMatch(n -> n.isVisible()
                && ((javafx.scene.control.ScrollBar) n).getOrientation() == javafx.geometry.Orientation.HORIZONTAL);
        Snapshots.write(robot, pane.node().getScene().getRoot(), "export-dialog.png");

        robot.clickOn("#export-browser");
        assertThat(shown).containsExactly(out.resolve("index.html").toUri().toString());

        // a problem in a post opens the post at its line
        int index = -1;
        for (int i = 0; i < problems.size(); i++) {
            Path f = blog.resolve(problems.get(i).file());
            if (problems.get(i).file().startsWith("_posts/") && Files.isRegularFile(f)) {
                index = i;
                break;
            }
        }
        assertThat(index).as("the fixture's Liquid warning is in a post").isNotNegative();
        Problem p = problems.get(index);
        int row = index;
        robot.interact(() -> {
            pane.problemList().requestFocus();
            pane.problemList().getSelectionModel().select(row);
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(opened).containsExactly(p.file() + ":" + p.line());

        // a second run rewrites nothing
        robot.clickOn("#export-run");
        waitUntilDone();
        assertThat(pane.lastReport().written()).isZero();
        assertThat(pane.lastReport().unchanged()).isPositive();
    }

    @Test
    void refusesToExportIntoTheBlogItself(FxRobot robot) throws Exception {
        robot.interact(() -> pane.outputField().setText(blog.toString()));
        robot.clickOn("#export-run");
        waitUntilDone();
        assertThat(pane.lastReport()).isNull();
        assertThat(pane.statusLabel().getStyleClass()).contains("export-failed");
        assertThat(pane.statusLabel().getText()).contains("Choose another output folder");
    }
}
