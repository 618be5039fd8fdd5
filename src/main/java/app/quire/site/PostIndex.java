package app.quire.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every post and page of a site with the metadata listings need (title, date, draft, categories, tags, URL...),
 * newest first. Files are read and parsed in parallel; bodies are not kept.
 */
public final class PostIndex {
    /** The logger, made on first use (starting System.Logger costs a cold export ~25 ms; decision 0219). */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(PostIndex.class.getName());

        private Log() {
        }
    }

    /** A Hugo content file in no section: {@code content/about.md}, or the bundle {@code content/about/index.md}. */
    private static final Pattern HOME_SECTION_FILE = Pattern.compile("content/(?:[^/]+|[^/]+/index\\.[^/.]+)");
    private static final Comparator<PostEntry> NEWEST_FIRST = Comparator
            .comparing(PostEntry::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(PostEntry::source);

    /** Which posts to include; {@code expired}: Hugo posts past their {@code expiryDate} too (decision 0236). */
    public record Options(boolean drafts, boolean future, Instant now, boolean expired) {
        public Options(boolean drafts, boolean future, Instant now) {
            this(drafts, future, now, false);
        }

        public static Options defaults() {
            return new Options(false, false, Instant.now());
        }
    }

    private final Site site;
    private final List<PostEntry> posts;
    private final List<PostEntry> pages;
    private final List<PostEntry> hidden;
    private final List<SourceScanner.StaticSource> statics;
    private final Map<String, PostEntry> byName = new HashMap<>();
    private final Map<String, PostEntry> bySource = new HashMap<>();
    private final Map<String, String> staticUrls = new HashMap<>();
    private final Map<String, List<PostEntry>> categories;
    private final Map<String, List<PostEntry>> tags;

    /** Why a post is left out. */
    public enum Hidden { UNPUBLISHED, DRAFT, EXPIRED, FUTURE }

    private Map<String, Hidden> hiddenWhy = Map.of();

    /** Sources with other URLs they are reached at (aliases, redirect_from), for the shown posts and pages. */
    private Map<String, List<String>> aliases = Map.of();
    private Map<String, Map<String, Term>> taxonomyTerms = Map.of();
    private int filesRead;
    private Thread cacheWrite;

    private PostIndex(Site site, List<PostEntry> posts, List<PostEntry> pages, List<PostEntry> hidden,
            List<SourceScanner.StaticSource> statics) {
        this.site = site;
        this.posts = posts;
        this.pages = pages;
        this.hidden = hidden;
        this.statics = statics;
        for (PostEntry e : posts) {
            String name = withoutExtension(e.source().substring(e.source().lastIndexOf('/') + 1));
            byName.putIfAbsent(name, e);
            bySource.put(e.source(), e);
        }
        for (PostEntry e : pages) {
            bySource.put(e.source(), e);
        }
        for (SourceScanner.StaticSource st : statics) {
            staticUrls.put(st.rel(), Permalinks.encode("/" + st.outputPath()));
        }
        this.categories = terms(true);
        this.tags = terms(false);
    }

    /** Liquid that reads the site's post lists: such a page depends on every post. */
    static final java.util.regex.Pattern SITE_LISTS =
            java.util.regex.Pattern.compile("site\\.(?:posts|categories|tags|related_posts)\\b");
    private static final java.util.regex.Pattern SIMPLE_OUTPUT =
            java.util.regex.Pattern.compile("(site|page)((?:\\.[A-Za-z_][\\w-]*)+)");

    /**
     * The text of a plain {@code {{ site.x }}} or {@code {{ page.x.y }}} in a summary, as the page shows it (a
     * string, number or true/false); null (left out) for anything else, filters included.
     */
    private static java.util.function.Function<String, String> liquidValues(Site site, PostMetadata meta,
            String title) {
        Lazy<Map<String, Object>> siteVars = new Lazy<>(() -> SiteExporter.siteVars(site.config()));
        return expr -> {
            java.util.regex.Matcher m = SIMPLE_OUTPUT.matcher(expr);
            if (!m.matches()) {
                return null;
            }
            String[] keys = m.group(2).substring(1).split("\\.");
            Object v = m.group(1).equals("site")
                    ? keys[0].equals("data") && site.shape() == SiteShape.JEKYLL
                            ? Map.of("data", SiteData.cached(site.root())) : siteVars.get()
                    : keys[0].equals("title") && keys.length == 1 ? Map.of("title", title) : meta.data();
            for (String key : keys) {
                v = v instanceof Map<?, ?> map ? map.get(key) : null;
            }
            return v instanceof String || v instanceof Number || v instanceof Boolean ? String.valueOf(v) : null;
        };
    }

    /**
     * Where a post's summary ends: its own or the site's {@code excerpt_separator} (Jekyll), Hugo's
     * {@code <!--more-->}; null for the first paragraph (Jekyll's default).
     */
    private static String excerptSeparator(Site site, PostMetadata meta) {
        Object own = meta.data().get("excerpt_separator");
        if (own instanceof String s && !s.isBlank()) {
            return s;
        }
        if (site.shape() == SiteShape.HUGO) {
            return "<!--more-->";
        }
        Object configured = site.config().raw().get("excerpt_separator");
        return configured instanceof String s && !s.isBlank() ? s : null;
    }

    /** An index with nothing in it (a blog whose posts could not be read). */
    static PostIndex empty(Site site) {
        return new PostIndex(site, List.of(), List.of(), List.of(), List.of());
    }

    /** Loads the index of a site; problems in single files go to {@code problems}, the rest still loads. */
    public static PostIndex load(Site site, Options options, List<Problem> problems) throws IOException {
        return load(site, options, null, problems);
    }

    /**
     * As {@link #load(Site, Options, List)}, skipping the output folder when it lies inside the site. With an
     * output folder, the index cache in it ({@link IndexCache}) is used: unchanged files are not read again,
     * and the cache is rewritten when anything changed.
     */
    static PostIndex load(Site site, Options options, Path out, List<Problem> problems) throws IOException {
        PostIndex index = load(site, options, out, () -> { }, problems);
        index.awaitCacheWrite();
        return index;
    }

    /**
     * As above; {@code onRead} runs as soon as a source turns out to be new or changed (the caller makes it run
     * its work once).
     */
    static PostIndex load(Site site, Options options, Path out, Runnable onRead, List<Problem> problems)
            throws IOException {
        long t0 = System.nanoTime();
        Instant start = Instant.now();
        List<Problem> scanProblems = Collections.synchronizedList(problems);
        SourceScanner.Sources sources = new SourceScanner(site, out, scanProblems).scan(options.drafts());
        String context = out == null ? null : IndexCache.context(site, options.drafts());
        long tScan = System.nanoTime();
        IndexCache cache = out == null ? IndexCache.empty() : IndexCache.read(out, context);
        long tCache = System.nanoTime();
        java.util.concurrent.atomic.AtomicInteger fresh = new java.util.concurrent.atomic.AtomicInteger();
        List<IndexCache.Entry> postEntries = sources.posts().parallelStream()
                .map(s -> index(site, s, PostEntry.Kind.POST, cache, start, fresh, onRead, scanProblems))
                .filter(e -> e != null).collect(Collectors.toList());
        List<IndexCache.Entry> pageEntries = sources.pages().parallelStream()
                .map(s -> index(site, s, PostEntry.Kind.PAGE, cache, start, fresh, onRead, scanProblems))
                .filter(e -> e != null).collect(Collectors.toList());
        List<PostEntry> shown = new ArrayList<>();
        List<PostEntry> hidden = new ArrayList<>();
        Map<String, Hidden> why = new HashMap<>();
        for (IndexCache.Entry ce : postEntries) {
            IndexCache.Facts f = ce.facts();
            if (f == null) {
                continue;
            }
            PostEntry e = f.entry();
            // a date taken from the file's modification time never makes a post "future"
            boolean future = f.publishAt() != null ? f.publishAt().isAfter(options.now())
                    : f.dated() && e.date() != null && e.date().toInstant().isAfter(options.now());
            boolean expired = f.expiresAt() != null && !f.expiresAt().isAfter(options.now());
            if (f.unpublished() || e.draft() || expired || future) {
                why.put(e.source(), f.unpublished() ? Hidden.UNPUBLISHED : e.draft() ? Hidden.DRAFT
                        : expired ? Hidden.EXPIRED : Hidden.FUTURE);
            }
            if (f.unpublished() || expired && !options.expired() || e.draft() && !options.drafts()
                    || future && !options.future()) {
                hidden.add(e);
            } else {
                shown.add(e);
            }
        }
        List<PostEntry> pages = new ArrayList<>();
        for (IndexCache.Entry ce : pageEntries) {
            if (ce.facts() != null && !ce.facts().publishedFalse()) {
                pages.add(ce.facts().entry());
            }
        }
        Map<PostEntry, PostEntry> asPages = new java.util.IdentityHashMap<>();
        if (site.shape() == SiteShape.HUGO
                && shown.stream().anyMatch(e -> !HOME_SECTION_FILE.matcher(e.source()).matches())) {
            // (only when some posts are in a section: a site with all its posts at the top keeps them listed)
            // a content file in no section (content/about.md, content/about/index.md) belongs to Hugo's home
            // section, which themes do not list with the posts (they list the main sections): a site page here
            // (decision 0233), like Jekyll's about.md, not a card dated 1 January of year 1 on the home page
            for (java.util.Iterator<PostEntry> it = shown.iterator(); it.hasNext();) {
                PostEntry e = it.next();
                if (HOME_SECTION_FILE.matcher(e.source()).matches()) {
                    it.remove();
                    PostEntry page = new PostEntry(e.source(), e.file(), PostEntry.Kind.PAGE, e.title(), e.date(),
                            e.lastModified(), e.draft(), e.categories(), e.tags(), e.fileSlug(), e.section(),
                            e.author(), e.heroImage(), e.excerpt(), e.data(), e.url(), e.outputPath(), e.hash(),
                            e.liquid(), e.siteLists());
                    asPages.put(e, page);
                    pages.add(page);
                }
            }
        }
        long tRead = System.nanoTime();
        shown.sort(NEWEST_FIRST);
        hidden.sort(NEWEST_FIRST);
        pages.sort(Comparator.comparing(PostEntry::source));
        List<SourceScanner.StaticSource> statics = site.shape() == SiteShape.HUGO
                ? BundleResources.place(sources.statics(), shown, pages) : sources.statics();
        PostIndex index = new PostIndex(site, List.copyOf(shown), List.copyOf(pages), List.copyOf(hidden),
                List.copyOf(statics));
        Map<String, List<String>> aliases = new TreeMap<>();
        for (List<IndexCache.Entry> entries : List.of(postEntries, pageEntries)) {
            for (IndexCache.Entry ce : entries) {
                if (ce.facts() != null && !ce.facts().aliases().isEmpty()
                        && index.bySource.get(ce.facts().entry().source())
                                == asPages.getOrDefault(ce.facts().entry(), ce.facts().entry())) {
                    aliases.put(ce.facts().entry().source(), ce.facts().aliases());
                }
            }
        }
        index.aliases = Collections.unmodifiableMap(aliases);
        index.taxonomyTerms = taxonomyTerms(index, postEntries);
        index.hiddenWhy = Collections.unmodifiableMap(why);
        index.filesRead = fresh.get();
        if (out != null && (fresh.get() > 0 || cache.size() != postEntries.size() + pageEntries.size())) {
            // written on another thread while the export goes on; SiteExporter waits for it before returning
            List<IndexCache.Entry> all = new ArrayList<>(postEntries);
            all.addAll(pageEntries);
            Thread writer = new Thread(() -> IndexCache.write(out, context, site.config().timezone(), all),
                    "quire-index-cache");
            writer.setDaemon(true);
            writer.start();
            index.cacheWrite = writer;
        }
        long tEnd = System.nanoTime();
        Log.LOG.log(System.Logger.Level.DEBUG, () -> String.format("indexed %d posts (%d files read) in %d ms: scan %d,"
                + " cache %d, entries %d, lists %d", postEntries.size(), fresh.get(), (tEnd - t0) / 1_000_000,
                (tScan - t0) / 1_000_000, (tCache - tScan) / 1_000_000, (tRead - tCache) / 1_000_000,
                (tEnd - tRead) / 1_000_000));
        return index;
    }

    /** Waits until the index cache this load started writing is written (no-op when it wrote none). */
    void awaitCacheWrite() {
        Thread w = cacheWrite;
        if (w == null) {
            return;
        }
        try {
            w.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many source files this load read and parsed (the others came from the index cache). */
    int filesRead() {
        return filesRead;
    }

    /** One source's index entry: from the cache when its file is unchanged, else read. Null when unreadable. */
    private static IndexCache.Entry index(Site site, SourceScanner.Source s, PostEntry.Kind kind, IndexCache cache,
            Instant start, java.util.concurrent.atomic.AtomicInteger fresh, Runnable onRead, List<Problem> problems) {
        IndexCache.Entry hit = cache.lookup(s, kind);
        if (hit != null) {
            problems.addAll(hit.problems());
            IndexCache.Facts f = hit.facts();
            if (f == null) {
                return hit;
            }
            PostEntry c = f.entry();
            PostEntry e = new PostEntry(c.source(), s.file(), c.kind(), c.title(), c.date(), c.lastModified(),
                    c.draft(), c.categories(), c.tags(), c.fileSlug(), c.section(), c.author(), c.heroImage(),
                    c.excerpt(), new FrontMatterData(s.file(), s.rel(), site.config().timezone()), c.url(),
                    c.outputPath(), c.hash(), c.liquid(), c.siteLists());
            return new IndexCache.Entry(hit.rel(), hit.kind(), hit.sourceDraft(), hit.size(), hit.mtime(), false,
                    new IndexCache.Facts(e, f.dated(), f.unpublished(), f.publishedFalse(), f.publishAt(),
                            f.expiresAt(), f.aliases(), f.taxonomyTerms()), hit.problems());
        }
        fresh.incrementAndGet();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(s.file());
        } catch (IOException e) {
            problems.add(Problem.error(s.rel(), 0, 0, "cannot read: " + e.getMessage()));
            return null;
        }
        if (!cache.sameContent(s, kind, fingerprint(bytes))) {
            onRead.run(); // a real change (not a file read again only because it was racy)
        }
        List<Problem> own = new ArrayList<>();
        IndexCache.Facts facts = read(site, s, kind, bytes, own);
        problems.addAll(own);
        return new IndexCache.Entry(s.rel(), kind, s.draft(), s.size(), s.mtime(), IndexCache.racy(s.mtime(), start),
                facts, List.copyOf(own));
    }

    private static IndexCache.Facts read(Site site, SourceScanner.Source s, PostEntry.Kind kind, byte[] bytes,
            List<Problem> own) {
        String text = decode(bytes);
        PostMetadata meta = PostMetadata.read(text, s.rel(), site.config().timezone(), own);
        String name = s.rel().substring(s.rel().lastIndexOf('/') + 1);
        Matcher dated = SourceScanner.DATED_NAME.matcher(name);
        String fileSlug;
        ZonedDateTime date = meta.date();
        HugoDates hugoDates = null;
        if (site.shape() == SiteShape.HUGO && kind == PostEntry.Kind.POST) {
            // Hugo's own rules: other date fields stand in for a missing date, the date keeps its own offset
            hugoDates = HugoDates.of(meta.data(), site.config().timezone());
            date = hugoDates.date();
        } else if (site.shape() == SiteShape.HUGO && date != null && meta.data().get("date") != null) {
            date = app.quire.post.PostDates.parse(String.valueOf(meta.data().get("date")))
                    .flatMap(app.quire.post.PostDate::offset).map(date::withZoneSameInstant).orElse(date);
        }
        boolean namedWithDate = dated.matches();
        if (namedWithDate) {
            fileSlug = dated.group(2);
            if (date == null) {
                date = PostMetadata.parseDate(dated.group(1), site.config().timezone()).orElse(null);
                if (date == null && kind == PostEntry.Kind.POST) {
                    // it silently took the file's time, so the post moved to today's page
                    own.add(Problem.error(s.rel(), 0, 0, "the date in the file name (" + dated.group(1)
                            + ") is not a date and the front matter has none; the file's time is used"));
                }
            }
        } else {
            fileSlug = withoutExtension(name);
            if (site.shape() == SiteShape.HUGO && fileSlug.equals("index") && s.rel().contains("/")) {
                String dir = s.rel().substring(0, s.rel().lastIndexOf('/'));
                fileSlug = dir.substring(dir.lastIndexOf('/') + 1); // a Hugo page bundle is named by its folder
            }
        }
        if (date == null && kind == PostEntry.Kind.POST) {
            date = Instant.ofEpochSecond(0, s.mtime()).atZone(site.config().timezone()); // as the scan saw it
        }
        String section = "";
        if (site.shape() == SiteShape.HUGO) {
            String[] segs = s.rel().split("/");
            section = segs.length > 2 ? segs[1] : "";
        }
        List<String> categories = new ArrayList<>(meta.categories());
        List<String> tags = meta.tags();
        if (site.shape() == SiteShape.HUGO) { // under the site's own taxonomy keys (decision 0245)
            categories = new ArrayList<>(HugoTaxonomies.builtInTerms(site.hugoTaxonomies(), meta.data(), true));
            tags = HugoTaxonomies.builtInTerms(site.hugoTaxonomies(), meta.data(), false);
        }
        if (site.shape() == SiteShape.JEKYLL && kind == PostEntry.Kind.POST) {
            String inner = JekyllCollections.inside(JekyllCollections.dir(site.config()), s.rel());
            String[] segs = (inner != null ? inner : s.rel()).split("/");
            List<String> fromPath = new ArrayList<>();
            for (String seg : segs) {
                if (seg.equals("_posts") || seg.equals("_drafts")) {
                    break;
                }
                fromPath.add(seg);
            }
            for (String c : meta.categories()) {
                if (!fromPath.contains(c)) {
                    fromPath.add(c);
                }
            }
            categories = fromPath;
        }
        String title = meta.title().isEmpty() ? titleFromSlug(fileSlug) : meta.title();
        String url = urlOf(site, s, kind, meta, date, title, fileSlug, section, categories, own);
        String outputPath = url == null ? null : Permalinks.outputPath(url, site.shape());
        if (url != null && outputPath == null) {
            int[] at = PostMetadata.keyPosition(text, meta.permalink() != null ? "permalink" : meta.url() != null ? "url" : "slug");
            own.add(Problem.error(s.rel(), at[0], at[1], Permalinks.refusal(url) + "; post skipped"));
        }
        if (outputPath == null) {
            return null;
        }
        // whether the body depends on the rest of the site: Liquid, or a Hugo shortcode such as ref
        boolean hugo = site.shape() == SiteShape.HUGO;
        boolean liquid = hugo ? HugoShortcodes.mayHave(meta.body())
                : meta.body().contains("{{") || meta.body().contains("{%");
        String excerpt = !meta.description().isEmpty() ? meta.description()
                : Excerpts.summary(meta.body(), 240, liquid && !hugo ? liquidValues(site, meta, title) : expr -> null,
                        excerptSeparator(site, meta));
        Map<String, Object> data = new LinkedHashMap<>(meta.data());
        PostEntry entry = new PostEntry(s.rel(), s.file(), kind, title, date, meta.lastModified(),
                meta.draft() || s.draft(), List.copyOf(categories), tags, fileSlug, section, meta.author(),
                meta.heroImage(), excerpt, Collections.unmodifiableMap(data), Permalinks.encode(url), outputPath,
                fingerprint(bytes), liquid,
                liquid && SITE_LISTS.matcher(meta.body()).find());
        Object published = data.get("published");
        boolean hasDate = hugoDates != null || data.get("date") != null || namedWithDate;
        if (site.shape() == SiteShape.HUGO) {
            // a date in Hugo (its alias of publishDate), not Jekyll's on/off switch; "_build: render: never"
            // makes no page of the post
            Object render = SiteConfig.map(data.get("_build")).get("render");
            published = "never".equals(String.valueOf(render)) || Boolean.FALSE.equals(render) ? Boolean.FALSE : null;
        }
        return new IndexCache.Facts(entry, hasDate,
                Boolean.FALSE.equals(published) || "false".equals(String.valueOf(published)),
                Boolean.FALSE.equals(published), hugoDates == null ? null : hugoDates.publishAt(),
                hugoDates == null ? null : hugoDates.expiresAt(),
                List.copyOf(SiteConfig.strings(data.get(site.shape() == SiteShape.HUGO ? "aliases" : "redirect_from"))),
                site.shape() == SiteShape.HUGO ? HugoTaxonomies.customTerms(site.hugoTaxonomies(), data) : Map.of());
    }

    /**
     * The entry this index would make of {@code text} as the content of {@code file} (the preview's text, saved
     * or not): its title, date, URL, categories as an export now would see them. Empty when the file lies
     * outside the site or would not be exported at all.
     */
    static java.util.Optional<PostEntry> entryOf(Site site, Path file, String text) {
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(site.root())) {
            return java.util.Optional.empty();
        }
        String rel = site.root().relativize(f).toString().replace('\\', '/');
        String inner = site.shape() == SiteShape.JEKYLL
                ? JekyllCollections.inside(JekyllCollections.dir(site.config()), rel) : rel;
        boolean draft = inner != null && (inner.startsWith("_drafts/") || inner.contains("/_drafts/"));
        boolean post = switch (site.shape()) {
            case JEKYLL -> draft || inner != null && (inner.startsWith("_posts/") || inner.contains("/_posts/"));
            case HUGO -> rel.startsWith("content/");
            case PLAIN -> true;
        };
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long mtime = System.currentTimeMillis() * 1_000_000L;
        SourceScanner.Source s = new SourceScanner.Source(f, rel, draft, bytes.length, mtime);
        IndexCache.Facts facts = read(site, s, post ? PostEntry.Kind.POST : PostEntry.Kind.PAGE, bytes,
                new ArrayList<>());
        return facts == null ? java.util.Optional.empty() : java.util.Optional.of(facts.entry());
    }

    /**
     * Hugo's {@code :sections}: the path of the deepest folder that has an {@code _index} file, or the top
     * folder under content/ (Hugo makes no section of a deeper folder without one).
     */
    private static String hugoSections(Site site, String dir) {
        if (!dir.contains("/")) {
            return dir;
        }
        String[] segs = dir.split("/");
        int deepest = 0;
        Path folder = site.root().resolve("content").resolve(segs[0]);
        for (int i = 1; i < segs.length; i++) {
            folder = folder.resolve(segs[i]);
            if (HugoSections.indexFile(folder) != null) {
                deepest = i;
            }
        }
        return String.join("/", java.util.Arrays.asList(segs).subList(0, deepest + 1));
    }

    private static String urlOf(Site site, SourceScanner.Source s, PostEntry.Kind kind, PostMetadata meta,
            ZonedDateTime date, String title, String fileSlug, String section, List<String> categories,
            List<Problem> problems) {
        SiteConfig c = site.config();
        Permalinks.Parts parts = new Permalinks.Parts(date, title, fileSlug, meta.slug(), categories, section);
        if (site.shape() == SiteShape.HUGO) {
            if (meta.url() != null) {
                return meta.url().startsWith("/") ? meta.url() : "/" + meta.url();
            }
            String dir = s.rel().substring("content/".length());
            dir = dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/')) : "";
            if (s.file().getFileName().toString().startsWith("index.")) { // a page bundle: its folder names it
                dir = dir.contains("/") ? dir.substring(0, dir.lastIndexOf('/')) : "";
            }
            String pattern = c.sectionPermalinks().get(section);
            if (pattern != null) {
                return Permalinks.expand(pattern, new Permalinks.Parts(date, meta.title(), fileSlug, meta.slug(),
                        categories, section, hugoSections(site, dir)), site.shape());
            }
            StringBuilder path = new StringBuilder("/");
            for (String seg : dir.split("/")) {
                path.append(HugoPaths.clean(seg)).append('/');
            }
            return HugoPaths.fromFolders(path.append(HugoPaths.clean(meta.slug() != null ? meta.slug() : fileSlug))
                    .append('/').toString());
        }
        if (meta.permalink() != null) {
            return Permalinks.expand(meta.permalink(), parts, site.shape());
        }
        if (kind == PostEntry.Kind.PAGE && site.shape() == SiteShape.JEKYLL) {
            String inner = JekyllCollections.inside(JekyllCollections.dir(c), s.rel());
            JekyllCollections.Collection in = inner == null ? null
                    : JekyllCollections.containing(JekyllCollections.of(c), inner);
            return in != null ? JekyllCollections.url(in, inner, c.raw().get("permalink"), parts, meta.slug())
                    : jekyllPageUrl(s.rel(), c.raw().get("permalink"));
        }
        if (kind == PostEntry.Kind.PAGE
                || site.shape() == SiteShape.PLAIN && !c.raw().containsKey("permalink")) {
            // pages, and posts of a plain folder, mirror the folder so that relative image paths keep working
            String rel = s.rel().replaceFirst("\\.[^./]+$", "");
            return "/" + rel + ".html";
        }
        return Permalinks.expand(c.permalink(), parts, site.shape());
    }

    /**
     * A Jekyll page's URL as Jekyll makes it: {@code /:path/} for an index page, else {@code /:path/:basename}
     * with the ending the site's permalink style gives pages ({@link Permalinks#jekyllEnding}).
     */
    static String jekyllPageUrl(String rel, Object permalinkStyle) {
        String path = withoutExtension(rel);
        int slash = path.lastIndexOf('/');
        if (path.substring(slash + 1).equals("index")) {
            return "/" + path.substring(0, slash + 1);
        }
        return "/" + path + Permalinks.jekyllEnding(permalinkStyle).replace(":output_ext", ".html");
    }

    /** A file name without its last extension (same as removing the regex {@code \\.[^.]+$}). */
    static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && dot < name.length() - 1 ? name.substring(0, dot) : name;
    }

    private static String titleFromSlug(String slug) {
        String[] words = slug.split("[-_ ]+");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return out.toString();
    }

    static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * A fast fingerprint of a file's bytes for change detection (not security): length, CRC-32C and CRC-32,
     * both hardware-assisted. See docs/decisions/0066-incremental-export-manifest.md.
     */
    static String fingerprint(byte[] bytes) {
        java.util.zip.CRC32C c1 = new java.util.zip.CRC32C();
        c1.update(bytes);
        java.util.zip.CRC32 c2 = new java.util.zip.CRC32();
        c2.update(bytes);
        return Long.toHexString(bytes.length) + "-" + Long.toHexString(c1.getValue()) + Long.toHexString(c2.getValue());
    }

    public Site site() {
        return site;
    }

    /** Published posts, newest first (ties by source path). */
    public List<PostEntry> posts() {
        return posts;
    }

    /** Standalone pages (Jekyll's about.md), by source path. */
    public List<PostEntry> pages() {
        return pages;
    }

    /** Posts left out: drafts, {@code published: false}, future-dated (unless asked for). */
    public List<PostEntry> hidden() {
        return hidden;
    }

    List<SourceScanner.StaticSource> statics() {
        return statics;
    }

    /** For {@code {% post_url 2021-12-10-name %}}: a published post by file name without extension. */
    public Optional<PostEntry> byPostName(String name) {
        String n = name.trim();
        n = n.substring(n.lastIndexOf('/') + 1).replaceFirst("\\.(md|markdown)$", "");
        return Optional.ofNullable(byName.get(n));
    }

    /**
     * Why an export without {@code --drafts} and {@code --future} leaves a post out (empty when it would not),
     * whatever this index's own options brought in.
     */
    public Optional<Hidden> whyHidden(PostEntry e) {
        return Optional.ofNullable(hiddenWhy.get(e.source()));
    }

    /**
     * A Hugo site's taxonomies other than categories and tags (its {@code [taxonomies]} table): by plural name,
     * each term by folder with its published posts, newest first (decision 0245).
     */
    public Map<String, Map<String, Term>> taxonomyTerms() {
        return taxonomyTerms;
    }

    /** A term of a custom taxonomy: its name as first written (the newest post's spelling) and its posts. */
    public record Term(String name, List<PostEntry> posts) {
    }

    private static Map<String, Map<String, Term>> taxonomyTerms(PostIndex index, List<IndexCache.Entry> postEntries) {
        Map<String, Map<String, List<String>>> bySource = new HashMap<>();
        for (IndexCache.Entry ce : postEntries) {
            if (ce.facts() != null && !ce.facts().taxonomyTerms().isEmpty()) {
                bySource.put(ce.facts().entry().source(), ce.facts().taxonomyTerms());
            }
        }
        if (bySource.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, Term>> out = new TreeMap<>();
        for (PostEntry e : index.posts) {
            Map<String, List<String>> terms = bySource.get(e.source());
            if (terms == null) {
                continue;
            }
            terms.forEach((plural, names) -> {
                for (String name : names) {
                    Term t = out.computeIfAbsent(plural, k -> new TreeMap<>())
                            .computeIfAbsent(Slugs.term(SiteShape.HUGO, name), k -> new Term(name, new ArrayList<>()));
                    if (t.posts().isEmpty() || t.posts().get(t.posts().size() - 1) != e) {
                        t.posts().add(e);
                    }
                }
            });
        }
        out.values().forEach(m -> m.replaceAll((k, t) -> new Term(t.name(), List.copyOf(t.posts()))));
        out.replaceAll((k, m) -> Collections.unmodifiableMap(m));
        return Collections.unmodifiableMap(out);
    }

    /**
     * The other URLs a shown post or page is reached at, as written: a Hugo post's {@code aliases}, a Jekyll
     * post's {@code redirect_from}; by source path, only those that have some.
     */
    public Map<String, List<String>> aliases() {
        return aliases;
    }

    /** For {@code {% link path %}}: a published post or page by its source path. */
    public Optional<PostEntry> bySource(String rel) {
        return Optional.ofNullable(bySource.get(rel.trim().replaceFirst("^/+", "")));
    }

    /**
     * For Hugo's {@code ref} and {@code relref}: the site path of the published post or page a ref names, as
     * Hugo 0.111 finds it: from content/ when it starts with '/', else beside {@code fromSource} and then from
     * content/, and a bare name ({@code other-post}) anywhere; with or without ".md", or a bundle's folder.
     */
    public Optional<String> hugoRef(String ref, String fromSource) {
        String r = ref.strip();
        if (r.isEmpty()) {
            return Optional.empty();
        }
        String dir = fromSource.contains("/") ? fromSource.substring(0, fromSource.lastIndexOf('/')) : "";
        List<String> bases = r.startsWith("/") ? List.of("content" + r)
                : List.of(java.nio.file.Path.of(dir, r).normalize().toString().replace('\\', '/'), "content/" + r);
        for (String base : bases) {
            for (String candidate : hugoRefCandidates(base)) {
                PostEntry e = bySource.get(candidate);
                if (e != null) {
                    return Optional.of(e.url());
                }
            }
        }
        if (!r.contains("/")) {
            Map<String, PostEntry> byTail = byTail();
            for (String candidate : hugoRefCandidates(r)) {
                PostEntry found = byTail.get(candidate);
                if (found != null) {
                    return Optional.of(found.url());
                }
            }
        }
        return Optional.empty();
    }

    private volatile Map<String, PostEntry> byTail;

    /**
     * Published posts and pages by the last one and two parts of their source path ({@code x.md},
     * {@code x/index.md}), the first source in path order winning: a bare-name ref looked up at once instead of
     * over every post (a site with thousands of refs).
     */
    private Map<String, PostEntry> byTail() {
        Map<String, PostEntry> m = byTail;
        if (m == null) {
            m = new HashMap<>();
            for (PostEntry e : bySource.values()) {
                String src = e.source();
                int last = src.lastIndexOf('/');
                if (last < 0) {
                    continue; // "/x.md" never ends a path without a folder
                }
                m.merge(src.substring(last + 1), e, (a, b) -> a.source().compareTo(b.source()) <= 0 ? a : b);
                int prev = src.lastIndexOf('/', last - 1);
                if (prev >= 0) {
                    m.merge(src.substring(prev + 1), e, (a, b) -> a.source().compareTo(b.source()) <= 0 ? a : b);
                }
            }
            byTail = m;
        }
        return m;
    }

    private static List<String> hugoRefCandidates(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return List.of(p, p + ".md", p + ".markdown", p + "/index.md", p + "/_index.md");
    }

    /** For {@code {% link path %}}: the site path of a post, page or static file by its source path. */
    public Optional<String> urlOfSource(String rel) {
        String key = rel.trim().replaceFirst("^/+", "");
        PostEntry e = bySource.get(key);
        return e != null ? Optional.of(e.url()) : Optional.ofNullable(staticUrls.get(key));
    }

    /** Categories (by archive slug) with their posts, newest first. */
    public Map<String, List<PostEntry>> categories() {
        return categories;
    }

    /** Tags (by archive slug) with their posts, newest first. */
    public Map<String, List<PostEntry>> tags() {
        return tags;
    }

    private Map<String, List<PostEntry>> terms(boolean categories) {
        Map<String, List<PostEntry>> out = new TreeMap<>();
        for (PostEntry e : posts) {
            for (String t : categories ? e.categories() : e.tags()) {
                List<PostEntry> list = out.computeIfAbsent(Slugs.term(site.shape(), t), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != e) { // a post naming a term twice is listed once
                    list.add(e);
                }
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }
}
