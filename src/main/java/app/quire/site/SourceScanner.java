package app.quire.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lists a site's input files by role, following the rules of the site's generator: Jekyll skips folders and
 * files starting with '_' or '.', honours {@code exclude:}/{@code include:}; Hugo reads {@code content/} and
 * copies {@code static/}. Symbolic links are never followed; each one found is reported.
 */
final class SourceScanner {
    /** Content formats Hugo reads as pages, never copies as bundle resources. */
    private static final Pattern HUGO_CONTENT_FORMAT = Pattern.compile("\\.(html?|adoc|asciidoc|org|pandoc|pdc|rst)$");
    static final Pattern DATED_NAME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})-(.+)\\.(md|markdown|mdown|mkd|mkdn)$");

    /**
     * An input file: its absolute path, its '/'-separated path relative to the site root, and its size and
     * modification time (nanoseconds since the epoch) as the scan saw them.
     */
    record Source(Path file, String rel, boolean draft, long size, long mtime) {
    }

    /** What the scan found, each list sorted by rel path. */
    record Sources(List<Source> posts, List<Source> pages, List<StaticSource> statics) {
    }

    /** A static file and the output path (relative to OUT) it is copied to. */
    record StaticSource(Path file, String rel, String outputPath) {
    }

    private final Site site;
    private final Path excludeOut;
    private final List<Problem> problems;
    private final List<PathMatcher> excludes = new ArrayList<>();
    private final List<String> excludePrefixes = new ArrayList<>();
    private final List<String> includes;
    /** Jekyll collections written out: their documents are pages, their other files static files. */
    private final List<JekyllCollections.Collection> collections;
    /** Jekyll's {@code collections_dir}: where _posts, _drafts and the collections are (empty: the site's root). */
    private final String collectionsDir;

    SourceScanner(Site site, Path out, List<Problem> problems) {
        this.site = site;
        this.excludeOut = out == null ? null : out.toAbsolutePath().normalize();
        this.problems = problems;
        for (String e : site.config().exclude()) {
            String p = e.replaceAll("^/+|/+$", "");
            excludePrefixes.add(p);
            try {
                excludes.add(FileSystems.getDefault().getPathMatcher("glob:" + p));
            } catch (IllegalArgumentException ex) {
                problems.add(Problem.warning(site.configFile(), 0, 0, "exclude pattern '" + e + "' is not a valid glob"));
            }
        }
        includes = SiteConfig.strings(site.config().raw().get("include"));
        collections = site.shape() == SiteShape.JEKYLL ? JekyllCollections.of(site.config()) : List.of();
        collectionsDir = site.shape() == SiteShape.JEKYLL ? JekyllCollections.dir(site.config()) : "";
    }

    Sources scan(boolean drafts) throws IOException {
        List<Source> posts = new ArrayList<>();
        List<Source> pages = new ArrayList<>();
        List<StaticSource> statics = new ArrayList<>();
        Path root = site.root();
        switch (site.shape()) {
            case JEKYLL:
                walk(root, (file, rel, attrs) -> {
                    String[] segs = rel.split("/");
                    String inner = JekyllCollections.inside(collectionsDir, rel); // null: outside collections_dir
                    String[] innerSegs = inner == null ? new String[0] : inner.split("/");
                    int postsAt = indexOf(innerSegs, "_posts");
                    int draftsAt = indexOf(innerSegs, "_drafts");
                    JekyllCollections.Collection coll = inner == null ? null
                            : JekyllCollections.containing(collections, inner);
                    if (postsAt >= 0 && skippedBefore(innerSegs, postsAt)) {
                        if (DATED_NAME.matcher(segs[segs.length - 1]).matches()) {
                            posts.add(source(file, rel, false, attrs));
                        } else if (isMarkdown(rel)) {
                            problems.add(Problem.warning(rel, 0, 0, "not named YYYY-MM-DD-title.md, so not a post "
                                    + "(Jekyll skips it too); skipped"));
                        }
                    } else if (draftsAt >= 0 && skippedBefore(innerSegs, draftsAt)) {
                        if (drafts && isMarkdown(rel)) {
                            posts.add(source(file, rel, true, attrs));
                        }
                    } else if (coll != null) {
                        if (isMarkdown(rel) && startsWithFrontMatter(file)) {
                            pages.add(source(file, rel, false, attrs));
                        } else if (!hidden(java.util.Arrays.copyOfRange(innerSegs, 1, innerSegs.length))) {
                            statics.add(new StaticSource(file, rel,
                                    coll.name() + inner.substring(coll.folder().length())));
                        }
                    } else if (!hidden(segs) && !excluded(rel)) {
                        boolean frontMatter = startsWithFrontMatter(file);
                        if (isMarkdown(rel) && frontMatter) {
                            pages.add(source(file, rel, false, attrs));
                        } else if (!frontMatter) {
                            statics.add(new StaticSource(file, rel, rel));
                        }
                        // other files with front matter are Jekyll templates (index.html, feed.xml): the theme replaces them
                    }
                });
                break;
            case HUGO:
                Path content = root.resolve("content");
                if (Files.isDirectory(content)) {
                    walk(content, (file, rel, attrs) -> {
                        String name = rel.substring(rel.lastIndexOf('/') + 1);
                        if (isMarkdown(name)) {
                            if (!name.startsWith("_index.")) {
                                posts.add(source(file, "content/" + rel, false, attrs));
                            }
                        } else if (!HUGO_CONTENT_FORMAT.matcher(name).find()) {
                            // maybe a page bundle's resource: BundleResources puts it beside its page, or drops it
                            statics.add(new StaticSource(file, "content/" + rel, rel));
                        }
                    });
                }
                Path stat = root.resolve("static");
                if (Files.isDirectory(stat)) {
                    walk(stat, (file, rel, attrs) -> statics.add(new StaticSource(file, "static/" + rel, rel)));
                }
                break;
            default:
                walk(root, (file, rel, attrs) -> {
                    String[] segs = rel.split("/");
                    if (hidden(segs) || excluded(rel) || rel.equals("quire.yaml") || rel.equals("quire.yml")) {
                        return;
                    }
                    if (isMarkdown(rel)) {
                        posts.add(source(file, rel, false, attrs));
                    } else {
                        statics.add(new StaticSource(file, rel, rel));
                    }
                });
        }
        return new Sources(posts, pages, statics);
    }

    /**
     * True for Markdown file names: exactly what {@code (?i).+\\.(md|markdown|mdown|mkd|mkdn)$} matches with
     * {@code matches()} (ASCII case only; no line terminator anywhere), without a regex per file.
     */
    static boolean isMarkdown(String s) {
        int end = s.length();
        int dot = s.lastIndexOf('.', end - 1);
        if (dot < 1) {
            return false;
        }
        StringBuilder ext = new StringBuilder(end - dot);
        for (int i = dot + 1; i < end; i++) {
            char c = s.charAt(i);
            ext.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        switch (ext.toString()) {
            case "md": case "markdown": case "mdown": case "mkd": case "mkdn":
                break;
            default:
                return false;
        }
        for (int i = 0; i < dot; i++) {
            if (lineTerminator(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private interface FileAction {
        void accept(Path file, String rel, BasicFileAttributes attrs) throws IOException;
    }

    private static Source source(Path file, String rel, boolean draft, BasicFileAttributes attrs) {
        return new Source(file, rel, draft, attrs.size(), nanos(attrs.lastModifiedTime()));
    }

    static long nanos(java.nio.file.attribute.FileTime t) {
        Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    /** Walks in sorted order without following links; skips OUT and Quire's own theme folder. */
    private void walk(Path start, FileAction action) throws IOException {
        List<Object[]> found = new ArrayList<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path abs = dir.toAbsolutePath().normalize();
                if (excludeOut != null && abs.equals(excludeOut) || abs.equals(site.themeFolder())
                        || dir.getFileName() != null && dir.getFileName().toString().equals(".git")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink()) {
                    problems.add(Problem.warning(relOf(file), 0, 0, "symbolic link not followed; skipped"));
                } else if (attrs.isRegularFile()) {
                    found.add(new Object[] {relative(start, file), file, attrs});
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                problems.add(Problem.error(relOf(file), 0, 0, "cannot read: " + exc.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> ((String) a[0]).compareTo((String) b[0]));
        for (Object[] r : found) {
            action.accept((Path) r[1], (String) r[0], (BasicFileAttributes) r[2]);
        }
    }

    /** {@code start.relativize(file)} with '/' separators; by string when file's text starts with start's. */
    private static String relative(Path start, Path file) {
        String s = start.toString();
        String f = file.toString();
        String sep = file.getFileSystem().getSeparator();
        if (!s.isEmpty() && f.length() > s.length() + sep.length() && f.startsWith(s)
                && f.startsWith(sep, s.length()) && !s.endsWith(sep)) {
            String rel = f.substring(s.length() + sep.length());
            return sep.equals("/") ? rel : rel.replace('\\', '/');
        }
        return start.relativize(file).toString().replace('\\', '/');
    }

    private String relOf(Path file) {
        return site.root().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static int indexOf(String[] segs, String name) {
        for (int i = 0; i < segs.length - 1; i++) {
            if (segs[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** True when no folder before position {@code at} is hidden (so {@code blog/_posts} counts, {@code _x/_posts} not). */
    private static boolean skippedBefore(String[] segs, int at) {
        for (int i = 0; i < at; i++) {
            if (segs[i].startsWith("_") || segs[i].startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    private boolean hidden(String[] segs) {
        for (String s : segs) {
            if ((s.startsWith("_") || s.startsWith(".") || s.startsWith("#") || s.endsWith("~")) && !includes.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private boolean excluded(String rel) {
        for (String prefix : excludePrefixes) {
            if (rel.equals(prefix) || rel.startsWith(prefix + "/")) {
                return true;
            }
        }
        Path p = Path.of(rel);
        for (PathMatcher m : excludes) {
            if (m.matches(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithFrontMatter(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(isMarkdown(name) || name.endsWith(".html") || name.endsWith(".htm")
                || name.endsWith(".xml") || name.endsWith(".css") || name.endsWith(".scss") || name.endsWith(".js")
                || name.endsWith(".txt") || name.endsWith(".json"))) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] head = in.readNBytes(5);
            String s = new String(head, java.nio.charset.StandardCharsets.UTF_8);
            return s.startsWith("---\n") || s.startsWith("---\r");
        }
    }
}
