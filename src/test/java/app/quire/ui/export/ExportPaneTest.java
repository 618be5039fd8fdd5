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
    private final SitePreview sites = new SitePreview();
    private volatile boolean browserFails;
    private ExportPane pane;
    private Path blog;
    private Path folders;

    @Start
    void start(Stage stage) throws IOException {
        // the app's own look (AtlantaFX Primer): its fonts and paddings decide how messages wrap
        javafx.application.Application.setUserAgentStylesheet(ExportPaneTest.class
                .getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
        blog = TestBlogs.copy("jekyll", Files.createTempDirectory(tmp, "blog"));
        folders = blog.resolveSibling("export-folders.properties");
        pane = new ExportPane(blog, background, new ExportFolders(folders));
        pane.setSitePreview(sites);
        pane.setOnOpenAddress((uri, onFailure) -> {
            shown.add(uri);
            if (browserFails) {
                onFailure.accept("No web browser could be started.");
            }
        });
        pane.setOnOpenProblem((file, line) -> opened.add(blog.relativize(file) + ":" + line));
        Scene scene = new Scene((javafx.scene.Parent) pane.node(), 720, 460);
        scene.getStylesheets().add(app.quire.ui.MainWindow.class.getResource("quire.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        sites.close();
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

        // Open in Browser serves the folder on this computer and opens its home page there: the site's
        // root-relative links and styles resolve, which they would not from a file: URL
        robot.clickOn("#export-browser");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        String home = shown.get(0);
        assertThat(home).as("served under the fixture site's baseurl").matches("http://127\\.0\\.0\\.1:\\d+/blog/");
        assertThat(pane.addressField().getText()).isEqualTo(home);
        assertThat(pane.addressField().isVisible()).isTrue();
        assertThat(fetch(home)).as("links to the live site point at the served copy")
                .isEqualTo(Files.readString(out.resolve("index.html")).replace("https://blog.example.test/blog/", home))
                .contains(home);

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
    void showsTheAddressWhenNoBrowserStarts(FxRobot robot) throws Exception {
        browserFails = true;
        Path out = tmp.resolve("no-browser");
        robot.interact(() -> pane.outputField().setText(out.toString()));
        robot.clickOn("#export-run");
        waitUntilDone();
        robot.clickOn("#export-browser");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-shown-note").queryLabeled()
                .getText().startsWith("No web browser"));
        assertThat(robot.lookup("#export-shown-note").queryLabeled().getText())
                .isEqualTo("No web browser could be started. Open this address in one:");
        assertThat(pane.addressField().getSelectedText()).isEqualTo(shown.get(0));
        assertThat(fetch(shown.get(0))).contains("<html");

        // the next export into another folder is what the open page shows on reload
        Path second = tmp.resolve("second");
        robot.interact(() -> pane.outputField().setText(second.toString()));
        robot.clickOn("#export-run");
        waitUntilDone();
        Files.writeString(second.resolve("index.html"), "<p>second export</p>");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fetch(shown.get(0)).equals("<p>second export</p>"));
    }

    private static String fetch(String uri) throws IOException {
        try (var in = java.net.URI.create(uri).toURL().openStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
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

    @Test
    void showsALongProblemMessageWhole(FxRobot robot) throws Exception {
        String image = "/assets/images/posts/" + "a-rather-long-image-file-name-".repeat(4) + "missing.jpg";
        Files.writeString(blog.resolve("_posts/2023-01-02-long-warning.md"),
                "---\ntitle: Long\nheroimage: " + image + "\n---\nText.\n");
        robot.interact(() -> pane.outputField().setText(tmp.resolve("long").toString()));
        robot.clickOn("#export-run");
        waitUntilDone();

        Problem longOne = pane.problemList().getItems().stream()
                .filter(p -> p.message().contains("missing.jpg")).findFirst().orElseThrow();
        assertThat(longOne.toString().length()).as("the message needs several lines").isGreaterThan(200);
        // every line of the message is on screen: the cell is as tall as its wrapped text, nothing is cut to "..."
        List<String> shownText = robot.lookup(".problem-warning .text").queryAllAs(javafx.scene.text.Text.class)
                .stream().map(javafx.scene.text.Text::getText).toList();
        assertThat(String.join("", shownText).replaceAll("\\s", ""))
                .contains(longOne.toString().replaceAll("\\s", ""));
    }
}
