package app.quire.ui.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

/** A JavaFX image as pixels (read on the FX thread) and as PNG bytes (encoded off it), without javafx-swing. */
public final class ClipboardImages {
    private ClipboardImages() {
    }

    /** The ARGB pixels of a clipboard image. */
    public record Pixels(int width, int height, int[] argb) {
        /** PNG bytes of the pixels (may be called off the FX thread). */
        public byte[] png() throws IOException {
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            img.setRGB(0, 0, width, height, argb, 0, width);
            return app.quire.media.Downscaler.png(img);
        }
    }

    /** Reads the pixels of an image; call on the FX thread. */
    public static Pixels pixels(Image image) throws IOException {
        PixelReader reader = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        if (reader == null || w <= 0 || h <= 0) {
            throw new IOException("The clipboard image has no readable pixels.");
        }
        if ((long) w * h > app.quire.media.ImageImporter.MAX_PIXELS) {
            throw new IOException("The clipboard image is too large (" + w + " × " + h + " pixels).");
        }
        int[] argb = new int[w * h];
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return new Pixels(w, h, argb);
    }
}
