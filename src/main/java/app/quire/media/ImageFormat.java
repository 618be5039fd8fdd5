package app.quire.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Image formats recognised by their first bytes (never by the file name alone). */
public enum ImageFormat {
    PNG("png", true), JPEG("jpg", true), GIF("gif", true), BMP("bmp", true), WEBP("webp", false),
    TIFF("tiff", false), AVIF("avif", false), SVG("svg", false);

    private final String extension;
    private final boolean decodable;

    ImageFormat(String extension, boolean decodable) {
        this.extension = extension;
        this.decodable = decodable;
    }

    /** The file extension Quire writes, without the dot. */
    public String extension() {
        return extension;
    }

    /** True when the JDK's ImageIO reads it, so it is decoded (checked, measured, downscaled) on import. */
    public boolean decodable() {
        return decodable;
    }

    /** The format of the data, or empty when it is not an image Quire knows. */
    public static Optional<ImageFormat> sniff(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of(PNG);
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return Optional.of(GIF);
        }
        if (starts(b, 'B', 'M') && b.length > 26) {
            return Optional.of(BMP);
        }
        if (starts(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of(WEBP);
        }
        if (starts(b, 'I', 'I', 42, 0) || starts(b, 'M', 'M', 0, 42)) {
            return Optional.of(TIFF);
        }
        if (b.length > 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p'
                && new String(b, 8, 4, StandardCharsets.ISO_8859_1).startsWith("avi")) {
            return Optional.of(AVIF);
        }
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        if (head.contains("<svg") && !head.contains("\u0000")) {
            return Optional.of(SVG);
        }
        return Optional.empty();
    }

    /** True for file names with an image extension (used to filter drops and folder listings). */
    public static boolean hasImageExtension(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g|gif|bmp|webp|tiff?|avif|svg)");
    }

    private static boolean starts(byte[] b, int... head) {
        if (b.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((b[i] & 0xFF) != (head[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
