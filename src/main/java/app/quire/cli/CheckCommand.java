package app.quire.cli;

import app.quire.media.AltText;
import app.quire.post.FrontMatter;
import app.quire.post.FrontMatterProblem;
import app.quire.post.Post;
import app.quire.post.PostFile;
import app.quire.post.PostLinks;
import app.quire.post.PostNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code quire check PATH...}: broken front matter, bad dates, missing images, images without alt text, broken post
 * links (Jekyll's post_url, Hugo's ref and relref) and Hugo shortcodes Quire cannot expand.
 */
@Command(exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:fine", "1:problems found",
            "2:bad usage, unreadable input, or the command could not do what was asked"},
        name = "check", mixinStandardHelpOptions = true,
        description = {"Check posts for broken front matter, bad dates, missing images, images without alt text",
            "and broken post links (post_url, Hugo's ref/relref and shortcodes Quire cannot expand).",
            "PATH is a post or a folder (searched for *.md and *.markdown). One line per problem:",
            "FILE:LINE:COL: message. Exit 1 when any problem is found."})
final class CheckCommand implements Callable<Integer> {
    private static final String OUTSIDE = "image outside the site folder (it would not be published) ";
    private static final Pattern EXTERNAL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//|#).*");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Post files or folders.")
    List<Path> paths;

    private final Map<Path, Set<String>> postIndex = new HashMap<>();
    private final Map<Path, Path> roots = new HashMap<>();
    private final Map<Path, Boolean> sites = new HashMap<>();

