package app.quire.ui.frontmatter;

import static app.quire.ui.frontmatter.FormHarness.call;
import static app.quire.ui.frontmatter.FormHarness.fx;
import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.schema.FrontMatterSchema;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Snapshots of the form on a seed-shaped post, expanded and collapsed, in PrimerLight and PrimerDark at 1280x720.
 * Written to target/screenshots; with {@code -Dquire.screenshots=docs/img} to the docs.
 */
@ExtendWith(ApplicationExtension.class)
class FormScreenshotTest {
    private final FormHarness h = new FormHarness();
    @TempDir
    Path site;

    @Start
    void start(Stage stage) {
        h.start(stage, FormHarness.fixture("seed-like.md"), FrontMatterSchema.empty());
        h.scene.getStylesheets().add("data:text/css,"
                + ".fm-test-area { -fx-background-color: -color-bg-default; -fx-font-family: monospace; "
                + "-fx-padding: 0.5em 1em; } .fm-test-area .text { -fx-fill: -color-fg-default; } "
                + ".fm-test-area .caret { -fx-stroke: -color-fg-default; }".replace(" ", "%20").replace("{", "%7B")
                .replace("}", "%7D").replace(";", "%3B").replace("#", "%23"));
    }

    @Test
    void screenshots(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("quire.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        Path hero = Files.createDirectories(site.resolve("assets/images/posts")).resolve("tide-chart.jpg");
        ImageIO.write(chart(), "jpg", hero.toFile());
        fx(() -> {
            h.form.setSiteFolder(site);
            h.form.setSuggestions("tags", java.util.List.of("tides", "beginners", "boating"));
        });
        robot.clickOn("#fm-tag-input").write("tides").type(KeyCode.ENTER).write("beginners").type(KeyCode.ENTER);
        fx(() -> h.area.moveTo(h.area.getLength()));
        // let the background thumbnail load finish
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> call(() -> {
            var img = h.form.node().lookup(".fm-thumb") instanceof javafx.scene.image.ImageView
                    ? ((javafx.scene.image.ImageView) h.form.node().lookup(".fm-thumb")).getImage() : null;
            return img != null && img.getProgress() >= 1.0;
        }));
        for (String theme : new String[] {"light", "dark"}) {
            // the stylesheet PrimerLight/PrimerDark.getUserAgentStylesheet() return; their classes need Java 21
            fx(() -> Application.setUserAgentStylesheet(FormScreenshotTest.class
                    .getResource("/atlantafx/base/theme/primer-" + theme + ".css").toExternalForm()));
            fx(() -> h.form.setCollapsed(false));
            save(out.resolve("form-" + theme + "-expanded.png"));
            fx(() -> h.form.setCollapsed(true));
            save(out.resolve("form-" + theme + "-collapsed.png"));
        }
        fx(() -> Application.setUserAgentStylesheet(FormScreenshotTest.class
                .getResource("/atlantafx/base/theme/primer-light.css").toExternalForm()));
        fx(() -> h.form.setCollapsed(false));
        int at = h.text().indexOf("author:");
        fx(() -> h.area.insertText(at, "  oops: [\n"));
        save(out.resolve("form-light-invalid.png"));
        assertThat(out.resolve("form-dark-collapsed.png")).exists();
    }

    private void save(Path file) throws IOException {
        WritableImage image = call(() -> {
            h.root.applyCss();
            h.root.layout();
            return h.scene.snapshot(null);
        });
        int w = (int) image.getWidth();
        int hgt = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(w, hgt, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < hgt; y++) {
            for (int x = 0; x < w; x++) {
                buffered.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        ImageIO.write(buffered, "png", file.toFile());
    }

    /** A small made-up "tide chart" so the thumbnail has something to show. */
    private static BufferedImage chart() {
        BufferedImage img = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x1f6feb), 0, 180, new Color(0x8fd3ff)));
        g.fillRect(0, 0, 320, 180);
        g.setColor(new Color(0xffffff));
        for (int x = 0; x < 320; x += 4) {
            int y = 90 + (int) (40 * Math.sin(x / 30.0));
            g.fillRect(x, y, 4, 180 - y);
        }
        g.dispose();
        return img;
    }
}
