package app.quire.media;

import app.quire.site.SiteShape;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * How imported images are stored. {@code folder} starting with {@code /} is relative to the site root, otherwise to
 * the post's folder ({@code .} is the post's folder itself). {@code folder} and {@code name} may use the placeholders
 * {@code {slug}}, {@code {date}}, {@code {name}}, {@code {uuid}}, {@code {hash}}; the extension comes from the data.
 * A site overrides the defaults in {@code _quire/images.properties} (keys: folder, name, max-width, downscale,
 * keep-original, jpeg-quality).
 */
public record ImageSettings(String folder, String name, boolean downscale, int maxWidth, boolean keepOriginal,
        float jpegQuality) {
    /** Where a site's own image settings live, relative to its root. */
    public static final String FILE = "_quire/images.properties";
    public static final int DEFAULT_MAX_WIDTH = 1600;

    public ImageSettings {
        if (folder == null || folder.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("folder and name patterns must not be empty");
        }
        if (maxWidth < 16) {
            throw new IllegalArgumentException("max width must be at least 16 px: " + maxWidth);
        }
        if (jpegQuality <= 0f || jpegQuality > 1f) {
            throw new IllegalArgumentException("JPEG quality must be in (0, 1]: " + jpegQuality);
        }
    }

    /**
     * The convention of a site shape: Jekyll {@code /assets/images/posts/{uuid}} like the seed; Hugo the page bundle
     * beside {@code index.md}, else {@code /static/images/{name}}; a plain folder {@code images/{name}} beside the post.
     */
    public static ImageSettings defaults(SiteShape shape, boolean hugoBundle) {
        switch (shape) {
            case JEKYLL:
                return new ImageSettings("/assets/images/posts", "{uuid}", true, DEFAULT_MAX_WIDTH, false, 0.85f);
            case HUGO:
                return new ImageSettings(hugoBundle ? "." : "/static/images", "{name}", true, DEFAULT_MAX_WIDTH,
                        false, 0.85f);
            default:
                return new ImageSettings("images", "{name}", true, DEFAULT_MAX_WIDTH, false, 0.85f);
        }
    }

    /** The defaults for the target, overridden by the site's {@link #FILE} when there is one. */
    public static ImageSettings forTarget(ImageTarget target) throws IOException {
        ImageSettings base = defaults(target.shape(), target.isHugoBundle());
        if (target.siteRoot() == null) {
            return base;
        }
        Path file = target.siteRoot().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return base;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        try {
            return new ImageSettings(p.getProperty("folder", base.folder()).strip(),
                    p.getProperty("name", base.name()).strip(),
                    Boolean.parseBoolean(p.getProperty("downscale", String.valueOf(base.downscale())).strip()),
                    Integer.parseInt(p.getProperty("max-width", String.valueOf(base.maxWidth())).strip()),
                    Boolean.parseBoolean(p.getProperty("keep-original", String.valueOf(base.keepOriginal())).strip()),
                    Float.parseFloat(p.getProperty("jpeg-quality", String.valueOf(base.jpegQuality())).strip()));
        } catch (IllegalArgumentException e) {
            throw new ImageImportException(FILE + ": " + e.getMessage(), e);
        }
    }

    public ImageSettings withFolder(String f) {
        return new ImageSettings(f, name, downscale, maxWidth, keepOriginal, jpegQuality);
    }

    public ImageSettings withName(String n) {
        return new ImageSettings(folder, n, downscale, maxWidth, keepOriginal, jpegQuality);
    }

    public ImageSettings withDownscale(boolean on, int width, boolean keep) {
        return new ImageSettings(folder, name, on, width, keep, jpegQuality);
    }

    /**
     * Writes these settings to the site's {@link #FILE} (created with its folder when missing). An existing file
     * keeps its comments, order and other lines: only the lines of these keys change, missing keys are added at
     * the end. Written through a temporary file moved into place, so a failed write leaves the old file whole.
     * Jekyll and the export skip {@code _quire/}.
     */
    public void save(Path siteRoot) throws IOException {
        Path file = siteRoot.resolve(FILE);
        Files.createDirectories(file.getParent());
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("folder", folder);
        values.put("name", name);
        values.put("downscale", Boolean.toString(downscale));
        values.put("max-width", Integer.toString(maxWidth));
        values.put("keep-original", Boolean.toString(keepOriginal));
        values.put("jpeg-quality", Float.toString(jpegQuality));
        java.util.List<String> lines = Files.isRegularFile(file)
                ? new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                : new java.util.ArrayList<>(java.util.List.of(
                        "# Quire: where and how images pasted or dropped into posts are stored"));
        java.util.Set<String> written = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String key = keyOf(lines.get(i));
            if (key != null && values.containsKey(key)) {
                lines.set(i, written.add(key) ? key + "=" + escape(values.get(key)) : "");
            }
        }
        values.forEach((k, v) -> {
            if (!written.contains(k)) {
                lines.add(k + "=" + escape(v));
            }
        });
        Path tmp = Files.createTempFile(file.getParent(), ".images-", ".tmp");
        try {
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The key of a properties line ({@code key=value}, {@code key: value}, {@code key value}), null for a comment. */
    private static String keyOf(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
            return null;
        }
        int end = 0;
        while (end < t.length() && "=: \t".indexOf(t.charAt(end)) < 0) {
            end++;
        }
        return t.substring(0, end);
    }

    /** A properties value: backslashes doubled, a leading space kept. */
    private static String escape(String v) {
        String e = v.replace("\\", "\\\\");
        return e.startsWith(" ") ? "\\" + e : e;
    }
}
