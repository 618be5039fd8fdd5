package app.quire.site;

import app.quire.markdown.AttributeMarks;
import app.quire.markdown.MarkdownRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exports a site folder to static HTML in OUT: a page per post and page, a paginated home, category and tag
 * archives, {@code feed.xml} (Atom), {@code sitemap.xml}, {@code 404.html}, theme assets and the site's static
 * files. Problems in single files are collected in the {@link ExportReport}; the rest is still exported.
 * Repeat exports rewrite only outputs whose inputs changed (see {@link ExportManifest}). Runs on all cores;
 * post bodies are read and rendered one at a time per worker, never all held at once.
 */
public final class SiteExporter {
    static final String VERSION = "quire-export-5"; // 3: include, {{ content }} in layouts; 4: kramdown attributes; 5: in markdownify too
    /** The logger, made on first use (starting System.Logger costs a cold export ~25 ms; decision 0219). */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(SiteExporter.class.getName());

        private Log() {
        }
    }

    /** One output file: where, from which inputs (the key), and how to make it. */
    private interface Job {
        String path();

        String key();

        String source();

        void make(OutputWriter writer, List<Problem> problems) throws IOException;

        /** Re-reports problems of an input whose output is up to date (default: none). */
        default void recheck(List<Problem> problems) throws IOException {
        }
    }

    private final Site site;
    private final PostIndex index;
    private final Theme theme;
    private final ExportReport report;
    private final BodyLiquid liquid;
    private final Map<String, Object> siteVars;
    /** {@link #siteVars} with the post lists ({@code site.posts}, ...), made for the first body that reads them. */
    private final Lazy<Map<String, Object>> siteVarsWithLists;
    /** What the post lists show, for the key of the pages that read them. */
    private final Lazy<String> listsKey;
    private final Map<String, Object> nav = new HashMap<>();
    private final String baseKey;
    private final Lazy<String> urlsKey;
    /** The folders of the category and tag pages; null when the site makes none (a Hugo site without them). */
    private final String categoryBase;
    private final String tagBase;
    /** Hugo's disableKinds: term pages, terms lists and section lists made or not (always made elsewhere). */
    private final boolean termPages;
    private final boolean termLists;
    private final boolean sectionPages;
    /** A Jekyll site's jekyll-archives settings (decision 0249), or null. */
    private final JekyllArchives archives;
    /** Template variables of each post for listings, made when first rendered (a repeat export needs few). */
    private final Map<String, Map<String, Object>> summaries = new ConcurrentHashMap<>();
    private final Map<String, String> summaryKeys = new HashMap<>();
    private final ImageCheck images = new ImageCheck();
    /**
     * The feed's posts, each with the body HTML its page job made in this export ("" until then): the feed is
     * made after the page jobs and takes them instead of rendering its posts a second time (decision 0217).
     */
    private final Map<String, String> feedBodies = new ConcurrentHashMap<>();

    private SiteExporter(Site site, PostIndex index, Theme theme, ExportReport report, ExportOptions options)
            throws IOException {
        this.site = site;
        this.index = index;
        this.theme = theme;
        this.report = report;
        this.liquid = new BodyLiquid(index);
        SiteConfig c = site.config();
        this.siteVars = siteVars(c);
        List<Problem> dataProblems = new ArrayList<>();
        SiteData.Loaded data = site.shape() == SiteShape.JEKYLL ? SiteData.load(site.root(), dataProblems)
                : SiteData.Loaded.NONE;
        report.addAll(dataProblems);
        if (!data.data().isEmpty()) {
            siteVars.put("data", data.data());
        }
        this.siteVarsWithLists = new Lazy<>(() -> withLists(siteVars, index, this::summaryOf));
        this.listsKey = new Lazy<>(() -> hashOfSummaries(index.posts()));
        String cat = "categories";
        String tag = "tags";
        boolean hugo = site.shape() == SiteShape.HUGO;
        if (hugo) {
            // only the taxonomies the site has (decision 0245): no tag pages where Hugo makes none
            cat = null;
            tag = null;
            for (HugoTaxonomies.Taxonomy t : site.hugoTaxonomies()) {
                if (t.isCategories() && cat == null) {
                    cat = Slugs.term(site.shape(), t.plural());
                } else if (t.isTags() && tag == null) {
                    tag = Slugs.term(site.shape(), t.plural());
                }
            }
        } else {
            for (Map.Entry<String, Object> t : SiteConfig.map(c.raw().get("taxonomies")).entrySet()) {
                String key = t.getKey().toLowerCase(Locale.ROOT);
                if (key.equals("category") || key.equals("categories")) {
                    cat = Slugs.term(site.shape(), String.valueOf(t.getValue()));
                } else if (key.equals("tag") || key.equals("tags")) {
                    tag = Slugs.term(site.shape(), String.valueOf(t.getValue()));
                }
            }
        }
        this.termPages = !hugo || !HugoTaxonomies.disabled(c, "term");
        this.termLists = !hugo || !HugoTaxonomies.disabled(c, "taxonomy");
        this.sectionPages = hugo && !HugoTaxonomies.disabled(c, "section");
        this.archives = site.shape() == SiteShape.JEKYLL ? JekyllArchives.of(c) : null;
        // links go to term pages: none where there are none, and no list of terms that would link nowhere
        this.categoryBase = termPages ? cat : null;
        this.tagBase = termPages ? tag : null;
        byte[] configBytes = site.configBytes();
        // pages with Liquid depend on every post's URL (post_url, link), on the include files and on site.data;
        // made only when such a page is planned (decision 0216)
        this.urlsKey = new Lazy<>(() -> {
            List<String> urls = new ArrayList<>();
            for (List<PostEntry> list : List.of(index.posts(), index.pages())) {
                for (PostEntry e : list) {
                    urls.add(e.source() + "\0" + e.url());
                }
            }
            return hash(hash(urls.toArray(new String[0])), new IncludeFiles(site.root()).key(), data.key());
        });
        if (!index.categories().isEmpty() && categoryBase != null && termLists) {
            nav.put("categories", "/" + categoryBase + "/");
        }
        if (!index.tags().isEmpty() && tagBase != null && termLists) {
            nav.put("tags", "/" + tagBase + "/");
        }
        List<Map<String, Object>> menu = site.shape() == SiteShape.HUGO ? HugoMenu.main(site, index) : List.of();
        // a Hugo site's main menu is its header (decision 0247); else Jekyll's header_pages or the site pages
        List<Map<String, Object>> headerPages = !menu.isEmpty() ? menu
                : headerPages(c.raw().get("header_pages"), index.pages());
        for (Map<String, Object> link : menu) { // the theme's own Categories and Tags links, not twice
            nav.values().remove(link.get("url"));
        }
        if (!headerPages.isEmpty()) {
            nav.put("pages", headerPages);
        }
        // every page shows the header: what it links to is part of every page's key
        this.baseKey = hash(VERSION, theme.hash(), InputKey.of(configBytes), site.shape().name(),
                Boolean.toString(options.drafts()), Boolean.toString(options.future()),
                Boolean.toString(options.expired()), cat, tag,
                String.valueOf(nav.get("categories")), String.valueOf(nav.get("tags")), String.valueOf(headerPages),
                theme.customised() ? data.key() : ""); // a site's own layout may show site.data
        for (List<PostEntry> list : List.of(index.posts(), index.pages())) {
            for (PostEntry e : list) {
                // instant and offset: what date_iso shows, without formatting 5,000 dates per export
                String iso = e.date() == null ? "null" : e.date().toEpochSecond() + "." + e.date().getNano() + "@"
                        + e.date().getOffset().getTotalSeconds();
                summaryKeys.put(e.source(), hash(e.url(), e.title(), iso, e.excerpt(),
                        e.heroImage(), String.join("\0", e.categories()), String.join("\0", e.tags())));
            }
        }
    }

    /**
     * Exports SITE into OUT. Throws {@link IllegalArgumentException} when OUT is unsafe (the site folder itself,
     * a folder containing the site, the file-system root or the home folder) and IOException when OUT cannot
     * be used at all; everything else is reported per file.
     */
    public static ExportReport export(Path siteDir, Path outDir, ExportOptions options) throws IOException {
        return export(siteDir, outDir, options, ExportProgress.NONE);
    }

    /**
     * As {@link #export(Path, Path, ExportOptions)}, reporting progress per output file and stopping between
     * files when {@code progress} says so: then it throws {@link java.util.concurrent.CancellationException}
     * after writing the manifest of what was made, so the next export picks up from there and nothing is left
     * untracked. Stale outputs are not removed by a cancelled export.
     */
    public static ExportReport export(Path siteDir, Path outDir, ExportOptions options, ExportProgress progress)
            throws IOException {
        long start = System.nanoTime();
        // System.Logger's start-up (a service look-up over every jar of the class path, then java.util.logging's
        // configuration) runs beside the export's own start, not before it (decision 0219)
        background("quire-logging", () -> Log.LOG.isLoggable(System.Logger.Level.DEBUG));
        Site site = Site.open(siteDir);
        Path out = outDir.toAbsolutePath().normalize();
        checkOutput(site.root(), out);
        ExportReport report = new ExportReport();
        report.setBaseurl(site.config().baseurl());
        report.setSiteUrl(site.config().url());
        report.addAll(site.problems());
        if (options.clean() && Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            checkCleanable(out);
            deleteContents(out);
        }
        OutputWriter writer = new OutputWriter(out);
        long tOpen = System.nanoTime();
        // the theme (layouts, ~150 KB of assets and their key) loads on the other core while the index scans
        // the site: neither needs the other (decision 0219)
        List<Problem> themeProblems = new ArrayList<>();
        java.util.concurrent.CompletableFuture<Theme> themeLoad = background("quire-theme",
                () -> Theme.load(site, themeProblems));
        // as soon as the index finds a changed source, a page will be rendered: the Markdown renderer (and Liquid
        // when the theme needs it) start up on the other core meanwhile (a repeat export with nothing changed
        // never loads them)
        java.util.concurrent.atomic.AtomicBoolean warming = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable warmUp = () -> {
            if (warming.compareAndSet(false, true)) {
                background("quire-markdown", SiteExporter::warmUpMarkdown);
                background("quire-liquid", () -> {
                    Theme t = themeLoad.join();
                    if (t.needsLiquid()) { // with the built-in theme only posts with Liquid need it (decision 0215)
                        t.warmUp();
                    }
                    return null;
                });
            }
        };
        List<Problem> indexProblems = new ArrayList<>();
        PostIndex index = PostIndex.load(site, new PostIndex.Options(options.drafts(), options.future(), options.now(),
                options.expired()),
                writer.root(), warmUp, indexProblems);
        long tIndex = System.nanoTime();
        Theme theme = join(themeLoad);
        long tTheme = System.nanoTime();
        if (warming.get() && !theme.needsLiquid() && anyLiquid(index)) {
            warmUpLiquid(theme);
        }
        report.addAll(themeProblems);
        report.addAll(indexProblems);
        if (site.config().url().isEmpty()) {
            report.add(Problem.warning(site.configFile().isEmpty() ? "." : site.configFile(), 0, 0,
                    "url not set: feed and sitemap use site paths instead of absolute URLs"));
        }
        long tPrepared;
        try {
            if (progress.isCancelled()) {
                throw new java.util.concurrent.CancellationException("export cancelled");
            }
            SiteExporter exporter = new SiteExporter(site, index, theme, report, options);
            tPrepared = System.nanoTime();
            exporter.run(writer, options.clean() ? Map.of() : ExportManifest.read(writer.root()), progress);
        } finally {
            index.awaitCacheWrite();
        }
        long end = System.nanoTime();
        Log.LOG.log(System.Logger.Level.DEBUG, () -> String.format("export of %d posts took %d ms: site %d, index %d, "
                + "theme (waited for) %d, keys %d, files %d", index.posts().size(), ms(end - start), ms(tOpen - start),
                ms(tIndex - tOpen), ms(tTheme - tIndex), ms(tPrepared - tTheme), ms(end - tPrepared)));
        return report;
    }

    private static void warmUpLiquid(Theme theme) {
        background("quire-liquid", () -> {
            theme.warmUp();
            return null;
        });
    }

    private static boolean anyLiquid(PostIndex index) {
        for (List<PostEntry> list : List.of(index.posts(), index.pages())) {
            for (PostEntry e : list) {
                if (e.liquid()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs a start-up task on its own daemon thread (not the common pool, which the index and the jobs use). */
    private static <T> java.util.concurrent.CompletableFuture<T> background(String name,
            java.util.function.Supplier<T> task) {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return result;
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw new IOException(e.getCause());
        }
    }

    /** Loads and links the Markdown renderer's classes by rendering a small document of common constructs. */
    private static Void warmUpMarkdown() {
        MarkdownRenderer.shared().toHtml("# A\n\nSome *text*, **bold**, `code` and a [link](/a) "
                + "https://example.com\n\n- one\n- two\n\n1. three\n\n> quote\n\n```java\nx\n```\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\n![p](/p.png)\n");
        return null;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private void run(OutputWriter writer, Map<String, String> oldManifest, ExportProgress progress)
            throws IOException {
        long start = System.nanoTime();
        Map<String, Job> plan = new LinkedHashMap<>();
        theme.assets().forEach((path, bytes) -> add(plan, new Simple(path, InputKey.of(bytes), "theme",
                w -> w.write(path, bytes))));
        // first come, first made: a site's own pages, then the home pages (a post whose URL is "/" loses to the
        // home page, as in Hugo), then the posts
        for (PostEntry e : index.pages()) {
            add(plan, new PageJob(e, null, null));
        }
        planHome(plan);
        List<PostEntry> posts = index.posts();
        for (int i = 0; i < posts.size(); i++) {
            PostEntry e = posts.get(i);
            PostEntry older = i + 1 < posts.size() ? posts.get(i + 1) : null;
            PostEntry newer = i > 0 ? posts.get(i - 1) : null;
            add(plan, new PageJob(e, older, newer));
        }
        planArchives(plan, terms(index.categories(), true), categoryBase, "Category", "Categories",
                slug -> termPath(true, categoryBase, slug));
        planArchives(plan, terms(index.tags(), false), tagBase, "Tag", "Tags", slug -> termPath(false, tagBase, slug));
        planDateArchives(plan);
        if (site.shape() == SiteShape.HUGO) {
            for (HugoTaxonomies.Taxonomy t : site.hugoTaxonomies()) {
                Map<String, PostIndex.Term> terms = index.taxonomyTerms().get(t.plural());
                if (terms != null && termPages) {
                    String base = Slugs.term(site.shape(), t.plural());
                    planArchives(plan, terms, base, t.termLabel(), t.listTitle(), slug -> "/" + base + "/" + slug + "/");
                }
            }
            planSections(plan);
        }
        planFeed(plan);
        String sitemapKey = hash(baseKey, "sitemap", hashOfSummaries(posts), hashOfSummaries(index.pages()));
        add(plan, new Simple("sitemap.xml", sitemapKey, "sitemap",
                w -> w.write("sitemap.xml", utf8(Sitemap.build(posts, index.pages(), this::absolute)))));
        add(plan, new Simple("404.html", hash(baseKey, "404"), "404", w -> w.write("404.html",
                utf8(theme.render("404", vars(Map.of("title", "Page not found", "url", "/404.html")))))));
        for (SourceScanner.StaticSource s : index.statics()) {
            add(plan, new Simple(s.outputPath(), staticKey(s.file()), s.rel(), w -> w.copy(s.file(), s.outputPath())));
        }
        planRedirects(plan); // last: a real page or file at the same path wins

        long planned = System.nanoTime();
        Map<String, String> made = new ConcurrentHashMap<>();
        int total = plan.size();
        progress.planned(total);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        // longest first (posts and pages, then the feed, which mostly takes bodies already made), quick listings
        // and copies last; each worker takes the next job when it is free, so the cores finish within one job of each other
        // (a parallel stream cut the list into runs of hundreds of jobs: one core often worked on alone at the end)
        List<Job> jobs = new ArrayList<>(plan.values());
        jobs.sort(java.util.Comparator.comparingInt(SiteExporter::order));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < jobs.size(); i = next.getAndIncrement()) {
                if (!progress.isCancelled()) {
                    make(jobs.get(i), writer, oldManifest, made);
                    progress.fileDone(done.incrementAndGet(), total);
                }
            }
        };
        inParallel(worker, jobs.size());
        if (done.get() < total) {
            // cancelled: keep tracking earlier outputs not remade, so a later export can still replace or remove them
            for (Map.Entry<String, String> old : oldManifest.entrySet()) {
                if (!made.containsKey(old.getKey()) && writer.exists(old.getKey())) {
                    made.put(old.getKey(), "cancelled:" + old.getValue());
                }
            }
            ExportManifest.write(writer.root(), made);
            throw new java.util.concurrent.CancellationException("export cancelled after " + done.get() + " of "
                    + total + " files");
        }
        long madeAt = System.nanoTime();
        images.missing(writer.root(), site.config().baseurl(), made).forEach(report::add);
        for (String old : oldManifest.keySet()) {
            if (!plan.containsKey(old)) {
                try {
                    if (writer.delete(old)) {
                        report.countRemoved();
                    }
                } catch (IOException e) {
                    report.add(Problem.error(old, 0, 0, "cannot remove stale output: " + e.getMessage()));
                }
            }
        }
        if (!made.equals(oldManifest) || !writer.exists(ExportManifest.FILE)) {
            ExportManifest.write(writer.root(), made); // unchanged after a no-change export: not rewritten
        }
        Log.LOG.log(System.Logger.Level.DEBUG, () -> String.format("files: plan %d ms, make %d ms, manifest %d ms",
                ms(planned - start), ms(madeAt - planned), ms(System.nanoTime() - madeAt)));
    }

    /**
     * Runs {@code worker} on the calling thread and on as many common-pool threads as the pool has (what a
     * parallel stream would use), at most one per job, and waits for all of them.
     */
    private static void inParallel(Runnable worker, int jobs) {
        int helpers = Math.min(java.util.concurrent.ForkJoinPool.getCommonPoolParallelism(), jobs - 1);
        List<java.util.concurrent.CompletableFuture<Void>> running = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            running.add(java.util.concurrent.CompletableFuture.runAsync(worker,
                    java.util.concurrent.ForkJoinPool.commonPool()));
        }
        worker.run();
        for (java.util.concurrent.CompletableFuture<Void> f : running) {
            try {
                f.join(); // a job's own failures are caught in make(); anything else is rethrown as it was
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException) {
                    throw (RuntimeException) e.getCause();
                }
                if (e.getCause() instanceof Error) {
                    throw (Error) e.getCause();
                }
                throw e;
            }
        }
    }

    /**
     * Scheduling order of a job: 0 a post or page (newest first), 1 the feed, which takes the bodies its posts'
     * page jobs made (decision 0217), 2 the rest (decision 0158).
     */
    private static int order(Job job) {
        if (job instanceof PageJob) {
            return 0;
        }
        return job.path().equals("feed.xml") || job.path().equals("index.xml") ? 1 : 2;
    }

    private void make(Job job, OutputWriter writer, Map<String, String> oldManifest, Map<String, String> made) {
        List<Problem> problems = new ArrayList<>();
        try {
            if (job.key().equals(oldManifest.get(job.path())) && writer.exists(job.path())) {
                job.recheck(problems);
                report.countUnchanged();
            } else {
                job.make(writer, problems);
                report.countWritten();
            }
            made.put(job.path(), job.key());
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.error(job.source(), 0, 0, "cannot write " + job.path() + ": " + e.getMessage()));
        }
        report.addAll(problems);
    }

    private void add(Map<String, Job> plan, Job job) {
        if (job.path() == null || job.path().equals(ExportManifest.FILE) || job.path().equals(IndexCache.FILE)) {
            // Quire's own bookkeeping files in OUT: a page written there would be overwritten (or break the
            // next export), so it is refused
            report.add(Problem.error(job.source(), 0, 0, job.path() == null ? "no output path; skipped"
                    : "output " + job.path() + " is a file Quire keeps for itself; skipped"));
            return;
        }
        Job existing = plan.putIfAbsent(job.path(), job);
        if (existing != null) {
            report.add(Problem.error(job.source(), 0, 0, "output " + job.path() + " is already made from "
                    + existing.source() + "; skipped"));
        }
    }

    private void planHome(Map<String, Job> plan) {
        List<PostEntry> posts = index.posts();
        int per = site.config().paginate();
        int total = Math.max(1, (posts.size() + per - 1) / per);
        for (int p = 1; p <= total; p++) {
            List<PostEntry> slice = posts.subList(Math.min(posts.size(), (p - 1) * per), Math.min(posts.size(), p * per));
            String url = pageUrl(p);
            String path = Permalinks.outputPath(url, SiteShape.HUGO);
            String prev = p > 1 ? pageUrl(p - 1) : null;
            String next = p < total ? pageUrl(p + 1) : null;
            int page = p;
            String key = hash(baseKey, "home", url, Integer.toString(total), hashOfSummaries(slice));
            add(plan, new Simple(path, key, "home", w -> {
                Map<String, Object> paginator = new HashMap<>();
                paginator.put("page", page);
                paginator.put("total_pages", total);
                paginator.put("posts", summariesOf(slice));
                paginator.put("previous_page_path", prev);
                paginator.put("next_page_path", next);
                Map<String, Object> vars = vars(Map.of("url", url));
                vars.put("paginator", paginator);
                w.write(path, utf8(theme.render("home", vars)));
            }));
        }
        if (site.shape() == SiteShape.HUGO && total > 1) { // Hugo sends its /page/1/ back to the home page
            String first = Permalinks.outputPath(site.config().paginatePath().replace(":num", "1"), SiteShape.HUGO);
            String home = absolute("/");
            if (first != null) {
                add(plan, new Simple(first, hash(baseKey, "redirect", first, home), "home",
                        w -> w.write(first, utf8(redirectPage(home, site.config().title())))));
            }
        }
    }

    /**
     * A small page at each alias of a post (Hugo's {@code aliases}, Jekyll's {@code redirect_from} when the site
     * uses the jekyll-redirect-from plugin) that sends the reader on to the post (decision 0228).
     */
    private void planRedirects(Map<String, Job> plan) {
        boolean jekyll = site.shape() != SiteShape.HUGO;
        boolean plugin = site.shape() != SiteShape.JEKYLL || RenameRedirect.usesRedirectPlugin(site);
        for (Map.Entry<String, List<String>> a : index.aliases().entrySet()) {
            Optional<PostEntry> entry = index.bySource(a.getKey());
            if (entry.isEmpty()) {
                continue;
            }
            PostEntry e = entry.get();
            if (!plugin) {
                report.add(Problem.warning(e.source(), 0, 0, "redirect_from needs the jekyll-redirect-from plugin "
                        + "(plugins: in _config.yml); no redirect made"));
                continue;
            }
            String target = absolute(e.url());
            for (String alias : a.getValue()) {
                String url = alias;
                if (!url.startsWith("/")) { // Hugo: beside the post's own folder; Jekyll: from the site root
                    String parent = jekyll ? "/" : Permalinks.decode(e.url());
                    parent = parent == null ? "/" : parent.substring(0, parent.endsWith("/")
                            ? parent.lastIndexOf('/', parent.length() - 2) + 1 : parent.lastIndexOf('/') + 1);
                    url = parent + url;
                }
                String path = url.contains("://") ? null : Permalinks.outputPath(url, site.shape());
                if (path == null) {
                    report.add(Problem.error(e.source(), 0, 0, "alias '" + alias
                            + "' is not a plain path inside the site; no redirect made"));
                    continue;
                }
                add(plan, new Simple(path, hash(baseKey, "redirect", path, target, e.title()), e.source(),
                        w -> w.write(path, utf8(redirectPage(target, e.title())))));
            }
        }
    }

    /** A page that sends the reader to {@code target} at once, without a script. */
    static String redirectPage(String target, String title) {
        String t = Html.escape(target);
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Moved: "
                + Html.escape(title) + "</title>\n<link rel=\"canonical\" href=\"" + t + "\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n<meta http-equiv=\"refresh\" content=\"0; url=" + t
                + "\">\n</head>\n<body>\n<p>This page has moved to <a href=\"" + t + "\">" + t + "</a>.</p>\n</body>\n"
                + "</html>\n";
    }

    private String pageUrl(int page) {
        return page == 1 ? "/" : site.config().paginatePath().replace(":num", Integer.toString(page));
    }

    /**
     * Hugo's section list pages (decision 0246): {@code /posts/} and each folder with an {@code _index} file,
     * listing the section's posts (those in folders below it too), newest first, in the archive layout.
     */
    private void planSections(Map<String, Job> plan) {
        if (!sectionPages) {
            return;
        }
        boolean feeds = hugoFeeds("section"); // Hugo's /posts/index.xml (decision 0248)
        Map<String, List<PostEntry>> bySection = new java.util.TreeMap<>();
        Map<String, Boolean> hasIndex = new HashMap<>();
        Path content = site.root().resolve("content");
        for (PostEntry e : index.posts()) {
            boolean bundle = e.file() != null && e.file().getFileName().toString().startsWith("index.");
            for (String section : HugoSections.of(content, e.source(), bundle, hasIndex)) {
                bySection.computeIfAbsent(section, k -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<String, List<PostEntry>> s : bySection.entrySet()) {
            String section = s.getKey();
            List<PostEntry> list = s.getValue();
            List<Problem> problems = new ArrayList<>();
            HugoSections.Heading heading = sectionHeading(section, problems);
            String title = heading.title();
            report.addAll(problems);
            String folder = HugoPaths.fromFolders(section);
            String url = Permalinks.encode(folder);
            String path = folder.substring(1) + "index.html";
            String key = hash(baseKey, "section", path, title, heading.key(), hashOfSummaries(list));
            add(plan, new Simple(path, key, "content/" + section, w -> {
                Map<String, Object> archive = new HashMap<>();
                archive.put("heading", title);
                if (!heading.intro().isBlank()) {
                    archive.put("intro", heading.intro());
                }
                archive.put("posts", summariesOf(list));
                Map<String, Object> vars = vars(Map.of("title", title, "url", url));
                vars.put("archive", archive);
                w.write(path, utf8(theme.render("archive", vars)));
            }));
            if (feeds) {
                planFeedAt(plan, folder.substring(1) + "index.xml", title, url,
                        list.subList(0, Math.min(feedLimit(), list.size())));
            }
        }
    }

    private HugoSections.Heading sectionHeading(String section, List<Problem> problems) {
        try {
            return HugoSections.heading(site, index, section, problems);
        } catch (IOException e) { // an unreadable _index file: the folder's title, and the other pages still made
            problems.add(Problem.warning("content/" + section, 0, 0, "cannot read the section's _index file ("
                    + e.getMessage() + "); its list page is titled from the folder name"));
            return new HugoSections.Heading(HugoSections.defaultTitle(site, section), "", "unreadable");
        }
    }

    /**
     * The year, month and day archives jekyll-archives makes when the site enables them (decision 0249): each
     * period's posts, newest first, in the archive layout, at the plugin's permalinks ({@code /2024/03/}).
     */
    private void planDateArchives(Map<String, Job> plan) {
        if (archives == null) {
            return;
        }
        for (String kind : List.of("year", "month", "day")) {
            if (!archives.makes(kind)) {
                continue;
            }
            Map<String, List<PostEntry>> byUrl = new LinkedHashMap<>();
            Map<String, String> headings = new HashMap<>();
            for (PostEntry e : index.posts()) {
                if (e.date() == null) {
                    continue;
                }
                String url = Permalinks.encode(archives.dateUrl(kind, e.date()));
                byUrl.computeIfAbsent(url, k -> new ArrayList<>()).add(e);
                headings.putIfAbsent(url, switch (kind) {
                    case "year" -> String.valueOf(e.date().getYear());
                    case "month" -> e.date().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                            + " " + e.date().getYear();
                    default -> e.date().getDayOfMonth() + " "
                            + e.date().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                            + " " + e.date().getYear();
                });
            }
            for (Map.Entry<String, List<PostEntry>> a : byUrl.entrySet()) {
                String url = a.getKey();
                String heading = headings.get(url);
                List<PostEntry> list = a.getValue();
                String path = Permalinks.outputPath(url, site.shape());
                if (path == null) { // a permalink of the plugin's settings that leaves OUT
                    refused(url, "the " + kind + " archive '" + heading + "'");
                    continue;
                }
                add(plan, new Simple(path, hash(baseKey, "dates", path, heading, hashOfSummaries(list)),
                        "jekyll-archives", w -> {
                            Map<String, Object> archive = new HashMap<>();
                            archive.put("heading", heading);
                            archive.put("posts", summariesOf(list));
                            Map<String, Object> vars = vars(Map.of("title", heading, "url", url));
                            vars.put("archive", archive);
                            w.write(path, utf8(theme.render("archive", vars)));
                        }));
            }
        }
    }

    /** Reports an archive page whose address (from the site's settings) is refused, at the config file. */
    private void refused(String url, String what) {
        report.add(Problem.error(site.configFile().isEmpty() ? "." : site.configFile(), 0, 0,
                Permalinks.refusal(url) + "; " + what + " is not made"));
    }

    /** Categories or tags as named terms: each term's first spelling in its newest post. */
    private Map<String, PostIndex.Term> terms(Map<String, List<PostEntry>> bySlug, boolean categories) {
        Map<String, PostIndex.Term> out = new LinkedHashMap<>();
        bySlug.forEach((slug, posts) -> out.put(slug,
                new PostIndex.Term(displayName(site.shape(), posts.get(0), slug, categories), posts)));
        return out;
    }

    /** A taxonomy's term pages and its terms list, at {@code /base/term/} and {@code /base/}; none when base is null. */
    private void planArchives(Map<String, Job> plan, Map<String, PostIndex.Term> terms, String base, String label,
            String heading, java.util.function.UnaryOperator<String> termPath) {
        if (terms.isEmpty() || base == null) {
            return;
        }
        List<Map<String, Object>> termList = new ArrayList<>();
        List<String> keyParts = new ArrayList<>();
        boolean termFeeds = hugoFeeds("term");
        for (Map.Entry<String, PostIndex.Term> t : terms.entrySet()) {
            String name = t.getValue().name();
            String url = Permalinks.encode(termPath.apply(t.getKey()));
            Map<String, Object> term = new HashMap<>();
            term.put("name", name);
            term.put("url", url);
            term.put("count", t.getValue().posts().size());
            termList.add(term);
            keyParts.add(name + "\0" + t.getValue().posts().size());
            String path = Permalinks.outputPath(url, site.shape());
            if (path == null) { // a jekyll-archives permalink that leaves OUT
                refused(url, "the page of " + label.toLowerCase(Locale.ROOT) + " '" + name + "'");
                continue;
            }
            List<PostEntry> list = t.getValue().posts();
            String key = hash(baseKey, "archive", path, name, hashOfSummaries(list));
            add(plan, new Simple(path, key, "archive", w -> {
                Map<String, Object> archive = new HashMap<>();
                archive.put("heading", label + ": " + name);
                archive.put("posts", summariesOf(list));
                Map<String, Object> vars = vars(Map.of("title", name, "url", url));
                vars.put("archive", archive);
                w.write(path, utf8(theme.render("archive", vars)));
            }));
            if (termFeeds && path != null) { // Hugo's /tags/go/index.xml, which aggregators subscribe to (decision 0248)
                planFeedAt(plan, path.substring(0, path.length() - "index.html".length()) + "index.xml", name, url,
                        list.subList(0, Math.min(feedLimit(), list.size())));
            }
        }
        if (!termLists) {
            return;
        }
        String indexPath = base + "/index.html";
        add(plan, new Simple(indexPath, hash(baseKey, "terms", indexPath, hash(keyParts.toArray(new String[0]))),
                "archive", w -> {
                    Map<String, Object> archive = new HashMap<>();
                    archive.put("heading", heading);
                    archive.put("terms", termList);
                    Map<String, Object> vars = vars(Map.of("title", heading, "url", "/" + base + "/"));
                    vars.put("archive", archive);
                    w.write(indexPath, utf8(theme.render("archive", vars)));
                }));
    }

    private static String displayName(SiteShape shape, PostEntry e, String slug, boolean categories) {
        for (String name : categories ? e.categories() : e.tags()) {
            if (Slugs.term(shape, name).equals(slug)) {
                return name;
            }
        }
        return slug;
    }

    private void planFeed(Map<String, Job> plan) {
        int limit = feedLimit();
        List<PostEntry> latest = index.posts().subList(0, Math.min(limit, index.posts().size()));
        Lazy<byte[]> feed = planFeedAt(plan, "feed.xml", null, "/", latest);
        if (site.shape() == SiteShape.HUGO) {
            // the same feed where a Hugo blog's readers subscribed: Hugo's own feed is /index.xml
            String self = "href=\"" + Html.escape(absolute("/feed.xml")) + "\" rel=\"self\"";
            String indexSelf = "href=\"" + Html.escape(absolute("/index.xml")) + "\" rel=\"self\"";
            add(plan, new Simple("index.xml", plan.get("feed.xml").key(), "feed", w -> w.write("index.xml",
                    utf8(new String(feed.get(), StandardCharsets.UTF_8).replaceFirst(
                            java.util.regex.Pattern.quote(self), java.util.regex.Matcher.quoteReplacement(indexSelf))))));
        }
    }

    /**
     * A feed of {@code posts} (newest first, already cut to the limit) at {@code path}; {@code title} null for the
     * site's own feed, else the list it follows (a section or a term: "Go on My Blog"), {@code page} the page it
     * follows. The site's feed holds the posts' bodies, those their page jobs rendered (decision 0217); a list's
     * feed their summaries.
     */
    private Lazy<byte[]> planFeedAt(Map<String, Job> plan, String path, String title, String page,
            List<PostEntry> posts) {
        List<String> parts = new ArrayList<>();
        boolean anyLiquid = false;
        boolean anyLists = false;
        for (PostEntry e : posts) {
            parts.add(e.hash());
            parts.add(summaryKeys.get(e.source()));
            anyLiquid |= e.liquid();
            anyLists |= e.siteLists();
        }
        String liquidKey = anyLiquid ? urlsKey.get() : "";
        String listsPart = anyLists ? listsKey.get() : "";
        String postsKey = hash(parts.toArray(new String[0]));
        String key = title == null ? hash(baseKey, "feed", liquidKey, listsPart, postsKey)
                : hash(baseKey, "feed", path, title, liquidKey, listsPart, postsKey);
        String feedTitle = title == null ? null : title + " on " + (site.config().title().isEmpty() ? "Blog"
                : site.config().title());
        if (title != null) {
            // a section's or term's feed: each post's summary and link, as Hugo's are, not its whole page again
            // (a blog with hundreds of tags would otherwise write every post's HTML into many feeds)
            Lazy<byte[]> list = new Lazy<>(() -> utf8(AtomFeed.build(site.config(), feedTitle,
                    Permalinks.encode("/" + path), page, posts, this::absolute, null)));
            add(plan, new Simple(path, key, "feed", w -> w.write(path, list.get())));
            return list;
        }
        for (PostEntry e : posts) {
            feedBodies.put(e.source(), "");
        }
        Lazy<byte[]> feed = new Lazy<>(() -> utf8(AtomFeed.build(site.config(), feedTitle, Permalinks.encode("/" + path), page, posts,
                this::absolute, e -> {
                    String made = feedBodies.remove(e.source());
                    if (made != null && !made.isEmpty()) {
                        return made; // the post's page job of this export rendered it (decision 0217)
                    }
                    try {
                        return bodyHtml(e, new ArrayList<>());
                    } catch (IOException | RuntimeException ex) {
                        // the post's own page reports why; one bad post must not cost the whole feed
                        Log.LOG.log(System.Logger.Level.DEBUG, "feed: no content for " + e.source(), ex);
                        return "";
                    }
                })));
        add(plan, new Simple(path, key, "feed", w -> w.write(path, feed.get())));
        return feed;
    }

    /**
     * Whether a Hugo site makes an RSS feed for pages of this kind ({@code section}, {@code term}): not when
     * {@code disableKinds} has RSS, else as its {@code [outputs]} table says, else yes (Hugo's default).
     */
    private boolean hugoFeeds(String kind) {
        SiteConfig c = site.config();
        if (site.shape() != SiteShape.HUGO || HugoTaxonomies.disabled(c, "rss")) {
            return false;
        }
        Object formats = SiteConfig.lookup(c.raw(), "outputs", kind);
        return formats == null || SiteConfig.strings(formats).stream().anyMatch(f -> f.equalsIgnoreCase("rss"));
    }

    private int feedLimit() {
        Object v = SiteConfig.map(site.config().raw().get("feed")).get("posts_limit");
        if (v == null) {
            v = site.config().raw().get("rssLimit");
        }
        int n = SiteConfig.integer(v, 10);
        return n < 1 ? 10 : n;
    }

    /** Liquid's {@code site}: the config's keys, with the settings Quire reads in their normal form. */
    static Map<String, Object> siteVars(SiteConfig c) {
        Map<String, Object> vars = new LinkedHashMap<>(c.raw());
        vars.put("title", c.title());
        vars.put("description", c.description());
        vars.put("url", c.url());
        vars.put("baseurl", c.baseurl());
        vars.put("author", c.author());
        vars.put("time", "");
        return vars;
    }

    /** A full URL for a site path (or the baseurl'd path when the site has no url). */
    String absolute(String path) {
        return site.config().url() + LiquidFilters.relative(site.config().baseurl(), path);
    }

    private String bodyHtml(PostEntry e, List<Problem> problems) throws IOException {
        String text = PostIndex.decode(Files.readAllBytes(e.file()));
        Map.Entry<String, Integer> split = PostMetadata.body(text);
        String body = split.getKey();
        if (site.shape() == SiteShape.HUGO) {
            return HugoBody.html(site, index, e.source(), e.data(), body, split.getValue(), e.liquid(), problems);
        }
        if (e.liquid()) {
            Map<String, Object> vars = new HashMap<>();
            vars.put("site", e.siteLists() ? forPost(siteVarsWithLists.get(), e) : siteVars);
            vars.put("page", pageVars(e));
            body = liquid.render(body, e.source(), split.getValue(), vars, problems);
        }
        if (site.shape() == SiteShape.JEKYLL && KramdownMarks.mayHave(body)) {
            body = KramdownMarks.strip(body, e.source(), split.getValue(), problems);
            return KramdownMarks.withToc(AttributeMarks.apply(MarkdownRenderer.shared().toHtml(body)));
        }
        return MarkdownRenderer.shared().toHtml(body);
    }

    private Map<String, Object> vars(Map<String, Object> page) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("site", siteVars);
        vars.put("page", page);
        vars.put("nav", nav);
        return vars;
    }

    private Map<String, Object> summary(PostEntry e) {
        Map<String, Object> s = plainSummary(e);
        s.put("category_links", links(e.categories(), categoryBase, true));
        s.put("tag_links", links(e.tags(), tagBase, false));
        return s;
    }

    /** A post's listing variables without its archive links. */
    static Map<String, Object> plainSummary(PostEntry e) {
        Map<String, Object> s = new HashMap<>();
        s.put("title", e.title());
        s.put("url", e.url());
        if (e.date() != null) {
            s.put("date_iso", ListingDates.iso(e.date()));
            s.put("date_display", ListingDates.display(e.date()));
            s.put("date_short", ListingDates.shortDate(e.date()));
        }
        // Liquid treats "" as true: leave empty values out so that {% if post.heroimage %} works
        s.put("excerpt", e.excerpt().isEmpty() ? null : e.excerpt());
        s.put("heroimage", e.heroImage().isEmpty() ? null : e.heroImage());
        s.put("author", e.author().isEmpty() ? null : e.author());
        return s;
    }

    private Map<String, Object> summaryOf(PostEntry e) {
        return summaries.computeIfAbsent(e.source(), k -> summary(e));
    }

    private List<Map<String, Object>> summariesOf(List<PostEntry> list) {
        List<Map<String, Object>> out = new ArrayList<>(list.size());
        for (PostEntry e : list) {
            out.add(summaryOf(e));
        }
        return out;
    }

    /**
     * The site variables with Jekyll's post lists: {@code site.posts} (newest first, each with the variables a
     * page has: title, url, date, excerpt, categories, tags...), {@code site.categories} and {@code site.tags}
     * (name to posts). {@code site.related_posts} is added per post ({@link #forPost}).
     */
    static Map<String, Object> withLists(Map<String, Object> siteVars, PostIndex index,
            java.util.function.Function<PostEntry, Map<String, Object>> summary) {
        Map<PostEntry, Map<String, Object>> made = new HashMap<>();
        java.util.function.Function<PostEntry, Map<String, Object>> vars =
                e -> made.computeIfAbsent(e, k -> pageVars(k, summary.apply(k)));
        List<Map<String, Object>> posts = new ArrayList<>();
        index.posts().forEach(e -> posts.add(vars.apply(e)));
        Map<String, Object> out = new LinkedHashMap<>(siteVars);
        out.put("posts", posts);
        out.put("categories", terms(index.categories(), vars));
        out.put("tags", terms(index.tags(), vars));
        return out;
    }

    /**
     * The site variables with lists as a post sees them: {@code related_posts} is the ten newest other posts (as
     * Jekyll gives without its LSI option); a page has none.
     */
    static Map<String, Object> forPost(Map<String, Object> withLists, PostEntry e) {
        if (e.kind() != PostEntry.Kind.POST || !(withLists.get("posts") instanceof List<?> posts)) {
            return withLists;
        }
        List<Object> related = new ArrayList<>();
        for (Object p : posts) {
            if (related.size() == 10) {
                break;
            }
            if (!(p instanceof Map<?, ?> m && e.url().equals(m.get("url")))) {
                related.add(p);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>(withLists);
        out.put("related_posts", related);
        return out;
    }

    private static Map<String, List<Map<String, Object>>> terms(Map<String, List<PostEntry>> byTerm,
            java.util.function.Function<PostEntry, Map<String, Object>> vars) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        byTerm.forEach((term, list) -> out.put(term, list.stream().map(vars).toList()));
        return out;
    }

    private String hashOfSummaries(List<PostEntry> list) {
        String[] parts = new String[list.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = summaryKeys.get(list.get(i).source());
        }
        return hash(parts);
    }

    private List<Map<String, Object>> links(List<String> names, String base, boolean categories) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (base == null) {
            return out;
        }
        for (String n : names) {
            Map<String, Object> m = new HashMap<>();
            m.put("name", n);
            m.put("url", Permalinks.encode(termPath(categories, base, Slugs.term(site.shape(), n))));
            out.add(m);
        }
        return out;
    }

    /**
     * A category's or tag's page as a site path: where jekyll-archives writes it when the site uses the plugin
     * for that kind (decision 0249), else {@code /base/slug/}.
     */
    private String termPath(boolean categories, String base, String slug) {
        if (archives != null && archives.makes(categories ? "categories" : "tags")) {
            return archives.termUrl(categories, slug);
        }
        return "/" + base + "/" + slug + "/";
    }

    private Map<String, Object> pageVars(PostEntry e) {
        return pageVars(e, summaryOf(e));
    }

    /** Liquid's {@code page} of a post: its front matter, its listing variables and where it comes from. */
    static Map<String, Object> pageVars(PostEntry e, Map<String, Object> summary) {
        Map<String, Object> page = new LinkedHashMap<>(e.data());
        page.putAll(summary);
        page.put("date", summary.get("date_iso"));
        page.put("categories", e.categories());
        page.put("tags", e.tags());
        page.put("path", e.source());
        page.put("slug", e.fileSlug());
        page.put("draft", e.draft());
        return page;
    }

    private static Map<String, Object> neighbour(PostEntry e) {
        if (e == null) {
            return null;
        }
        Map<String, Object> m = new HashMap<>();
        m.put("title", e.title());
        m.put("url", e.url());
        return m;
    }

    private static String staticKey(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return "s:" + a.size() + ":" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "s:unreadable";
        }
    }

    /**
     * The standalone pages the header links to, as {@code {title, url}} maps: the ones {@code header_pages} lists
     * by source path (as Jekyll's minima theme does), in its order; without that list every page with a title,
     * by title, leaving out the home and 404 pages. Pages without a title are left out.
     */
    static List<Map<String, Object>> headerPages(Object listed, List<PostEntry> pages) {
        List<PostEntry> chosen = new ArrayList<>();
        if (listed instanceof List<?> names) {
            for (Object name : names) {
                for (PostEntry e : pages) {
                    if (e.source().equals(String.valueOf(name)) && !e.title().isBlank() && !chosen.contains(e)) {
                        chosen.add(e);
                    }
                }
            }
        } else {
            for (PostEntry e : pages) {
                String url = e.url();
                if (!e.title().isBlank() && !url.equals("/") && !url.equals("/404.html") && !url.equals("/404/")
                        && !e.source().startsWith("_")) { // a collection's documents are not site pages
                    chosen.add(e);
                }
            }
            chosen.sort(java.util.Comparator.comparing((PostEntry e) -> e.title().toLowerCase(Locale.ROOT))
                    .thenComparing(PostEntry::url));
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (PostEntry e : chosen) {
            links.add(headerLink(e.title(), e.url()));
        }
        return links;
    }

    /** One link of the theme's header ({@code nav.pages}): its title and site path (or full URL). */
    static Map<String, Object> headerLink(String title, String url) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("title", title);
        link.put("url", url);
        return link;
    }

    static String hash(String... parts) {
        return InputKey.of(parts);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The page of one post or standalone page. */
    private final class PageJob implements Job {
        private final PostEntry entry;
        private final PostEntry older;
        private final PostEntry newer;
        private final String key;

        PageJob(PostEntry entry, PostEntry older, PostEntry newer) {
            this.entry = entry;
            this.older = older;
            this.newer = newer;
            this.key = hash(baseKey, "page", entry.hash(), entry.url(), entry.liquid() ? urlsKey.get() : "",
                    entry.siteLists() ? listsKey.get() : "",
                    older == null ? "" : summaryKeys.get(older.source()),
                    newer == null ? "" : summaryKeys.get(newer.source()));
        }

        @Override
        public String path() {
            return entry.outputPath();
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String source() {
            return entry.source();
        }

        @Override
        public void make(OutputWriter writer, List<Problem> problems) throws IOException {
            Map<String, Object> page = pageVars(entry);
            String body = bodyHtml(entry, problems);
            feedBodies.replace(entry.source(), "", body); // only the feed's posts have a key here
            page.put("content", null); // keeps the key's place in the map; renderPage sets it
            page.put("previous", neighbour(older));
            page.put("next", neighbour(newer));
            String layout = String.valueOf(entry.data().getOrDefault("layout", ""));
            if (!layout.equals("post") && !layout.equals("page")) {
                layout = entry.kind() == PostEntry.Kind.POST ? "post" : "page";
            }
            byte[] html = theme.renderPage(layout, vars(page), page, body);
            images.scan(entry, html);
            writer.write(entry.outputPath(), html);
        }

        @Override
        public void recheck(List<Problem> problems) throws IOException {
            if (entry.liquid()) {
                bodyHtml(entry, problems);
            }
        }
    }

    private interface Maker {
        void make(OutputWriter writer) throws IOException;
    }

    private static final class Simple implements Job {
        private final String path;
        private final String key;
        private final String source;
        private final Maker maker;

        Simple(String path, String key, String source, Maker maker) {
            this.path = path;
            this.key = key;
            this.source = source;
            this.maker = maker;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String source() {
            return source;
        }

        @Override
        public void make(OutputWriter writer, List<Problem> problems) throws IOException {
            maker.make(writer);
        }
    }

    private static void checkOutput(Path siteRoot, Path out) throws IOException {
        if (out.equals(siteRoot)) {
            throw new IllegalArgumentException("the output folder must not be the site folder: " + out);
        }
        if (siteRoot.startsWith(out)) {
            throw new IllegalArgumentException("the output folder must not contain the site folder: " + out);
        }
        if (out.getParent() == null || out.equals(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize())
                || out.equals(app.quire.safety.QuireDirs.home().toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("refusing to export into " + out);
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("the output path exists and is not a folder: " + out);
        }
    }

    /**
     * --clean empties only a folder an earlier export made (it has Quire's manifest) or an empty one, and never
     * one holding Markdown that export did not write: {@code -o blog/_posts --clean} or {@code -o ~/Documents
     * --clean} deleted the writer's files (decision 0177). Throws IllegalArgumentException, nothing deleted.
     */
    private static void checkCleanable(Path out) throws IOException {
        Map<String, String> made = ExportManifest.read(out);
        Path git = out.resolve(".git");
        Path[] foreign = new Path[1];
        Path[] markdown = new Path[1];
        Files.walkFileTree(out, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(git) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = out.relativize(file).toString().replace('\\', '/');
                if (foreign[0] == null) {
                    foreign[0] = file;
                }
                if (SourceScanner.isMarkdown(rel) && !made.containsKey(rel)) {
                    markdown[0] = file;
                    return FileVisitResult.TERMINATE;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        if (markdown[0] != null) {
            throw new IllegalArgumentException("--clean would delete " + markdown[0] + ", a Markdown file that no "
                    + "export made; nothing was deleted (is " + out + " the right output folder?)");
        }
        if (foreign[0] != null && made.isEmpty()) {
            throw new IllegalArgumentException("--clean empties only an output folder an earlier export made (with "
                    + ExportManifest.FILE + ") or an empty one; " + out + " has other files (e.g. " + foreign[0]
                    + "); nothing was deleted");
        }
    }

    /** --clean: empties OUT (keeps a top-level .git folder, for sites deployed from a git checkout). */
    private static void deleteContents(Path out) throws IOException {
        Files.walkFileTree(out, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(out.resolve(".git")) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (!dir.equals(out)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
