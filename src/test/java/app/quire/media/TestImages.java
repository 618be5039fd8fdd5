package app.quire.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real images drawn in memory for tests (a colour field with a diagonal band, so pixels differ). */
public final class TestImages {
    private TestImages() {
    }

    public static BufferedImage image(int w, int h, Color colour) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(colour);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.WHITE);
            g.fillPolygon(new int[] {0, w / 3, w, w - w / 3}, new int[] {0, 0, h, h}, 4);
        } finally {
            g.dispose();
        }
        return img;
    }

    public static byte[] png(int w, int h, Color colour) {
        return encode(image(w, h, colour), "png");
    }

    public static byte[] jpeg(int w, int h, Color colour) {
        return encode(image(w, h, colour), "jpeg");
    }

    private static byte[] encode(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
