package app.quire.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Snapshots the editor with the seed-shaped post in the light and dark themes into target/screenshots, or the
 * folder given by {@code -Dquire.screenshots=docs/img} (how docs/img/editor-*.png are made).
 */
@ExtendWith(ApplicationExtension.class)
class EditorScreenshotTest {
    private MarkdownEditor editor;
    private Scene scene;

    @Start
    void start(Stage stage) {
        editor = new MarkdownEditor();
        scene = new Scene((Parent) editor.node(), 1000, 720);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void lightAndDarkScreenshots(FxRobot robot) throws Exception {
        robot.interact(() -> editor.load(SpanAssertions.seedPost()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(editor::isHighlightIdle).get());
        robot.interact(() -> editor.area().selectRange(0, 0));
        BufferedImage light = shot(robot, false, "editor-light.png");
        BufferedImage dark = shot(robot, true, "editor-dark.png");
        assertThat(brightness(dark)).isLessThan(brightness(light));
        robot.interact(() -> {
            editor.showReplace();
            editor.findBar().findField().setText("badge");
            editor.findBar().replaceField().setText("award");
        });
        shot(robot, false, "editor-find.png");
        shot(robot, true, "editor-find-dark.png");
        assertThat(WaitForAsyncUtils.asyncFx(() -> editor.findBar().countText()).get()).endsWith(" of 2");
    }

    private BufferedImage shot(FxRobot robot, boolean dark, String name) throws IOException {
        robot.interact(() -> editor.setDark(dark));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)));
        BufferedImage buffered = toBufferedImage(image);
        Path dir = Path.of(System.getProperty("quire.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        ImageIO.write(buffered, "png", dir.resolve(name).toFile());
        return buffered;
    }

    static BufferedImage toBufferedImage(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return out;
    }

    private static double brightness(BufferedImage image) {
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                sum += ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
            }
        }
        return sum / (double) (image.getWidth() * image.getHeight());
    }
}
