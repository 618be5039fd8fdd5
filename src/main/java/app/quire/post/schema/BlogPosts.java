package app.quire.post.schema;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** A front matter block larger than this is not one a form can show; the scan stops. */
    static final int MAX_BLOCK_BYTES = 1 << 20;

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

    /** At most this many files are looked at to pick the post to open (a folder far bigger than a blog). */
    static final int NEWEST_SCAN_LIMIT = 50_000;

    /**
     * The post to open when a blog folder is opened: in a Jekyll folder the last {@code _posts} file by name
     * (names start with the date); elsewhere (Hugo's {@code content/}, a plain folder) the Markdown file changed
     * last, the one the writer was most likely working on. Hidden folders, {@code _}-folders, {@code public/},
     * {@code resources/} and {@code node_modules/} are skipped; empty when there is none.
     */
    public static Optional<Path> newest(Path folder) throws IOException {
        Path posts = folder.resolve("_posts");
        if (Files.isDirectory(posts)) {
            try (Stream<Path> s = Files.list(posts)) {
                return s.filter(BlogPosts::isMarkdown).filter(Files::isRegularFile)
                        .max(java.util.Comparator.comparing(p -> p.getFileName().toString()));
            }
        }
        Path root = Files.isDirectory(folder.resolve("content")) ? folder.resolve("content") : folder;
        Path[] best = new Path[1];
        long[] bestTime = {Long.MIN_VALUE};
        int[] seen = new int[1];
        Files.walkFileTree(root, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), 8,
                new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                            java.nio.file.attribute.BasicFileAttributes attrs) {
                        String n = dir.getFileName() == null ? "" : dir.getFileName().toString();
                        boolean skip = !dir.equals(root) && (n.startsWith(".") || n.startsWith("_")
                                || n.equals("public") || n.equals("resources") || n.equals("node_modules"));
                        return skip ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                                : java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path file,
                            java.nio.file.attribute.BasicFileAttributes attrs) {
                        if (attrs.isRegularFile() && isMarkdown(file)) {
                            long t = attrs.lastModifiedTime().toMillis();
                            if (t > bestTime[0] || t == bestTime[0] && file.compareTo(best[0]) > 0) {
                                bestTime[0] = t;
                                best[0] = file;
                            }
                        }
                        return ++seen[0] >= NEWEST_SCAN_LIMIT ? java.nio.file.FileVisitResult.TERMINATE
                                : java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                        return java.nio.file.FileVisitResult.CONTINUE; // an unreadable corner is not a reason to fail
                    }
                });
        return Optional.ofNullable(best[0]);
    }

    /** A Markdown file by its extension ({@code .md}, {@code .markdown}, {@code .mdown}, {@code .mkd}). */
    public static boolean isMarkdown(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown") || n.endsWith(".mdown") || n.endsWith(".mkd");
    }

    /**
     * The front matter block of a file (delimiters included) as {@code Post.frontMatterBlock()} would give it,
     * reading only up to its closing line (in 8 KB chunks); "" when there is none or it is not UTF-8.
     */
    public static String frontMatterBlock(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[8192];
            int len = 0;
            int lineStart = 0;
            int lineNo = 0;
            boolean yaml = false;
            while (true) {
                int scanFrom = lineStart;
                if (len == buf.length) {
                    if (buf.length >= MAX_BLOCK_BYTES) {
                        return "";
                    }
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    return "";
                }
                len += n;
                for (int i = scanFrom; i < len; i++) {
                    if (buf[i] != '\n') {
                        continue;
                    }
                    String line = stripEnd(decode(buf, lineStart, i - lineStart));
                    if (lineNo == 0) {
                        if (line.startsWith("\uFEFF")) {
                            line = line.substring(1);
                        }
                        yaml = line.equals("---");
                        if (!yaml && !line.equals("+++")) {
                            return "";
                        }
                    } else if (yaml ? line.equals("---") || line.equals("...") : line.equals("+++")) {
                        return decode(buf, 0, i + 1);
                    }
                    lineNo++;
                    lineStart = i + 1;
                }
            }
        } catch (CharacterCodingException e) {
            LOG.log(System.Logger.Level.DEBUG, "not UTF-8, skipped: {0}", file);
            return "";
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not read {0}: {1}", file, e.getMessage());
            return "";
        }
    }

    private static String decode(byte[] buf, int from, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf, from, length)).toString();
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && " \t\r\n".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(0, end);
    }
}
