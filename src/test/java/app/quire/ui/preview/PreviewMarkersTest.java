package app.quire.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.markdown.RenderContext;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * In the real preview page, a Hugo post's raw HTML that the export leaves out and a shortcode Quire cannot expand
 * show as visible badges with their reason as tooltip (decisions 0235, 0237); no script of the post runs.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewMarkersTest {
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
    void markersAreVisibleWithTheirReason() throws Exception {
        Path site = temp.resolve("hugo");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"M\"\n");
        Path post = site.resolve("content/posts/markers.md");
        String text = "---\ntitle: Markers\n---\nPress <kbd>Ctrl</kbd> to start.\n\n"
                + "<div class=\"box\" onmouseover=\"window.ran = 1\">A boxed note</div>\n\n"
                + "{{< notice warning >}}\nCareful here.\n{{< /notice >}}\n\n<script>window.ran = 2;</script>\n";
        Files.writeString(post, text);
        PreviewDriver driver = PreviewDriver.open(stage, new RenderContext(site, post.getParent(), post), 760, 520);
        driver.showAndWait(text);
        driver.waitForScript("document.querySelectorAll('.quire-marker').length == 6");

        assertThat(driver.js("document.querySelectorAll('.quire-marker')[0].title")).asString()
                .contains("leaves this HTML out", "unsafe = true");
        assertThat(driver.js("Array.prototype.map.call(document.querySelectorAll('.quire-marker'), "
                + "function (m) { return m.textContent; }).join('|')")).asString()
                .isEqualTo("HTML|HTML|HTML left out|{{< notice warning >}}|{{< /notice >}}|HTML left out");
        assertThat(driver.js("document.querySelectorAll('.quire-marker')[3].title")).asString()
                .contains("shortcode 'notice' is not one Quire knows");
        assertThat(((Number) driver.js("document.querySelectorAll('.quire-marker')[0].offsetWidth")).intValue())
                .isPositive();
        assertThat(driver.js("document.body.innerHTML.indexOf('A boxed note')")).isEqualTo(-1);
        assertThat(driver.js("typeof window.ran")).isEqualTo("undefined");
        driver.snapshot(Path.of(System.getProperty("quire.screenshots", "target/screenshots"))
                .resolve("preview-hugo-markers.png"));
    }

    @Test
    void anUnknownLiquidTagIsAMarkerInAJekyllPost() throws Exception {
        Path site = temp.resolve("jekyll");
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), "title: J\n");
        Path post = site.resolve("_posts/2024-01-01-tags.md");
        String text = "---\ntitle: Tags\n---\nWatch {% video intro.mp4 %} now.\n";
        Files.writeString(post, text);
        PreviewDriver driver = PreviewDriver.open(stage, new RenderContext(site, post.getParent(), post), 760, 320);
        driver.showAndWait(text);
        driver.waitForScript("document.querySelectorAll('.quire-marker').length == 1");

        assertThat(driver.js("document.querySelector('.quire-marker').textContent")).isEqualTo("{% video intro.mp4 %}");
        assertThat(driver.js("document.querySelector('.quire-marker').title")).asString()
                .isEqualTo("unknown Liquid tag 'video' left as written");
        assertThat(((Number) driver.js("document.querySelector('.quire-marker').offsetWidth")).intValue()).isPositive();
    }
}
