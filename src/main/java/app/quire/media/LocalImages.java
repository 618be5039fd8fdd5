package app.quire.media;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Where an image reference written in a post lives on disk. */
public final class LocalImages {
    private LocalImages() {
    }

    /** True for references to other hosts ({@code https:}, {@code //host}, {@code data:}). */
    public static boolean isRemote(String src) {
        return src.contains("://") || src.startsWith("//") || src.regionMatches(true, 0, "data:", 0, 5);
    }

    /**
     * The local file a reference points at: site-root paths ({@code /assets/...}) against the site folder (or Hugo's
     * {@code static/} when only that exists), relative paths against the post's folder; percent-escapes decoded,
     * query and fragment dropped. Empty for remote references or when there is nothing to resolve against.
     */
    public static Optional<Path> resolve(String src, Path siteRoot, Path postDir) {
        if (src == null || src.isBlank() || isRemote(src)) {
            return Optional.empty();
        }
        String p = src.strip();
        for (char c : new char[] {'?', '#'}) {
            int cut = p.indexOf(c);
            if (cut >= 0) {
                p = p.substring(0, cut);
            }
        }
        if (p.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (p.startsWith("/")) {
                if (siteRoot == null) {
                    return Optional.empty();
                }
                String rel = p.substring(1);
                Path file = resolveDecoded(siteRoot, rel);
                Path hugoStatic = resolveDecoded(siteRoot.resolve("static"), rel);
                return Optional.of(!Files.exists(file) && Files.exists(hugoStatic) ? hugoStatic : file);
            }
            Path base = postDir != null ? postDir : siteRoot;
            return base == null ? Optional.empty() : Optional.of(resolveDecoded(base, p));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The path as written when that file exists, else the percent-decoded one. */
    private static Path resolveDecoded(Path base, String rel) {
        Path plain = base.resolve(rel).normalize();
        if (rel.indexOf('%') < 0 || Files.exists(plain)) {
            return plain;
        }
        return base.resolve(ImageUrls.decodePath(rel)).normalize();
    }
}
