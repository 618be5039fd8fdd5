package app.quire.safety;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Previous versions of each post, kept on save: {@code <root>/<hash of path>/<UTC timestamp>.md} (UTF-8), plus a
 * {@code path} file naming the post. Bounded per post by count (50) and total size (20 MB); the oldest go first,
 * the newest is always kept. Restoring returns text; the UI applies it as an undoable edit. Thread-safe.
 */
public final class LocalHistory {
    private static final System.Logger LOG = System.getLogger(LocalHistory.class.getName());
    public static final int DEFAULT_MAX_VERSIONS = 50;
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** One kept version of a post. */
    public record Version(Path post, Instant time, Path file, long size) {
    }

    private final Path root;
    private final int maxVersions;
    private final long maxBytes;
    private final Clock clock;

    public LocalHistory(Path root) {
        this(root, DEFAULT_MAX_VERSIONS, DEFAULT_MAX_BYTES, Clock.systemUTC());
    }

    public LocalHistory(Path root, int maxVersions, long maxBytes, Clock clock) {
        this.root = root;
        this.maxVersions = maxVersions;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** The folder holding a post's versions. */
    public Path folderOf(Path post) {
        return root.resolve(SafeFiles.sha256(key(post)).substring(0, 32));
    }

    /**
     * Keeps {@code previousText} as a version of the post (call it just before saving over it). Nothing is kept
     * when it equals the newest kept version. Returns the new version, if one was written.
     */
    public synchronized Optional<Version> keep(Path post, String previousText) throws IOException {
        List<Version> existing = versions(post);
        if (!existing.isEmpty() && read(existing.get(0)).equals(previousText)) {
            return Optional.empty();
        }
        Path dir = folderOf(post);
        Files.createDirectories(dir);
        Path pathFile = dir.resolve("path");
        if (!Files.exists(pathFile)) {
            SafeFiles.writeAtomically(pathFile, key(post).getBytes(StandardCharsets.UTF_8));
        }
        Instant now = clock.instant();
        if (!existing.isEmpty() && !now.isAfter(existing.get(0).time())) {
            now = existing.get(0).time().plusMillis(1); // names stay unique and ordered
        }
        Path file = dir.resolve(NAME.format(now) + ".md");
        byte[] bytes = previousText.getBytes(StandardCharsets.UTF_8);
        SafeFiles.writeAtomically(file, bytes);
        prune(post);
        return Optional.of(new Version(post, now, file, bytes.length));
    }

    /** The kept versions, newest first. */
    public synchronized List<Version> versions(Path post) {
        Path dir = folderOf(post);
        List<Version> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.md")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                try {
                    Instant t = NAME.parse(name.substring(0, name.length() - 3), Instant::from);
                    out.add(new Version(post, t, f, Files.size(f)));
                } catch (DateTimeParseException | IOException e) {
                    LOG.log(Level.DEBUG, "ignoring {0} in history: {1}", f, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list history of {0}: {1}", post, e.getMessage());
        }
        out.sort(Comparator.comparing(Version::time).reversed());
        return out;
    }

    public String read(Version v) throws IOException {
        return Files.readString(v.file(), StandardCharsets.UTF_8);
    }

    /** What changed from the version to the current text. */
    public LineDiff.Result diff(Version v, String current) throws IOException {
        return LineDiff.diff(read(v), current);
    }

    /** The version's text, for the UI to apply as an undoable edit (the file is not touched here). */
    public String restore(Version v) throws IOException {
        return read(v);
    }

    private void prune(Path post) {
        List<Version> all = versions(post);
        long total = 0;
        for (int i = 0; i < all.size(); i++) {
            Version v = all.get(i);
            total += v.size();
            if (i > 0 && (i >= maxVersions || total > maxBytes)) {
                try {
                    Files.deleteIfExists(v.file());
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "cannot prune history file {0}: {1}", v.file(), e.getMessage());
                }
            }
        }
    }

    private static String key(Path post) {
        return post.toAbsolutePath().normalize().toString();
    }
}
