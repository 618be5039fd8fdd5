package app.quire.ui.preview;

import app.quire.markdown.RenderContext;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives a {@link PreviewPane} in a stage for tests and the benchmark: shows texts and waits until they are
 * applied, runs page scripts on the FX thread, writes snapshots. Public for the benchmark in app.quire.bench.
 */
public final class PreviewDriver {
    private static final long WAIT_SECONDS = 60;

    private final PreviewPane pane;
    private final AtomicInteger rendered = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong renderedAt = new java.util.concurrent.atomic.AtomicLong();

    private PreviewDriver(PreviewPane pane) {
        this.pane = pane;
        pane.setOnRendered(() -> {
            renderedAt.set(System.nanoTime());
            rendered.incrementAndGet();
        });
    }

    /** Builds a pane in the given stage (on the FX thread), shows the stage and waits for the page. */
    public static PreviewDriver open(Stage stage, RenderContext context, double width, double height) {
        PreviewPane pane = fx(() -> {
            PreviewPane p = new PreviewPane(context);
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(p.node()), width, height));
            stage.show();
            return p;
        });
        PreviewDriver driver = new PreviewDriver(pane);
        waitUntil(() -> fx(() -> pane.readyProperty().get()));
        return driver;
    }

    public PreviewPane pane() {
        return pane;
    }

    /** Shows the text and waits until it is applied to the page. */
    public void showAndWait(String text) {
        int before = rendered.get();
        fx(() -> {
            pane.show(text);
            return null;
        });
        waitUntil(() -> rendered.get() > before);
    }

    /**
     * Shows the text and returns the nanoseconds from the show() call to the patch being applied in the page with
     * its layout flushed (both timestamps taken on the FX thread).
     */
    public long timeShow(String text) {
        int before = rendered.get();
        long start = fx(() -> {
            long t = System.nanoTime();
            pane.show(text);
            return t;
        });
        waitUntil(() -> rendered.get() > before);
        return renderedAt.get() - start;
    }

    /** Nanoseconds the page scripts took for the last applied update (DOM patch + layout flush). */
    public long lastApplyNanos() {
        return fx(pane::lastApplyNanos);
    }

    /** Number of renders applied so far (read from any thread). */
    public int renderedCount() {
        return rendered.get();
    }

    /** Runs a script in the page on the FX thread and returns its result. */
    public Object js(String script) {
        return fx(() -> pane.engine().executeScript(script));
    }

    public String location() {
        return fx(() -> pane.engine().getLocation());
    }

    public void waitForScript(String condition) {
        waitUntil(() -> Boolean.TRUE.equals(js(condition)));
    }

    public static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Condition not met in time", e);
        }
    }

    /** Waits until every image in the page finished loading or failed. */
    public void waitForImages() {
        waitForScript("Array.prototype.every.call(document.images, function (i) { return i.complete; })");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Snapshot of the scene written as PNG (PixelReader copied by hand; javafx-swing is not on the path). */
    public void snapshot(Path png) {
        BufferedImage image = fx(() -> {
            WritableImage shot = pane.node().getScene().snapshot(null);
            int w = (int) shot.getWidth();
            int h = (int) shot.getHeight();
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            PixelReader reader = shot.getPixelReader();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, reader.getArgb(x, y));
                }
            }
            return out;
        });
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(image, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture post written for these tests (seed-shaped: Jekyll date, closed headings, no final newline). */
    public static String samplePost() {
        try (InputStream in = PreviewDriver.class.getResourceAsStream("sample-post.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A site folder with the two images the sample post uses. */
    public static Path sampleSite(Path dir) {
        try {
            Path images = Files.createDirectories(dir.resolve("assets/images/posts"));
            ImageIO.write(picture(1200, 520, new Color(0x2b5876), new Color(0x4e4376)), "png",
                    images.resolve("hero.png").toFile());
            ImageIO.write(chart(900, 380), "png", images.resolve("x.png").toFile());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage picture(int w, int h, Color from, Color to) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, from, w, h, to));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(255, 255, 255, 40));
        for (int i = 0; i < 7; i++) {
            int r = 90 + i * 55;
            g.fillOval(w - 260 - i * 70, h / 2 - r / 2, r, r);
        }
        g.setColor(new Color(255, 255, 255, 90));
        g.fillRoundRect(60, h - 120, 320, 18, 9, 9);
        g.fillRoundRect(60, h - 90, 220, 18, 9, 9);
        g.dispose();
        return img;
    }

    private static BufferedImage chart(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xf1f4f9));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xd5dbe5));
        for (int y = 60; y < h - 40; y += 60) {
            g.drawLine(50, y, w - 30, y);
        }
        int[] values = {40, 180, 95, 260, 150, 300, 210, 120};
        Color[] colors = {new Color(0x3b82f6), new Color(0x10b981), new Color(0xf59e0b)};
        int bar = (w - 120) / values.length;
        for (int i = 0; i < values.length; i++) {
            g.setColor(colors[i % colors.length]);
            g.fillRoundRect(70 + i * bar, h - 40 - values[i], bar - 24, values[i], 10, 10);
        }
        g.dispose();
        return img;
    }
}
