package app.quire.ui.frontmatter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Hero image paths, without JavaFX: resolves a front matter path against the site folder and brings a chosen file
 * into the site ({@code assets/images/posts/}, keeping its name, never overwriting a different file). The images
 * issue is expected to replace {@link #importInto} with the real media import.
 */
public final class HeroImages {
    /** Where chosen images are copied in a Jekyll site, relative to its root. */
    public static final String POSTS_IMAGE_FOLDER = "assets/images/posts";

    private HeroImages() {
    }

    /**
     * The local file a front matter image path points at: site-root paths ({@code /assets/...}) against the site
     * folder, relative paths against the post's folder. Empty for URLs or when nothing can be resolved.
     */
    public static Optional<Path> resolve(String path, Path siteRoot, Path postFolder) {
        if (path == null || path.isBlank() || path.contains("://") || path.startsWith("//")) {
            return Optional.empty();
        }
        String p = path.strip();
        int cut = indexOfAny(p, "?#");
        if (cut >= 0) {
            p = p.substring(0, cut);
        }
        try {
            if (p.startsWith("/")) {
                if (siteRoot == null) {
                    return Optional.empty();
                }
                Path file = siteRoot.resolve(p.substring(1)).normalize();
                Path hugoStatic = siteRoot.resolve("static").resolve(p.substring(1)).normalize();
                return Optional.of(!Files.exists(file) && Files.exists(hugoStatic) ? hugoStatic : file);
            }
            Path base = postFolder != null ? postFolder : siteRoot;
            return base == null ? Optional.empty() : Optional.of(base.resolve(p).normalize());
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * The front matter path for a chosen file: its site-root path when it is inside the site, otherwise the path of
     * a copy made in {@code assets/images/posts/} (same name; {@code name-2.jpg}... when a different file has it).
     *
     * @throws IOException when the copy fails
     */
    public static String importInto(Path siteRoot, Path chosen) throws IOException {
        Path root = siteRoot.toAbsolutePath().normalize();
        Path file = chosen.toAbsolutePath().normalize();
        if (file.startsWith(root)) {
            return "/" + root.relativize(file).toString().replace('\\', '/');
        }
        Path folder = root.resolve(POSTS_IMAGE_FOLDER);
        Files.createDirectories(folder);
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        Path target = folder.resolve(name);
        for (int i = 2; Files.exists(target) && !sameContent(target, file); i++) {
            target = folder.resolve(stem + "-" + i + ext);
        }
        if (!Files.exists(target)) {
            Files.copy(file, target);
        }
        return "/" + root.relativize(target).toString().replace('\\', '/');
    }

    /** True for file names the form accepts as images. */
    public static boolean isImage(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.matches(".*\\.(png|jpe?g|gif|webp|svg|avif|bmp)");
    }

    private static boolean sameContent(Path a, Path b) throws IOException {
        return Files.size(a) == Files.size(b) && Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
