package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Snapshots of the whole window with the sample blog, light and dark. Written to target/screenshots, or to the
 * folder given by {@code -Dquire.screenshots=docs/img} (how docs/img/window-*.png are made).
 */
@ExtendWith(ApplicationExtension.class)
class WindowScreenshotTest {
    @TempDir
    static Path tmp;

    private final ExecutorService background = TestExecutors.background("test-background");
    private MainWindow window;

    @Start
    void start(Stage stage) throws IOException {
        window = SampleWindow.show(stage, tmp, background);
    }

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    @Test
    void lightAndDarkWindow(FxRobot robot) throws IOException, TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.postList().listView().getItems().size() == 3);
        robot.interact(() -> window.postList().listView().getSelectionModel().select(0));
        // Let the preview (a WebView once the preview work lands) render.
        robot.sleep(1500);
        Path dir = Path.of(System.getProperty("quire.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path light = dir.resolve("window-light.png");
        Path dark = dir.resolve("window-dark.png");
        snapshot(robot, light);
        robot.interact(() -> window.run("dark-theme"));
        robot.sleep(1000);
        snapshot(robot, dark);
        robot.interact(() -> window.run("dark-theme"));

        assertThat(averageBrightness(ImageIO.read(light.toFile()))).isGreaterThan(150);
        assertThat(averageBrightness(ImageIO.read(dark.toFile()))).isLessThan(100);
    }

    private void snapshot(FxRobot robot, Path file) throws IOException {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = window.scene().snapshot(null));
        ImageIO.write(toBufferedImage(img[0]), "png", file.toFile());
    }

    static BufferedImage toBufferedImage(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y) & 0xFFFFFF);
            }
        }
        return out;
    }

    private static double averageBrightness(BufferedImage img) {
        long sum = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                int rgb = img.getRGB(x, y);
                sum += ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
                n++;
            }
        }
        return sum / (3.0 * n);
    }
}
