package app.quire.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import liqp.TemplateParser;

/**
 * The built-in blog theme: Liquid layouts (default, post, page, home, archive, 404) and assets (CSS, JS,
 * highlight.js from its webjar). A site overrides any layout with {@code _quire/layouts/NAME.liquid} and any
 * asset with {@code _quire/assets/FILE} (see docs/decisions/0063-theme-overrides.md).
 */
final class Theme {
    private static final System.Logger LOG = System.getLogger(Theme.class.getName());
    static final List<String> LAYOUTS = List.of("default", "post", "page", "home", "archive", "404");
    private static final String BASE = "/app/quire/site/";
    private static final String HLJS = "/META-INF/resources/webjars/highlightjs/11.10.0/";
    /** Output path under OUT to the classpath resource or file it comes from. */
    private static final Map<String, String> BUILT_IN_ASSETS = Map.of(
            "assets/quire/quire.css", BASE + "assets/quire.css",
            "assets/quire/quire.js", BASE + "assets/quire.js",
            "assets/quire/highlight.min.js", HLJS + "highlight.min.js",
            "assets/quire/highlight-light.min.css", HLJS + "styles/github.min.css",
            "assets/quire/highlight-dark.min.css", HLJS + "styles/github-dark.min.css");

    private final Map<String, String> texts = new HashMap<>();
    /** The Liquid parser, made on first use (its start-up loads a few hundred classes). */
    private final Lazy<TemplateParser> parser = new Lazy<>(LiquidFilters::parser);
    /** Liqp templates are not safe to render from several threads at once: one parsed set per worker. */
    private final ThreadLocal<Map<String, CompiledLayout>> layouts = ThreadLocal.withInitial(HashMap::new);
    private final Map<String, byte[]> assets = new TreeMap<>();
    private final String hash;

    private Theme(Map<String, String> texts, Map<String, byte[]> assets, String hash) {
        this.texts.putAll(texts);
        this.assets.putAll(assets);
        this.hash = hash;
    }

    /** Loads the theme, taking overrides from the site's {@code _quire/} folder. Bad overrides are reported. */
    static Theme load(Site site, List<Problem> problems) {
        TemplateParser parser = null; // only overrides are checked: Liquid's start-up is left to the first render
        InputKey digest = new InputKey();
        Map<String, String> layouts = new HashMap<>();
        for (String name : LAYOUTS) {
            String builtIn = resource(BASE + "layouts/" + name + ".liquid");
            Path override = site.themeFolder().resolve("layouts").resolve(name + ".liquid");
            String text = builtIn;
            String source = "built-in " + name;
            if (Files.isRegularFile(override) && !Files.isSymbolicLink(override)) {
                try {
                    text = Files.readString(override, StandardCharsets.UTF_8);
                    source = site.root().relativize(override).toString().replace('\\', '/');
                } catch (IOException e) {
                    problems.add(Problem.error("_quire/layouts/" + name + ".liquid", 0, 0, "cannot read: " + e.getMessage()));
                }
            }
            try {
                if (text != builtIn) {
                    parser = parser != null ? parser : LiquidFilters.parser();
                    parser.parse(text);
                }
            } catch (RuntimeException e) {
                problems.add(Problem.error(source, 0, 0, "Liquid: " + String.valueOf(e.getMessage()).replace('\n', ' ')
                        + "; using the built-in layout"));
                text = builtIn;
            }
            layouts.put(name, text);
            digest.add(name).add(text);
        }
        Map<String, byte[]> assets = new TreeMap<>();
        BUILT_IN_ASSETS.forEach((out, res) -> assets.put(out, bytes(res)));
        Path overrides = site.themeFolder().resolve("assets");
        if (Files.isDirectory(overrides)) {
            try (var files = Files.walk(overrides)) {
                for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                    if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        String rel = overrides.relativize(f).toString().replace('\\', '/');
                        assets.put("assets/quire/" + rel, Files.readAllBytes(f));
                    }
                }
            } catch (IOException e) {
                problems.add(Problem.error("_quire/assets", 0, 0, "cannot read: " + e.getMessage()));
            }
        }
        assets.forEach((k, v) -> {
            digest.add(k).add(v);
        });
        return new Theme(layouts, assets, digest.value());
    }

    /** Renders a layout into the default layout (the page shell). */
    String render(String layout, Map<String, Object> vars) {
        Map<String, Object> inner = new HashMap<>(vars);
        String content = template(layout).render(inner);
        if (layout.equals("default")) {
            return content;
        }
        inner.put("content", content);
        return template("default").render(inner);
    }

    private CompiledLayout template(String name) {
        return layouts.get().computeIfAbsent(name, n -> new CompiledLayout(parser.get(), texts.get(n)));
    }

    /**
     * Starts Liquid up on the calling thread (parser, the post and page shells parsed and rendered once) so that
     * the first page a repeat export renders does not wait for it. Its problems are nobody's: they are logged.
     */
    void warmUp() {
        try {
            Map<String, Object> vars = new HashMap<>();
            vars.put("site", Map.of("title", "warm-up"));
            vars.put("page", Map.of("title", "warm-up", "content", "<p>x</p>"));
            render("post", vars);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "theme warm-up: " + e);
        }
    }

    /** Theme assets: output path under OUT to bytes, sorted. */
    Map<String, byte[]> assets() {
        return assets;
    }

    /** Hash of all layouts and assets: part of every page's input key. */
    String hash() {
        return hash;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String resource(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String path) {
        try (InputStream in = Theme.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
