package app.quire.post.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds a blog's post files and reads just their front matter blocks. A folder is a site root when it has
 * {@code _config.yml}, {@code quire.yaml}, {@code _posts} or {@code content}; posts are then under
 * {@code _posts/} and {@code _drafts/} (Jekyll) or {@code content/} (Hugo); any other folder is scanned for
 * Markdown files directly.
 */
public final class BlogPosts {
    private static final System.Logger LOG = System.getLogger(BlogPosts.class.getName());
    /** Front matter longer than this many lines is not a front matter a form can show; the scan stops. */
    static final int MAX_FRONT_MATTER_LINES = 2_000;

    private BlogPosts() {
    }

    /** The site root for a folder: the folder itself or the nearest parent with a config, or empty. */
    public static Optional<Path> siteRoot(Path folder) {
        for (Path p = folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("_config.yml")) || Files.isRegularFile(p.resolve("quire.yaml"))
                    || Files.isDirectory(p.resolve("_posts"))) {
                return Optional.of(p);
            }
        }
        return Files.isDirectory(folder.resolve("content")) ? Optional.of(folder) : Optional.empty();
    }

    /** The post files of a blog folder, sorted by path. */
    public static List<Path> find(Path folder) throws IOException {
        List<Path> roots = new ArrayList<>();
        for (String sub : List.of("_posts", "_drafts", "content")) {
            if (Files.isDirectory(folder.resolve(sub))) {
                roots.add(folder.resolve(sub));
            }
        }
        if (roots.isEmpty()) {
            roots.add(folder);
        }
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                out.addAll(files.filter(Files::isRegularFile).filter(BlogPosts::isMarkdown)
                        .collect(Collectors.toList()));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        out.sort(null);
        return out;
    }

    static boolean isMarkdown(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".mdown") || n.endsWith(".mkd");
    }

    /**
     * The front matter block of a file (delimiters included) as {@code Post.frontMatterBlock()} would give it,
     * reading only up to its closing line; "" when there is none or the file is not UTF-8.
     */
    public static String frontMatterBlock(Path file) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
            StringBuilder sb = new StringBuilder(512);
            String first = readLineKeepingBreak(in);
            if (first == null) {
                return "";
            }
            String open = stripEnd(first.startsWith("\uFEFF") ? first.substring(1) : first);
            boolean yaml = open.equals("---");
            if (!yaml && !open.equals("+++")) {
                return "";
            }
            sb.append(first);
            for (int i = 0; i < MAX_FRONT_MATTER_LINES; i++) {
                String line = readLineKeepingBreak(in);
                if (line == null) {
                    return "";
                }
                sb.append(line);
                String l = stripEnd(line);
                if (yaml ? l.equals("---") || l.equals("...") : l.equals("+++")) {
                    return sb.toString();
                }
            }
            return "";
        } catch (CharacterCodingException e) {
            LOG.log(System.Logger.Level.DEBUG, "not UTF-8, skipped: {0}", file);
            return "";
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not read {0}: {1}", file, e.getMessage());
            return "";
        }
    }

    private static String readLineKeepingBreak(BufferedReader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            sb.append((char) c);
            if (c == '\n') {
                break;
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && " \t\r\n".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(0, end);
    }
}
