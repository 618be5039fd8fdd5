package app.quire.media;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Times the image import (see docs/images.md):
 * {@code mvn -q -B -Pbench test-compile exec:java -Dexec.mainClass=app.quire.media.ImageImportBench}.
 * Medians of 7 runs after 2 warm-ups; each run imports into a fresh folder.
 */
public final class ImageImportBench {
    private ImageImportBench() {
    }

    public static void main(String[] args) throws IOException {
        Path tmp = Files.createTempDirectory("quire-image-bench");
        byte[] photo = Downscaler.jpeg(noisy(4032, 3024), 0.9f);
        BufferedImage shot = TestImages.image(1920, 1080, new Color(0x2266AA));
        int[] argb = shot.getRGB(0, 0, 1920, 1080, null, 0, 1920);
        report("12 MP JPEG photo, downscaled to 1600 px", time(tmp, t -> imp(t).importBytes(photo, "photo.jpg")));
        report("1920x1080 pasted bitmap: PNG encode + import", time(tmp, t -> {
            BufferedImage b = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_ARGB);
            b.setRGB(0, 0, 1920, 1080, argb, 0, 1920);
            imp(t).importBytes(Downscaler.png(b), "screenshot.png");
        }));
        Path site = blog(tmp.resolve("dedupe"), 200);
        byte[] again = Files.readAllBytes(site.resolve("assets/images/posts/img-199.png"));
        report("dedupe hit in a folder of 200 images", time(tmp, t -> imp(site).importBytes(again, "x.png")));
        Path big = blog(tmp.resolve("scan"), 1000);
        report("media scan, 1000 posts + 1000 images", time(tmp, t -> MediaLibrary.scan(big)));
    }

    private interface Work {
        void run(Path folder) throws IOException;
    }

    private static ImageImporter imp(Path site) throws IOException {
        Files.writeString(site.resolve("_config.yml"), "title: b\n");
        ImageTarget t = ImageTarget.of(site, null);
        return new ImageImporter(t, ImageSettings.forTarget(t));
    }

    private static double time(Path tmp, Work w) throws IOException {
        double[] ms = new double[9];
        for (int i = 0; i < ms.length; i++) {
            Path f = Files.createTempDirectory(tmp, "run");
            long t0 = System.nanoTime();
            w.run(f);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double[] measured = Arrays.copyOfRange(ms, 2, ms.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    private static void report(String what, double ms) {
        System.out.println(String.format(Locale.ROOT, "%-48s %8.1f ms", what, ms));
    }

    private static BufferedImage noisy(int w, int h) {
        BufferedImage img = TestImages.image(w, h, Color.ORANGE);
        Random r = new Random(1);
        for (int i = 0; i < w * h / 8; i++) {
            img.setRGB(r.nextInt(w), r.nextInt(h), r.nextInt());
        }
        return img;
    }

    private static Path blog(Path site, int n) throws IOException {
        Path imgs = Files.createDirectories(site.resolve("assets/images/posts"));
        Path posts = Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), "title: b\n");
        for (int i = 0; i < n; i++) {
            Files.write(imgs.resolve("img-" + i + ".png"), TestImages.png(16, 16, new Color(i * 7919 & 0xFFFFFF)));
            Files.writeString(posts.resolve(String.format(Locale.ROOT, "2020-01-01-post-%04d.md", i)),
                    "---\ntitle: P" + i + "\n---\nText ![pic](/assets/images/posts/img-" + (i % (n / 2 + 1))
                            + ".png)\n\nMore text.\n");
        }
        return site;
    }
}
