package app.quire.post;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The fixture posts under src/test/resources/posts. */
public final class Fixtures {
    public static final List<String> UTF8_POSTS = List.of("seed-like.md", "bom-crlf.md", "no-final-newline.md",
            "non-ascii.md", "empty-fm.md", "no-fm.md", "toml.md", "broken-yaml.md", "comments.md", "flow-lists.md",
            "block-lists.md", "quoted.md", "multiline.md", "dots-close.md", "nested.md");

    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/posts/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        String s = new String(bytes(name), StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    public static Post post(String name) {
        return Post.parse(text(name));
    }

    public static Path copy(String name, Path dir) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes(name));
        return p;
    }
}
