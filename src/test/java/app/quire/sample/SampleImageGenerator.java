package app.quire.sample;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the sample blog's images (simple landscapes and shapes, no outside material); run once, the JPEGs are
 * committed: {@code java -Djava.awt.headless=true src/test/java/app/quire/sample/SampleImageGenerator.java
 * src/main/resources/app/quire/sample/blog/assets/images/posts}
 */
public final class SampleImageGenerator {
    public static void main(String[] a) throws Exception {
        String out = a[0];
        hills(out + "/3f6c1b52-8d2e-4b7a-9c41-5e0d2a7f9b13.jpg", new Color(0xF6B26B), new Color(0x6FA8DC), 11);
        hills(out + "/a81d4c9e-27f3-4e65-b0d8-94c3e1f2a756.jpg", new Color(0x1C2541), new Color(0x5BC0BE), 23);
        shapes(out + "/c5e29f07-6b1a-4d83-8f2c-0a7d3b9e4c61.jpg");
    }

    static Graphics2D g(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    static void hills(String file, Color sky1, Color sky2, long seed) throws Exception {
        int w = 1200, h = 600;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = g(img);
        g.setPaint(new GradientPaint(0, 0, sky2, 0, h, sky1));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(255, 244, 214));
        g.fill(new Ellipse2D.Double(w * 0.68, h * 0.18, 110, 110));
        Random r = new Random(seed);
        for (int layer = 0; layer < 4; layer++) {
            float t = layer / 3f;
            Color c = blend(new Color(0x3D5A80), new Color(0x1B263B), t);
            Path2D p = new Path2D.Double();
            double base = h * (0.5 + 0.12 * layer);
            p.moveTo(0, h);
            p.lineTo(0, base);
            double phase = r.nextDouble() * 6;
            for (int x = 0; x <= w; x += 20) {
                double y = base - 40 * Math.sin(x / (140.0 + 40 * layer) + phase) - 18 * Math.sin(x / 53.0 + phase * 2);
                p.lineTo(x, y);
            }
            p.lineTo(w, h);
            p.closePath();
            g.setColor(c);
            g.fill(p);
        }
        g.dispose();
        write(img, file);
    }

    static void shapes(String file) throws Exception {
        int w = 1000, h = 560;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = g(img);
        g.setPaint(new GradientPaint(0, 0, new Color(0xFDF6E3), w, h, new Color(0xE8DCC4)));
        g.fillRect(0, 0, w, h);
        Color[] cs = {new Color(0xE76F51), new Color(0x2A9D8F), new Color(0xE9C46A), new Color(0x264653), new Color(0xF4A261)};
        Random r = new Random(7);
        for (int i = 0; i < 14; i++) {
            Color c = cs[i % cs.length];
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 200));
            double s = 60 + r.nextDouble() * 140;
            double x = r.nextDouble() * (w - s), y = r.nextDouble() * (h - s);
            if (i % 3 == 0) g.fill(new Ellipse2D.Double(x, y, s, s));
            else if (i % 3 == 1) g.fill(new RoundRectangle2D.Double(x, y, s, s * 0.7, 24, 24));
            else {
                Path2D p = new Path2D.Double();
                p.moveTo(x + s / 2, y); p.lineTo(x + s, y + s); p.lineTo(x, y + s); p.closePath();
                g.fill(p);
            }
        }
        g.dispose();
        write(img, file);
    }

    static Color blend(Color a, Color b, float t) {
        return new Color((int) (a.getRed() * (1 - t) + b.getRed() * t), (int) (a.getGreen() * (1 - t) + b.getGreen() * t),
                (int) (a.getBlue() * (1 - t) + b.getBlue() * t));
    }

    static void write(BufferedImage img, String file) throws Exception {
        ImageWriter wr = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam p = wr.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(0.82f);
        try (ImageOutputStream o = ImageIO.createImageOutputStream(new File(file))) {
            wr.setOutput(o);
            wr.write(null, new IIOImage(img, null, null), p);
        }
        wr.dispose();
    }
}
