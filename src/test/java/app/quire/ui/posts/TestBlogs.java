package app.quire.ui.posts;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Writable copies of the fixture sites under src/test/resources/sites. */
public final class TestBlogs {
    private TestBlogs() {
    }

    public static Path copy(String name, Path dir) throws IOException {
        Path source;
        try {
            source = Path.of(TestBlogs.class.getResource("/sites/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path target = dir.resolve(name);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                    t.toFile().setWritable(true);
                }
            }
        }
        return target.toAbsolutePath().normalize();
    }
}
