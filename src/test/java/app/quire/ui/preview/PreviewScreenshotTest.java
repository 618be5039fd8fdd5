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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the sample post light and dark and saves snapshots: under target/ always, and as
 * the folder given by {@code -Dquire.screenshots=docs/img} (how docs/img/preview-*.png are made).
 */
@ExtendWith(ApplicationExtension.class)
class PreviewScreenshotTest {
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
    void samplePostLightAndDark() throws Exception {
        Path site = PreviewDriver.sampleSite(temp.resolve("site"));
        PreviewDriver driver = PreviewDriver.open(stage, new RenderContext(site, site.resolve("_posts")), 960, 2600);
        driver.showAndWait(PreviewDriver.samplePost());
        driver.waitForImages();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        Path out = Path.of(System.getProperty("quire.screenshots", "target/screenshots"));
        Path light = out.resolve("preview-light.png");
        driver.snapshot(light);

        PreviewDriver.fx(() -> {
            driver.pane().setDark(true);
            return null;
        });
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        Path dark = out.resolve("preview-dark.png");
        driver.snapshot(dark);

        assertThat(Files.size(light)).isPositive();
        assertThat(Files.size(dark)).isPositive();
        assertThat(driver.js("document.images[0].naturalWidth")).isNotEqualTo(0);
    }
}
