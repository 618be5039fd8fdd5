package app.quire.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Copies the bundled sample blog (resources listed in {@code index.txt}) into a folder, once: an existing folder
 * is never touched again, so the user's edits to the sample survive later starts.
 */
public final class SampleBlogInstaller {
    private static final String BASE = "/app/quire/sample/blog/";
    private static final String INDEX = "/app/quire/sample/index.txt";
    private static final System.Logger LOG = System.getLogger(SampleBlogInstaller.class.getName());

    /** What {@link #install} did. */
    public record Result(Path folder, boolean installedNow) {
    }

    private SampleBlogInstaller() {
    }

    /** The relative paths of the sample files, as listed in the bundled index. */
    public static List<String> files() {
        try (InputStream in = resource(INDEX);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("The sample blog index is unreadable", e);
        }
    }

    /**
     * Installs the sample blog into {@code target} unless that folder already exists. The files are copied into
     * a temporary sibling first and moved into place, so a crash never leaves a half-installed blog behind.
     */
    public static Result install(Path target) throws IOException {
        if (Files.exists(target)) {
            return new Result(target, false);
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, ".sample-blog-");
        try {
            for (String rel : files()) {
                Path dest = tmp.resolve(rel).normalize();
                if (!dest.startsWith(tmp)) {
                    throw new IOException("Bad path in the sample index: " + rel);
                }
                Files.createDirectories(dest.getParent());
                try (InputStream in = resource(BASE + rel)) {
                    Files.copy(in, dest);
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
        } finally {
            if (Files.exists(tmp)) {
                deleteTree(tmp);
            }
        }
        LOG.log(System.Logger.Level.INFO, "Installed the sample blog in {0}", target);
        return new Result(target, true);
    }

    /** The newest post of a Jekyll-shaped folder: the last {@code _posts} file in name order (see BlogPosts#newest). */
    public static Optional<Path> newestPost(Path blog) throws IOException {
        return Files.isDirectory(blog.resolve("_posts")) ? app.quire.post.schema.BlogPosts.newest(blog)
                : Optional.empty();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleBlogInstaller.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("Missing bundled resource " + name);
        }
        return in;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
