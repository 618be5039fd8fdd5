package app.quire.ui.posts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Scene and node snapshots written as PNG (target/screenshots, or -Dquire.screenshotDir). */
public final class Snapshots {
    private Snapshots() {
    }

    public static Path write(FxRobot robot, Node node, String name) throws IOException {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = node.snapshot(null, null));
        Path dir = Path.of(System.getProperty("quire.screenshotDir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        ImageIO.write(toBufferedImage(img[0]), "png", file.toFile());
        return file;
    }

    public static BufferedImage toBufferedImage(WritableImage img) {
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
}
