package app.quire.ui.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts the preview's shell page, scripts and stylesheets into a per-user cache folder
 * ({@code $XDG_CACHE_HOME/quire/preview/<content hash>/}) so the page can be loaded from a {@code file:} URL,
 * which lets it show the post's {@code file:} images. The folder name is a hash of the files, so an upgrade
 * never reuses stale ones. The system property {@code quire.cache.home} overrides the cache root (tests).
 * Blocking I/O: call it off the FX thread.
 */
final class PreviewShell {
    static final String PAGE = "preview.html";
    private static final System.Logger LOG = System.getLogger(PreviewShell.class.getName());
    private static final String HLJS = "META-INF/resources/webjars/highlightjs/11.10.0/highlight.min.js";

    private PreviewShell() {
    }

    /** The file: URI of the shell page, extracting the files first if needed. */
    static URI install() {
        Map<String, byte[]> files = files();
        String version = hash(files);
        Path dir = cacheRoot().resolve("quire").resolve("preview").resolve(version);
        try {
            write(dir, files);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cache folder " + dir + " not writable; using a temporary one", e);
            try {
                dir = Files.createTempDirectory("quire-preview");
                dir.toFile().deleteOnExit();
                write(dir, files);
            } catch (IOException again) {
                throw new UncheckedIOException("Cannot write the preview page anywhere", again);
            }
        }
        return dir.resolve(PAGE).toUri();
    }

    static Path cacheRoot() {
        String override = System.getProperty("quire.cache.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg);
        }
        return app.quire.safety.QuireDirs.home().resolve(".cache");
    }

    private static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(PAGE, resource("/app/quire/ui/preview/preview.html"));
        files.put("preview.js", resource("/app/quire/ui/preview/preview.js"));
        files.put("preview.css", resource("/app/quire/ui/preview/preview.css"));
        files.put("article.css", resource("/app/quire/markdown/article.css"));
        files.put("highlight.min.js", resource("/" + HLJS));
        return files;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewShell.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + name, e);
        }
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, bytes) -> {
                digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static void write(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            if (Files.isRegularFile(target) && Files.size(target) == file.getValue().length) {
                continue;
            }
            Path temp = Files.createTempFile(dir, file.getKey(), ".tmp");
            Files.write(temp, file.getValue());
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