    @Override
    public Integer call() throws IOException {
        List<Path> posts = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new ParameterException(spec.commandLine(), p + " does not exist");
            }
            posts.addAll(postsUnder(p));
        }
        PrintWriter out = spec.commandLine().getOut();
        int problems = 0;
        for (Path post : posts) {
            for (String line : check(post)) {
                out.println(line);
                problems++;
            }
        }
        out.flush();
        return problems > 0 ? QuireCli.PROBLEMS : QuireCli.OK;
    }

    static List<Path> postsUnder(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> files = Files.walk(p)) {
            return files.filter(Files::isRegularFile).filter(f -> isPostName(f.getFileName().toString()))
                    .filter(f -> !hiddenOrBuild(p.relativize(f)))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static boolean isPostName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    private static boolean hiddenOrBuild(Path relative) {
        for (Path part : relative) {
            String s = part.toString();
            if (s.startsWith(".") || s.equals("_site") || s.equals("node_modules") || s.equals("public")
                    && relative.getNameCount() > 1) {
                return true;
            }
        }
        return false;
    }

    /** Each Hugo site's post index, read once for all the posts checked in it (empty: not a Hugo site). */
    private final Map<Path, Optional<app.quire.site.PostIndex>> hugoIndexes = new HashMap<>();

    /** The problems of one post, formatted {@code FILE:LINE:COL: message}. */
    List<String> check(Path file) {
        List<String> problems = new ArrayList<>();
        Post post;
        try {
            post = PostFile.open(file).post();
        } catch (IOException e) {
            problems.add(file + ":1:1: " + QuireCli.message(e).replace(file + " ", ""));
            return problems;
        }
        FrontMatter fm = post.frontMatter();
        Optional<FrontMatterProblem> problem = fm.problem();
        problem.ifPresent(p -> problems.add(file + ":" + p.line() + ":" + p.column() + ": " + p.message()));
        if (fm.has("date") && fm.date().isEmpty()) {
            problems.add(file + ":" + keyLine(post, "date") + ":1: date '" + fm.dateText().orElse("")
                    + "' is not a date Jekyll or Hugo can read (e.g. 2021-12-10 00:00:00 +1000)");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        Path root = roots.computeIfAbsent(folder, f -> SiteLocator.findRoot(f).orElse(f));
        boolean inSite = sites.computeIfAbsent(root, r -> SiteLocator.findRoot(r).map(r::equals).orElse(false));
        fm.heroImage().ifPresent(src -> {
            if (inSite && outsideSite(src, root, folder)) {
                problems.add(file + ":" + keyLine(post, heroKey(post)) + ":1: " + OUTSIDE + src);
            } else if (missingLocal(src, root, folder)) {
                problems.add(file + ":" + keyLine(post, heroKey(post)) + ":1: missing image " + src);
            }
        });
        if (inSite) {
            hugoShortcodes(file, root, post, problems);
        }
        List<String> bodyLines = List.of(post.body().split("\n", -1));
        for (PostLinks.Ref ref : PostLinks.scan(post.body())) {
            String where = file + ":" + (post.bodyStartLine() + ref.line() + 1) + ":" + (ref.column() + 1) + ": ";
            switch (ref.type()) {
                case IMAGE:
                    if (inSite && outsideSite(ref.target(), root, folder)) {
                        problems.add(where + OUTSIDE + ref.target());
                    } else if (missingLocal(ref.target(), root, folder)) {
                        problems.add(where + "missing image " + ref.target());
                    }
                    if (ref.line() < bodyLines.size() && AltText.at(bodyLines.get(ref.line()), ref.column()).isEmpty()) {
                        problems.add(where + "image without alt text " + ref.target());
                    }
                    break;
                case LINK:
                    if (isPostLink(ref.target()) && missingLocal(ref.target(), root, folder)) {
                        problems.add(where + "link to missing post " + ref.target());
                    }
                    break;
                case DEFINITION:
                    if (isPostLink(ref.target()) && missingLocal(ref.target(), root, folder)) {
                        problems.add(where + "link to missing post " + ref.target());
                    } else if (isImagePath(ref.target()) && missingLocal(ref.target(), root, folder)) {
                        problems.add(where + "missing image " + ref.target());
                    }
                    break;
                default:
                    if (!postUrlExists(ref.target(), root, folder)) {
                        problems.add(where + "post_url names no post: " + ref.target());
                    }
            }
        }
        return problems;
    }

    /**
     * A Hugo post's shortcodes as the export would expand them (refs that find nothing, unknown ones), and the raw
     * HTML the export would leave out (decision 0235).
     */
    private void hugoShortcodes(Path file, Path root, Post post, List<String> problems) {
        boolean shortcodes = post.body().contains("{{<") || post.body().contains("{{%");
        if (!shortcodes && post.body().indexOf('<') < 0) {
            return;
        }
        Optional<app.quire.site.PostIndex> index = hugoIndexes.computeIfAbsent(root, r -> {
            try {
                app.quire.site.Site site = app.quire.site.Site.open(r);
                return site.shape() != app.quire.site.SiteShape.HUGO ? Optional.empty()
                        : Optional.of(app.quire.site.PostIndex.load(site, app.quire.site.PostIndex.Options.defaults(),
                                new ArrayList<>()));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
        if (index.isEmpty()) {
            return;
        }
        String source = root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        List<app.quire.site.Problem> found = new ArrayList<>();
        if (shortcodes) {
            found.addAll(app.quire.site.HugoShortcodes.problems(index.get(), source, post.text()));
        }
        found.addAll(app.quire.site.HugoBody.rawHtmlProblems(index.get(), source, post.text()));
        for (app.quire.site.Problem p : found) {
            problems.add(file + ":" + p.line() + ":" + p.column() + ": " + p.message());
        }
    }

    private static String heroKey(Post post) {
        for (String k : List.of("heroimage", "hero_image", "heroImage", "image", "cover", "hero", "featured_image",
                "featuredImage", "header")) {
            if (post.frontMatter().has(k)) {
                return k;
            }
        }
        return "image";
    }

    /** The 1-based file line of a front matter key (1 when not found). */
    private static int keyLine(Post post, String key) {
        List<String> lines = List.of(post.frontMatterBlock().split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith(key) && l.substring(key.length()).stripLeading().matches("^[:=].*")) {
                return i + 1;
            }
        }
        return 1;
    }

    private static boolean isPostLink(String target) {
        String path = stripSuffixes(target).toLowerCase(Locale.ROOT);
        return !EXTERNAL.matcher(target).matches() && (path.endsWith(".md") || path.endsWith(".markdown"));
    }

    private static boolean isImagePath(String target) {
        return stripSuffixes(target).toLowerCase(Locale.ROOT)
                .matches(".*\\.(png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?)$");
    }

    private static String stripSuffixes(String target) {
        String t = target;
        int cut = t.indexOf('#');
        if (cut >= 0) {
            t = t.substring(0, cut);
        }
        cut = t.indexOf('?');
        return cut >= 0 ? t.substring(0, cut) : t;
    }

    /**
     * True when a local image path leads out of the site folder (e.g. {@code ../../photo.jpg} from a post near the
     * root): such a file may exist here but is never published with the site.
     */
    static boolean outsideSite(String target, Path root, Path folder) {
        if (target.isBlank() || EXTERNAL.matcher(target).matches() || target.contains("{{") || target.contains("{%")) {
            return false;
        }
        String path = stripSuffixes(target);
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path base = root.toAbsolutePath().normalize();
            Path resolved = path.startsWith("/") ? base.resolve(path.replaceFirst("^/+", "")).normalize()
                    : folder.toAbsolutePath().resolve(path).normalize();
            return !resolved.startsWith(base);
        } catch (IllegalArgumentException e) { // bad %-escape or InvalidPathException
            return false; // missingLocal reports it
        }
    }

    /** True when a local path (site-root or relative) names no file; external and templated ones are skipped. */
    static boolean missingLocal(String target, Path root, Path folder) {
        if (target.isBlank() || EXTERNAL.matcher(target).matches() || target.contains("{{") || target.contains("{%")) {
            return false;
        }
        String path = stripSuffixes(target);
        if (path.isEmpty()) {
            return false;
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return true;
        }
        try {
            if (path.startsWith("/")) {
                String rel = path.replaceFirst("^/+", "");
                return !Files.exists(root.resolve(rel)) && !Files.exists(root.resolve("static").resolve(rel));
            }
            return !Files.exists(folder.resolve(path));
        } catch (InvalidPathException e) {
            return true;
        }
    }

    private boolean postUrlExists(String name, Path root, Path folder) {
        Set<String> index = postIndex.computeIfAbsent(root, r -> indexPosts(r, folder));
        return index.contains(name) || index.contains(name.replace('\\', '/'));
    }

    /** Names post_url accepts: the stem of every post under a _posts folder, with and without its sub-folder. */
    private static Set<String> indexPosts(Path root, Path folder) {
        Set<String> names = new HashSet<>();
        try {
            for (Path post : postsUnder(root)) {
                Path rel = root.relativize(post);
                List<String> parts = new ArrayList<>();
                rel.forEach(p -> parts.add(p.toString()));
                int posts = parts.lastIndexOf("_posts");
                String stem = PostNames.stem(parts.get(parts.size() - 1));
                names.add(stem);
                if (posts >= 0 && posts < parts.size() - 2) {
                    names.add(String.join("/", parts.subList(posts + 1, parts.size() - 1)) + "/" + stem);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
