package app.quire.ui.posts;

import app.quire.post.Post;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Lists the posts of a blog folder with their titles and dates, newest first. Looks in {@code _posts} (Jekyll),
 * {@code content/posts} or {@code content} (Hugo), else the folder itself; reads only each file's front matter.
 * Plain Java: run it off the FX thread.
 */
public final class PostScanner {
    private static final System.Logger LOG = System.getLogger(PostScanner.class.getName());
    private static final Pattern FILE_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-(.*)\\.[^.]+$");
    private static final Pattern TEXT_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2})?))?");
    private static final int MAX_FRONT_MATTER_LINES = 200;

    private PostScanner() {
    }

    public static List<PostEntry> scan(Path blog) throws IOException {
        Path dir = postsFolder(blog);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir, dir.equals(blog) ? 1 : 4)) {
            files = s.filter(Files::isRegularFile).filter(PostScanner::isMarkdown).collect(Collectors.toList());
        }
        List<PostEntry> out = new ArrayList<>();
        for (Path f : files) {
            out.add(entry(f));
        }
        out.sort(Comparator.comparing(PostEntry::sortKey).reversed()
                .thenComparing(e -> e.path().getFileName().toString()));
        return out;
    }

    static Path postsFolder(Path blog) {
        for (String candidate : List.of("_posts", "content/posts", "content")) {
            Path p = blog.resolve(candidate);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return blog;
    }

    private static boolean isMarkdown(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    static PostEntry entry(Path file) {
        String name = file.getFileName().toString();
        Matcher fm = FILE_DATE.matcher(name);
        String title = fm.matches() ? fm.group(2).replace('-', ' ') : name;
        String sortKey = fm.matches() ? fm.group(1) + " 00:00:00" : "";
        try {
            Post post = Post.parse(readFrontMatter(file));
            title = post.title().orElse(title);
            String dateText = post.dateText().orElse("");
            Matcher dm = TEXT_DATE.matcher(dateText.replace("'", "").replace("\"", ""));
            if (dm.find()) {
                String time = dm.group(2) == null ? "00:00:00" : dm.group(2).length() == 5 ? dm.group(2) + ":00"
                        : dm.group(2);
                sortKey = dm.group(1) + " " + time;
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "Front matter of " + file + " unreadable; listing it by name", e);
        }
        String date = sortKey.length() >= 10 ? sortKey.substring(0, 10) : "";
        return new PostEntry(file.toAbsolutePath().normalize(), title, date, sortKey);
    }

    /** The front matter block (or the first lines of a file without one). */
    private static String readFrontMatter(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) {
                return "";
            }
            if (first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            sb.append(first).append('\n');
            if (!first.equals("---")) {
                return sb.toString();
            }
            for (int i = 0; i < MAX_FRONT_MATTER_LINES; i++) {
                String line = r.readLine();
                if (line == null) {
                    break;
                }
                sb.append(line).append('\n');
                if (line.equals("---") || line.equals("...")) {
                    break;
                }
            }
        } catch (CharacterCodingException e) {
            throw new IOException("Not UTF-8: " + file, e);
        }
        return sb.toString();
    }
}
