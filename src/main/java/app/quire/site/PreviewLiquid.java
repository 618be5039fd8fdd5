package app.quire.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Liquid of a post body for the preview, rendered the way the export renders it (decision 0200):
 * {@code {{ site.* }}}, {@code {{ page.* }}}, {@code relative_url}, {@code absolute_url}, {@code {% post_url %}},
 * {@code {% link %}}, {@code {% highlight %}}, {@code {% raw %}}, Liquid's own tags; an unknown tag stays
 * visible. The front matter is kept as written and a highlight block keeps its lines, so the preview still
 * lines up with the editor. Hugo sites are not run through Liquid, as in the export. The blog's posts (for
 * {@code post_url} and {@code link}) are read on first use and read again when one is not found; a changed
 * site config is read again. Thread-safe (one instance serves every preview of a blog).
 */
public final class PreviewLiquid {
    private static final System.Logger LOG = System.getLogger(PreviewLiquid.class.getName());
    /**
     * Longer bodies are shown without Liquid: Liqp parses the whole body on every keystroke (~2 ms for 8 KB,
     * 350-900 ms for 800 KB with 3,200 tags, PreviewLiquidBench), so the preview would trail the typing.
     */
    static final int MAX_BODY_CHARS = 200_000;
    /**
     * How old the post index must be before a post_url that finds nothing reads the blog again; at least five
     * times what the last reading took, so a link that stays broken does not keep a big blog's reading going.
     */
    private static final long REINDEX_AFTER_NANOS = 2_000_000_000L;
    private static final int REINDEX_AFTER_READINGS = 5;

    private final BodyLiquid liquid;
    private Site site;
    private Map<String, Object> siteVars;
    private Object configStamp;
    /** The {@code _data/} files' sizes and times: a change reads the site again. */
    private String dataStamp;
    private PostIndex index;
    private long indexedAt;
    private long indexTook;
    /** A target was not found: the next use wants a reading newer than {@link #REINDEX_AFTER_NANOS}. */
    private boolean stale;
    private PostIndex listsFrom;
    private Map<String, Object> listsVars;

    private PreviewLiquid(Site site) {
        use(site);
        liquid = new BodyLiquid(site.root(), this::index, true);
    }

    /** For the blog in {@code siteRoot}; its config is read now. */
    public static PreviewLiquid open(Path siteRoot) throws IOException {
        return new PreviewLiquid(Site.open(siteRoot));
    }

    private void use(Site opened) {
        site = opened;
        siteVars = SiteExporter.siteVars(opened.config());
        dataStamp = SiteData.stamp(opened.root());
        if (opened.shape() == SiteShape.JEKYLL) {
            SiteData.Loaded data = SiteData.load(opened.root(), new ArrayList<>());
            if (!data.data().isEmpty()) {
                siteVars.put("data", data.data());
            }
        }
        listsVars = null;
        configStamp = configStamp();
        index = null;
    }

    /** The config files' sizes and times ("none" without any): a change reads the site again. */
    private Object configStamp() {
        if (site.configFiles().isEmpty()) {
            return "none";
        }
        StringBuilder stamp = new StringBuilder();
        for (String f : site.configFiles()) {
            try {
                var a = java.nio.file.Files.readAttributes(site.root().resolve(f),
                        java.nio.file.attribute.BasicFileAttributes.class);
                stamp.append(f).append('=').append(a.size()).append(':').append(a.lastModifiedTime().toMillis()).append(';');
            } catch (IOException e) {
                stamp.append(f).append("=unreadable;");
            }
        }
        return stamp.toString();
    }

