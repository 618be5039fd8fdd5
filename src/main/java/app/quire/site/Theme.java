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
    /** The logger, made on first use (starting System.Logger costs a cold export ~25 ms; decision 0219). */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(Theme.class.getName());

        private Log() {
        }
    }
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

    /** Layouts whose body is spliced into the rendered shell: their built-in text shows the content once. */
    private static final List<String> SPLICED = List.of("post", "page");
    /**
     * Stands for the content while the shell is rendered. The built-in post and page layouts and the built-in
     * default layout output their content exactly once, unconditionally and unfiltered, so the page is the
     * rendered shell with this mark replaced by the content (decision 0155).
     */
    static final String CONTENT_MARK = "\u0000quire-content\u0000";

    private final Map<String, String> texts = new HashMap<>();
    /** Names of the layouts that are the built-in text (not overridden by the site, or overridden by a copy). */
    private final java.util.Set<String> builtIn = new java.util.HashSet<>();
    /**
     * The Liquid parser, made on first use (its start-up loads a few hundred classes). A site's own layouts may
     * include files of its {@code _includes/} folder, and only those ({@link SafeInclude}).
     */
    private final Lazy<TemplateParser> parser;
    /** Liqp templates are not safe to render from several threads at once: one parsed set per worker. */
    private final ThreadLocal<Map<String, CompiledLayout>> layouts = ThreadLocal.withInitial(HashMap::new);
    private final Map<String, byte[]> assets = new TreeMap<>();
    /** The built-in post page written out in Java; null when a site overrides the post or default layout. */
    private final BuiltInPostPage javaPost;
    /** The built-in home, archive, 404 and page layouts written out in Java; null when the shell is the site's. */
    private final BuiltInPages javaPages;
    private final String hash;

    private Theme(Map<String, String> texts, java.util.Set<String> builtIn, Map<String, byte[]> assets, String hash,
            IncludeFiles includes) {
        this.parser = new Lazy<>(() -> LiquidFilters.parser(new SafeInclude(includes, true)));
        this.texts.putAll(texts);
        this.builtIn.addAll(builtIn);
        BuiltInPostPage java = builtIn.contains("post") && builtIn.contains("default")
                ? new BuiltInPostPage(texts.get("post"), texts.get("default")) : null;
        this.javaPost = java != null && java.enabled() ? java : null;
        // the shell alone (the post layout may be the site's): a built-in default is all the other pages need
        BuiltInPostPage shell = java != null ? java
                : builtIn.contains("default") ? new BuiltInPostPage(BuiltInPostPage.POST, texts.get("default")) : null;
        Map<String, String> builtInTexts = new HashMap<>();
        for (String name : builtIn) {
            builtInTexts.put(name, texts.get(name));
        }
        this.javaPages = shell != null && shell.enabled() ? new BuiltInPages(shell, builtInTexts) : null;
        this.assets.putAll(assets);
        this.hash = hash;
    }

    /** Loads the theme, taking overrides from the site's {@code _quire/} folder. Bad overrides are reported. */
    static Theme load(Site site, List<Problem> problems) {
        TemplateParser parser = null; // only overrides are checked: Liquid's start-up is left to the first render
        IncludeFiles includes = new IncludeFiles(site.root());
        boolean usesIncludes = false;
        InputKey digest = new InputKey();
        Map<String, String> layouts = new HashMap<>();
        java.util.Set<String> builtInNames = new java.util.HashSet<>();
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
                    parser = parser != null ? parser : LiquidFilters.parser(new SafeInclude(includes, true));
                    parser.parse(text);
                    usesIncludes |= text.contains("include");
                }
            } catch (RuntimeException e) {
                problems.add(Problem.error(source, 0, 0, "Liquid: " + String.valueOf(e.getMessage()).replace('\n', ' ')
                        + "; using the built-in layout"));
                text = builtIn;
            }
            layouts.put(name, text);
            if (text.equals(builtIn)) {
                builtInNames.add(name);
            }
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
        if (usesIncludes) { // a layout of the site's may include files: their text is part of every page
            digest.add(includes.key());
        }
        return new Theme(layouts, builtInNames, assets, digest.value(), includes);
    }

    /** Renders a layout into the default layout (the page shell). */
    String render(String layout, Map<String, Object> vars) {
        if (javaPages != null) {
            String page = javaPages.render(layout, vars, this::renderText);
            if (page != null) {
                return page;
            }
        }
        return liquidRender(layout, vars);
    }

    /** {@link #render} through Liquid alone (what the written-out pages are compared with). */
    String liquidRender(String layout, Map<String, Object> vars) {
        Map<String, Object> inner = new HashMap<>(vars);
        String content = template(layout).render(inner);
        if (layout.equals("default")) {
            return content;
        }
        inner.put("content", content);
        return template("default").render(inner);
    }

    /**
     * Renders a post or page: {@code page} (the map under "page" in {@code vars}) gets {@code content} as its
     * "content". With the built-in layouts the 10 KB body does not pass through Liquid's string building twice:
     * a post page is written out in Java ({@link BuiltInPostPage}), others render the shell around a mark and
     * splice the body in as UTF-8 bytes (decision 0155). Layouts a site overrides are rendered as before.
     * Returns the page's UTF-8 bytes.
     */
    byte[] renderPage(String layout, Map<String, Object> vars, Map<String, Object> page, String content) {
        if (javaPost != null && layout.equals("post")) {
            byte[] rendered = javaPost.render(vars, page, content, this::renderText);
            if (rendered != null) {
                page.put("content", content);
                return rendered;
            }
        }
        if (splices(layout)) {
            page.put("content", CONTENT_MARK);
            String shell = render(layout, vars);
            int at = shell.indexOf(CONTENT_MARK);
            // exactly one mark: the layouts show it once, so a title or value holding the mark text falls back
            if (at >= 0 && at == shell.lastIndexOf(CONTENT_MARK)) {
                page.put("content", content);
                return concat(shell.substring(0, at).getBytes(StandardCharsets.UTF_8),
                        content.getBytes(StandardCharsets.UTF_8),
                        shell.substring(at + CONTENT_MARK.length()).getBytes(StandardCharsets.UTF_8));
            }
        }
        page.put("content", content);
        Map<String, Object> withContent = new HashMap<>(vars);
        withContent.put("content", content); // {{ content }} in a post or page layout, as in Jekyll
        return render(layout, withContent).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the site overrides any built-in layout (its own layouts may read anything of the site). */
    boolean customised() {
        return builtIn.size() < LAYOUTS.size();
    }

    /** A template text rendered with Liquid (the shell's site-only parts when a site value is not text). */
    private String renderText(String text, Map<String, Object> vars) {
        return new CompiledLayout(parser.get(), text).render(vars);
    }

    /**
     * Whether pages of this theme may need Liquid: a layout of the site's own, or a built-in one not written
     * out in Java. When not, only posts with Liquid in their bodies start it (decision 0215).
     */
    boolean needsLiquid() {
        if (javaPost == null || javaPages == null) {
            return true;
        }
        for (String name : List.of("home", "archive", "404", "page")) {
            if (!javaPages.writesOut(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #renderPage} writes this layout out in Java (the built-in post page, decision 0155). */
    boolean writesOut(String layout) {
        return javaPost != null && layout.equals("post");
    }

    /** Whether {@link #renderPage} splices for this layout (it and the shell are the built-in ones). */
    boolean splices(String layout) {
        return SPLICED.contains(layout) && builtIn.contains(layout) && builtIn.contains("default");
    }

    private static byte[] concat(byte[] a, byte[] b, byte[] c) {
        byte[] all = new byte[a.length + b.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        System.arraycopy(c, 0, all, a.length + b.length, c.length);
        return all;
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
            Log.LOG.log(System.Logger.Level.DEBUG, "theme warm-up: " + e);
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
