package app.quire.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.markdown.RenderContext;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PreviewPaneLifecycleTest {
    @TempDir
    static Path temp;

    private Stage stage;

    @BeforeAll
    static void cacheInTemp() {
        System.setProperty("quire.cache.home", temp.resolve("cache").toString());
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theWebViewComesAfterTheWindowShowsAndEarlierTextIsRenderedThen() {
        PreviewPane pane = PreviewDriver.fx(() -> {
            PreviewPane p = new PreviewPane(RenderContext.NONE);
            p.show("---\ntitle: Early\n---\n\nGiven before the page existed.");
            stage.setScene(new Scene(new StackPane(p.node()), 600, 400));
            return p;
        });
        assertThat(PreviewDriver.fx(() -> ((StackPane) pane.node()).getChildren().stream()
                .noneMatch(n -> n instanceof WebView))).isTrue();

        PreviewDriver.fx(() -> {
            stage.show();
            return null;
        });
        PreviewDriver.waitUntil(() -> PreviewDriver.fx(() -> pane.readyProperty().get()));
        PreviewDriver.waitUntil(() -> PreviewDriver.fx(() -> pane.shown().blocks().size() == 1));

        assertThat(PreviewDriver.fx(() -> ((StackPane) pane.node()).getChildren().get(0))).isInstanceOf(WebView.class);
        assertThat(PreviewDriver.fx(() -> pane.engine().getLocation())).startsWith("file:")
                .endsWith("/preview.html").contains(temp.resolve("cache").toUri().getPath());
        assertThat(PreviewDriver.fx(() -> pane.engine().executeScript(
                "document.getElementById('content').textContent.trim() + '|' + "
                        + "document.querySelector('.article-title').textContent")))
                .isEqualTo("Given before the page existed.|Early");
    }

    @Test
    void syncOffStopsScrollReportsButStillMarksTheCaretBlock() {
        PreviewDriver driver = PreviewDriver.open(stage, RenderContext.NONE, 600, 300);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append("Paragraph number ").append(i).append(".\n\n");
        }
        driver.showAndWait(text.toString());
        List<Integer> reported = new CopyOnWriteArrayList<>();
        PreviewDriver.fx(() -> {
            driver.pane().setOnScrolledToLine(reported::add);
            driver.pane().setScrollSync(false);
            driver.pane().revealLine(80);
            return null;
        });
        driver.js("window.scrollTo(0, 900)");
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(reported).isEmpty();
        assertThat(driver.js("document.querySelector('.caret-block').textContent.trim()"))
                .isEqualTo("Paragraph number 40.");
        assertThat(((Number) driver.js("window.pageYOffset")).intValue()).isEqualTo(900);

        PreviewDriver.fx(() -> {
            driver.pane().setScrollSync(true);
            return null;
        });
        driver.js("window.scrollTo(0, 1500)");
        PreviewDriver.waitUntil(() -> !reported.isEmpty());
        assertThat(reported.get(reported.size() - 1)).isGreaterThan(0);
    }

    @Test
    void sameTextTouchesNothingAndDisposeStopsThePane() {
        PreviewDriver driver = PreviewDriver.open(stage, RenderContext.NONE, 600, 300);
        driver.showAndWait("One.\n\nTwo.");
        driver.js("document.querySelector('.block').__kept = true");
        driver.showAndWait("One.\n\nTwo.");
        driver.showAndWait("One.\n\nTwo!");

        assertThat(driver.js("document.querySelector('.block').__kept")).isEqualTo(true);
        assertThat(driver.js("Array.from(document.querySelectorAll('#content .block'))"
                + ".map(b => b.textContent.trim()).join(' ')"))
                .isEqualTo("One. Two!");
        PreviewDriver.fx(() -> {
            driver.pane().dispose();
            return null;
        });
        assertThat(PreviewDriver.fx(() -> driver.pane().readyProperty().get())).isFalse();
    }

    @Test
    void theRevealedBlockStaysPutWhenAnImageAboveItLoads() throws Exception {
        PreviewDriver driver = PreviewDriver.open(stage, RenderContext.NONE, 600, 400);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            text.append("Paragraph number ").append(i).append(".\n\n");
        }
        driver.showAndWait(text.toString());
        PreviewDriver.fx(() -> {
            driver.pane().revealLine(100);
            return null;
        });
        double before = ((Number) driver.js("document.querySelector('.caret-block').getBoundingClientRect().top"))
                .doubleValue();
        java.awt.image.BufferedImage tall = new java.awt.image.BufferedImage(300, 900,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path png = temp.resolve("tall.png");
        javax.imageio.ImageIO.write(tall, "png", png.toFile());
        driver.js("window.quire.patch(0, 0, '<p><img src=\"" + png.toUri() + "\"></p>', 1)");
        driver.waitForScript("document.images.length === 1 && document.images[0].complete"
                + " && document.images[0].naturalHeight === 900");
        // the page re-anchors 30 ms after the image's load event; on a busy machine that can take longer
        String top = "document.querySelector('.caret-block').getBoundingClientRect().top";
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> Math.abs(((Number) driver.js(top)).doubleValue() - before) <= 2.0);
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says by how much it moved
        }
        WaitForAsyncUtils.waitForFxEvents();

        double after = ((Number) driver.js(top)).doubleValue();
        assertThat(driver.js("document.querySelector('.caret-block').textContent.trim()"))
                .isEqualTo("Paragraph number 50.");
        assertThat(after).isCloseTo(before, org.assertj.core.data.Offset.offset(2.0));
    }
}