    private void rereadChangedConfig() {
        if (!configStamp().equals(configStamp) || !SiteData.stamp(site.root()).equals(dataStamp)) {
            try {
                use(Site.open(site.root()));
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "preview: the site config could not be read again", e);
                configStamp = configStamp();
            }
        }
    }

    /**
     * Whether this site's export leaves a post's raw HTML out (a Hugo site without goldmark's unsafe, decision 0235):
     * the preview then shows a marker where it will; a changed config is read again.
     */
    public synchronized boolean omitsRawHtml() {
        if (site.shape() != SiteShape.HUGO) {
            return false; // no config stamps read per render for the others
        }
        rereadChangedConfig();
        return site.omitsRawHtml();
    }

    /** Whether a post body may hold Liquid at all (the quick check before any work). */
    public static boolean mayHaveLiquid(String text) {
        return text.contains("{{") || text.contains("{%") || KramdownMarks.mayHave(text);
    }

    /**
     * The post text with the Liquid in its body rendered (and, in a Jekyll site, kramdown's marks taken out:
     * {@link KramdownMarks}); the text itself when it has none, when the site is a Hugo site, or when the body is
     * too long. {@code file} is the post's file (null: not saved yet).
     */
    public synchronized String render(String postText, Path file) {
        if (!mayHaveLiquid(postText)) {
            return postText;
        }
        rereadChangedConfig();
        if (site.shape() == SiteShape.HUGO) {
            return withShortcodes(postText, file);
        }
        Map.Entry<String, Integer> split = PostMetadata.body(postText);
        String body = split.getKey();
        if (body.length() > MAX_BODY_CHARS || !mayHaveLiquid(body)) {
            return postText;
        }
        String head = postText.substring(0, postText.length() - body.length());
        String shown = body.contains("{{") || body.contains("{%") ? liquid(postText, body, split.getValue(), file)
                : body;
        if (site.shape() == SiteShape.JEKYLL && KramdownMarks.mayHave(shown)) {
            shown = KramdownMarks.withTocPreview(KramdownMarks.strip(shown, "", split.getValue(), new ArrayList<>()));
        }
        return shown.equals(body) ? postText : head + shown;
    }

    /** A Hugo post's text with its shortcodes expanded as the export will (a ref not found reads the blog again). */
    private String withShortcodes(String postText, Path file) {
        Map.Entry<String, Integer> split = PostMetadata.body(postText);
        String body = split.getKey();
        if (body.length() > MAX_BODY_CHARS || !HugoShortcodes.mayHave(body)) {
            return postText;
        }
        String source = file == null ? "content/posts/unsaved.md" : site.root().relativize(file.toAbsolutePath()
                .normalize()).toString().replace(java.io.File.separatorChar, '/');
        Map<String, Object> frontMatter = app.quire.post.Post.parse(postText).frontMatter().values();
        List<Problem> problems = new ArrayList<>();
        String shown = HugoShortcodes.expand(body, "", split.getValue(),
                HugoShortcodes.context(index(), source, frontMatter, site.config(), true), problems);
        if (problems.stream().anyMatch(p -> p.message().contains("finds no post")) && staleAfterMiss()) {
            stale = true; // a post added since: read the blog again, once
            shown = HugoShortcodes.expand(body, "", split.getValue(),
                    HugoShortcodes.context(index(), source, frontMatter, site.config(), true), new ArrayList<>());
        }
        return shown.equals(body) ? postText : postText.substring(0, postText.length() - body.length()) + shown;
    }

    /** The body with its Liquid rendered (a post_url not found reads the blog again, once). */
    private String liquid(String postText, String body, int bodyStartLine, Path file) {
        Map<String, Object> vars = new HashMap<>();
        Map<String, Object> page = page(postText, file);
        vars.put("site", PostIndex.SITE_LISTS.matcher(body).find() ? siteVarsWithLists(page) : siteVars);
        vars.put("page", page);
        List<Problem> problems = new ArrayList<>();
        String rendered = liquid.render(body, file == null ? "" : file.toString(), bodyStartLine, vars, problems);
        if (problems.stream().anyMatch(p -> p.message().startsWith(BodyLiquid.NOT_FOUND)) && staleAfterMiss()) {
            stale = true; // a post added since: read the blog again, once
            problems.clear();
            rendered = liquid.render(body, file == null ? "" : file.toString(), bodyStartLine, vars, problems);
        }
        return rendered;
    }

    /**
     * The post or page of this site a link clicked in the preview leads to: the preview shows a site path
     * ({@code /blog/2021/12/10/badge.html}, what {@code post_url} writes) as a file under the site folder; that
     * path, without the baseurl, is looked up among the posts' URLs (read again once when not found). Empty for
     * anything else.
     */
    public synchronized Optional<Path> postForLink(Path linked) {
        Path f = linked.toAbsolutePath().normalize();
        if (!f.startsWith(site.root())) {
            return Optional.empty();
        }
        String path = "/" + site.root().relativize(f).toString().replace('\\', '/');
        String base = site.config().baseurl().replaceAll("/+$", "");
        if (!base.isEmpty() && (path.startsWith(base + "/") || path.equals(base))) {
            path = path.substring(base.length());
        }
        Optional<Path> found = byUrl(path);
        if (found.isEmpty() && staleAfterMiss()) {
            stale = true;
            found = byUrl(path);
        }
        return found;
    }

    private Optional<Path> byUrl(String path) {
        String bare = path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
        String slash = bare.endsWith("/") || bare.endsWith(".html") ? bare : bare + "/";
        for (List<PostEntry> list : List.of(index().posts(), index().pages(), index().hidden())) {
            for (PostEntry e : list) {
                String url = java.net.URLDecoder.decode(e.url().replace("+", "%2B"),
                        java.nio.charset.StandardCharsets.UTF_8);
                if (url.equals(bare) || url.equals(slash) || url.equals(bare + ".html")) {
                    return Optional.of(e.file());
                }
            }
        }
        return Optional.empty();
    }

    private Map<String, Object> page(String postText, Path file) {
        Path where = file != null ? file : site.shape() == SiteShape.JEKYLL
                ? PostOperations.postsFolder(site, false).resolve("untitled.md") : site.root().resolve("untitled.md");
        Optional<PostEntry> entry = PostIndex.entryOf(site, where, postText);
        return entry.map(e -> SiteExporter.pageVars(e, SiteExporter.plainSummary(e)))
                .orElseGet(HashMap::new);
    }

    private long reindexAfter() {
        return Math.max(REINDEX_AFTER_NANOS, REINDEX_AFTER_READINGS * indexTook);
    }

    /** The site variables with the post lists of the current reading (made again for a newer reading). */
    private Map<String, Object> siteVarsWithLists(Map<String, Object> page) {
        PostIndex current = index();
        if (listsFrom != current || listsVars == null) {
            listsVars = SiteExporter.withLists(siteVars, current, SiteExporter::plainSummary);
            listsFrom = current;
        }
        Object url = page.get("url");
        return url == null ? listsVars : current.posts().stream().filter(e -> url.equals(e.url())).findFirst()
                .map(e -> SiteExporter.forPost(listsVars, e)).orElse(listsVars);
    }

    /** How old a reading must be before a missing target reads the blog again (for tests). */
    synchronized long reindexAfterNanos() {
        return reindexAfter();
    }

    private boolean staleAfterMiss() {
        return System.nanoTime() - indexedAt > reindexAfter();
    }

    /**
     * The blog's posts: the newest reading shared with the post list ({@link SharedPostIndex}); read (or waited
     * for) when there is none, or when a target was not found in one older than {@link #reindexAfter()}.
     */
    private PostIndex index() {
        SharedPostIndex.Reading shared = SharedPostIndex.latest(site);
        if (shared != null && (index == null || shared.readAt() > indexedAt)) {
            index = shared.index();
            indexedAt = shared.readAt();
            indexTook = shared.tookNanos();
        }
        if (index == null || stale && staleAfterMiss()) {
            stale = false;
            try {
                SharedPostIndex.Reading r = SharedPostIndex.recent(site, reindexAfter());
                index = r.index();
                indexedAt = r.readAt();
                indexTook = r.tookNanos();
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "preview: the blog's posts could not be read", e);
                index = PostIndex.empty(site);
                indexedAt = System.nanoTime();
                indexTook = 0;
            }
        }
        return index;
    }
}
