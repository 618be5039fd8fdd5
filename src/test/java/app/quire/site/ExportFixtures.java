package app.quire.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Helpers for export tests: copies of the fixture sites, output trees, local link checks. */
final class ExportFixtures {
    /** A fixed "now" so that the fixture's 2099 post is always in the future and results never depend on the clock. */
    static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    /** What the body of the jekyll fixture's liquid-features post renders to, in the export and the preview. */
    static final String[] LIQUID_FEATURES_HTML = {
        "This post lives on Fixture Blog and is called &quot;Liquid Features&quot;.",
        "<a href=\"/blog/blog/2021/12/10/serverless-badge.html\">badge post</a>",
        "<a href=\"/blog/about/\">about page</a>",
        "<a href=\"/blog/assets/css/site.css\">the stylesheet</a>",
        "/blog/assets/css/site.css",
        "https://blog.example.test/blog/",
        "<pre class=\"highlight\"><code class=\"language-ruby\"",
        "&#123;&#123; not liquid &#125;&#125;",
        "Templates write {{ page.title }} literally.",
        "{% youtube abc123 %}",
        "The answer is 42."};

    private ExportFixtures() {
    }

    /** A small Jekyll site in {@code dir}: its _config.yml and posts given as file name, text, name, text... */
    static Path jekyllSite(Path dir, String config, String... postNamesAndTexts) throws IOException {
        java.nio.file.Files.createDirectories(dir.resolve("_posts"));
        java.nio.file.Files.writeString(dir.resolve("_config.yml"), config);
        for (int i = 0; i + 1 < postNamesAndTexts.length; i += 2) {
            java.nio.file.Files.writeString(dir.resolve("_posts").resolve(postNamesAndTexts[i]), postNamesAndTexts[i + 1]);
        }
        return dir;
    }

    static ExportOptions options() {
        return new ExportOptions(false, false, false, NOW);
    }

    /** Copies a fixture site (src/test/resources/sites/NAME) into a fresh folder under {@code dir}. */
    static Path copySite(String name, Path dir) throws IOException {
        Path source;
        try {
            source = Path.of(ExportFixtures.class.getResource("/sites/" + name).toURI());
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
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }

    /** Every file under root: relative path to bytes, sorted. */
    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }

    static String read(Path out, String rel) {
        try {
            return Files.readString(out.resolve(rel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Local href/src values in every exported HTML file that do not resolve to a file in OUT.
     * Site paths must start with the baseurl; folder URLs resolve to their index.html.
     */
    static List<String> brokenLocalLinks(Path out, String baseurl) throws IOException {
        List<String> broken = new ArrayList<>();
        for (String rel : tree(out).keySet()) {
            if (!rel.endsWith(".html")) {
                continue;
            }
            Matcher m = LINK.matcher(read(out, rel));
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (link.isEmpty() || link.startsWith("#") || link.startsWith("//") || link.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue;
                }
                link = link.replaceAll("[#?].*$", "");
                String decoded = java.net.URLDecoder.decode(link.replace("+", "%2B"), StandardCharsets.UTF_8);
                Path target;
                if (decoded.startsWith("/")) {
                    if (!(decoded + "/").startsWith(baseurl + "/")) {
                        broken.add(rel + " -> " + link + " (outside baseurl)");
                        continue;
                    }
                    target = out.resolve(decoded.substring(baseurl.length()).replaceFirst("^/", ""));
                } else {
                    Path parent = out.resolve(rel).getParent();
                    target = parent.resolve(decoded);
                }
                if (decoded.endsWith("/") || Files.isDirectory(target)) {
                    target = target.resolve("index.html");
                }
                if (!Files.isRegularFile(target.normalize()) || !target.normalize().startsWith(out)) {
                    broken.add(rel + " -> " + link);
                }
            }
        }
        return broken;
    }

    /** Whether a program is on the PATH (comparison tests skip themselves without their generator). */
    static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
