package app.quire.site;

import static app.quire.site.ExportFixtures.copySite;
import static app.quire.site.ExportFixtures.options;
import static app.quire.site.ExportFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index cache in OUT: repeat exports read only changed sources and still match a full export. */
class IndexCacheTest {
    /** Sources are aged so that they are not "racy" (modified just before the run that reads them). */
    private static final FileTime OLD = FileTime.fromMillis(1_500_000_000_000L);
    private static final String POST = "_posts/2021-12-10-serverless-badge.md";

    @TempDir
    Path temp;

    @Test
    void repeatIndexReadsOnlyChangedFiles() throws Exception {
        Path site = agedSite();
        Path out = temp.resolve("out");
        PostIndex first = load(site, out);
        assertThat(first.filesRead()).isGreaterThan(5);
        assertThat(out.resolve(IndexCache.FILE)).exists();

        assertThat(load(site, out).filesRead()).isZero();

        Files.setLastModifiedTime(site.resolve(POST), FileTime.fromMillis(OLD.toMillis() + 1));
        assertThat(load(site, out).filesRead()).isEqualTo(1);
        assertThat(load(site, out).filesRead()).isZero();
    }

    @Test
    void hugoPublishAndExpiryDatesComeBackFromTheCache() throws Exception {
        Path site = temp.resolve("hugo");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("hugo.toml"), "title = \"H\"\n");
        Map<String, String> posts = Map.of("later.md", "date: 2024-01-01\npublishDate: 2030-01-01",
                "gone.md", "date: 2024-01-01\nexpiryDate: 2024-03-01", "kept.md", "date: 2024-01-01");
        for (Map.Entry<String, String> p : posts.entrySet()) {
            Path f = site.resolve("content/posts/" + p.getKey());
            Files.writeString(f, "---\ntitle: " + p.getKey() + "\n" + p.getValue() + "\n---\nText.\n");
            Files.setLastModifiedTime(f, OLD);
        }
        Path out = temp.resolve("out");
        Files.createDirectories(out);
        for (int run = 0; run < 2; run++) { // the second run reads nothing and must still know both dates
            PostIndex now = PostIndex.load(Site.open(site), indexOptions(), out, new ArrayList<>());
            now.awaitCacheWrite();
            assertThat(now.posts()).extracting(PostEntry::fileSlug).containsExactly("kept");
            PostIndex before = PostIndex.load(Site.open(site), new PostIndex.Options(false, false,
                    java.time.Instant.parse("2024-02-01T00:00:00Z")), out, new ArrayList<>());
            assertThat(before.posts()).extracting(PostEntry::fileSlug).containsExactlyInAnyOrder("kept", "gone");
            PostIndex future = PostIndex.load(Site.open(site), new PostIndex.Options(false, true,
                    ExportFixtures.NOW), out, new ArrayList<>());
            assertThat(future.posts()).extracting(PostEntry::fileSlug).containsExactlyInAnyOrder("kept", "later");
            assertThat(future.filesRead()).isZero();
        }
    }

    @Test
    void hugoCustomTaxonomyTermsComeBackFromTheCache() throws Exception {
        Path site = temp.resolve("hugo-terms");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("hugo.toml"), "title = \"H\"\n[taxonomies]\n  series = \"series\"\n");
        Map<String, String> posts = Map.of("a.md", "date: 2024-01-02\nseries: [Go Basics, Web]",
                "b.md", "date: 2024-01-01\nSeries: Go basics", "c.md", "date: 2024-01-03");
        for (Map.Entry<String, String> p : posts.entrySet()) {
            Path f = site.resolve("content/posts/" + p.getKey());
            Files.writeString(f, "---\ntitle: " + p.getKey() + "\n" + p.getValue() + "\n---\nText.\n");
            Files.setLastModifiedTime(f, OLD);
        }
        Path out = temp.resolve("out");
        Files.createDirectories(out);
        for (int run = 0; run < 2; run++) { // the second run reads nothing and must still know the terms
            PostIndex index = PostIndex.load(Site.open(site), indexOptions(), out, new ArrayList<>());
            index.awaitCacheWrite();
            assertThat(index.filesRead()).isEqualTo(run == 0 ? 3 : 0);
            Map<String, PostIndex.Term> series = index.taxonomyTerms().get("series");
            assertThat(series).containsOnlyKeys("go-basics", "web");
            assertThat(series.get("go-basics").name()).isEqualTo("Go Basics"); // the newest post's spelling
            assertThat(series.get("go-basics").posts()).extracting(PostEntry::fileSlug).containsExactly("a", "b");
            assertThat(index.tags()).isEmpty();
        }
    }

    @Test
    void sameSizeEditWithNewTimeIsSeen() throws Exception {
        Path site = agedSite();
        Path out = temp.resolve("out");
        load(site, out);
        Path post = site.resolve(POST);
        String text = Files.readString(post, StandardCharsets.UTF_8);
        String edited = text.replace("title: '", "title: 'X").replaceFirst("\n\n", "\n");
        assertThat(edited).hasSameSizeAs(text);
        Files.writeString(post, edited, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(post, FileTime.fromMillis(OLD.toMillis() + 2000));

        PostIndex again = load(site, out);
        assertThat(again.filesRead()).isEqualTo(1);
        assertThat(again.bySource(POST).orElseThrow().title()).startsWith("X");
    }

    @Test
    void cachedEntriesEqualFreshOnesIncludingFrontMatterAndProblems() throws Exception {
        Path site = agedSite();
        Path out = temp.resolve("out");
        Files.createDirectories(out);
        List<Problem> freshProblems = new ArrayList<>();
        PostIndex fresh = PostIndex.load(Site.open(site), indexOptions(), out, freshProblems);
        List<Problem> cachedProblems = new ArrayList<>();
        PostIndex cached = PostIndex.load(Site.open(site), indexOptions(), out, cachedProblems);
        assertThat(cached.filesRead()).isZero();

        assertThat(cachedProblems).containsExactlyInAnyOrderElementsOf(freshProblems);
        assertThat(freshProblems).isNotEmpty(); // the fixture's hostile permalink
        assertSameEntries(cached.posts(), fresh.posts());
        assertSameEntries(cached.pages(), fresh.pages());
        assertSameEntries(cached.hidden(), fresh.hidden());
        assertThat(cached.categories().keySet()).isEqualTo(fresh.categories().keySet());
        assertThat(cached.tags().keySet()).isEqualTo(fresh.tags().keySet());
    }

    @Test
    void cachedIncrementalExportEqualsFullExportAfterEditsRenamesAndDeletes() throws Exception {
        Path site = agedSite();
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());

        Path post = site.resolve(POST);
        Files.writeString(post, Files.readString(post, StandardCharsets.UTF_8)
                .replace("title: '", "title: 'Renamed ").replace("the reading list alone", "the list alone"),
                StandardCharsets.UTF_8);
        Files.move(site.resolve("_posts/2020-05-05-two-categories.md"),
                site.resolve("_posts/2020-05-06-two-categories-moved.md"));
        Files.delete(site.resolve("_posts/2019-02-02-date-offset.md"));
        ExportReport incremental = SiteExporter.export(site, out, options());

        Path full = temp.resolve("full");
        ExportReport fresh = SiteExporter.export(site, full, options());
        assertSameTree(out, full);
        assertThat(incremental.problems()).containsExactlyElementsOf(fresh.problems());
        assertThat(tree(out)).doesNotContainKey("blog/2019/02/03/date-offset.html");
    }

    @Test
    void configChangeInvalidatesEveryEntry() throws Exception {
        Path site = agedSite();
        Path out = temp.resolve("out");
        int all = load(site, out).filesRead();
        Path config = site.resolve("_config.yml");
        Files.writeString(config, Files.readString(config, StandardCharsets.UTF_8) + "permalink: /:title/\n",
                StandardCharsets.UTF_8);

        PostIndex again = load(site, out);
        assertThat(again.filesRead()).isEqualTo(all);
        assertThat(again.bySource(POST).orElseThrow().url()).isEqualTo("/serverless-badge/");

        SiteExporter.export(site, out, options());
        SiteExporter.export(site, temp.resolve("full"), options());
        assertSameTree(out, temp.resolve("full"));
    }

    @Test
    void corruptOrTruncatedCacheIsIgnored() throws Exception {
        Path site = agedSite();
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        byte[] valid = Files.readAllBytes(out.resolve(IndexCache.FILE));
        SiteExporter.export(site, temp.resolve("full"), options());

        for (byte[] bad : List.of("not a cache at all".getBytes(StandardCharsets.UTF_8),
                Arrays.copyOf(valid, valid.length / 2), Arrays.copyOf(valid, valid.length + 7), new byte[0],
                flipped(valid, valid.length / 3))) {
            Files.write(out.resolve(IndexCache.FILE), bad);
            List<Problem> problems = new ArrayList<>();
            PostIndex index = PostIndex.load(Site.open(site), indexOptions(), out, problems);
            assertThat(index.posts()).isNotEmpty();
            Files.write(out.resolve(IndexCache.FILE), bad);
            ExportReport report = SiteExporter.export(site, out, options());
            assertThat(report.problems()).noneMatch(p -> p.message().contains("quire-index"));
            assertSameTree(out, temp.resolve("full"));
        }
    }

    @Test
    void cleanExportDoesNotTrustTheCache() throws Exception {
        Path site = agedSite();
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        // an edit that keeps size and time: a normal repeat export trusts the cache here, --clean must not
        Path post = site.resolve(POST);
        String text = Files.readString(post, StandardCharsets.UTF_8);
        Files.writeString(post, text.replace("title: '", "title: 'Y").replaceFirst("\n\n", "\n"),
                StandardCharsets.UTF_8);
        Files.setLastModifiedTime(post, OLD);

        SiteExporter.export(site, out, new ExportOptions(false, false, true, ExportFixtures.NOW));
        assertThat(ExportFixtures.read(out, "blog/2021/12/10/serverless-badge.html")).contains("<title>Y");
    }

    @Test
    void filesChangedJustBeforeTheRunAreReadAgainNextTime() throws Exception {
        Path site = copySite("jekyll", temp); // fresh copies: modified "now"
        try (Stream<Path> files = Files.walk(site.resolve("_posts"))) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
            }
        }
        Path out = temp.resolve("out");
        long posts;
        try (Stream<Path> files = Files.list(site.resolve("_posts"))) {
            posts = files.count();
        }
        assertThat(load(site, out).filesRead()).isGreaterThanOrEqualTo((int) posts);
        assertThat(load(site, out).filesRead()).isEqualTo(posts);
    }

    @Test
    void draftsOptionHasItsOwnCache() throws Exception {
        Path site = agedSite();
        Path out = temp.resolve("out");
        load(site, out);
        PostIndex withDrafts = PostIndex.load(Site.open(site), new PostIndex.Options(true, false, ExportFixtures.NOW),
                out, new ArrayList<>());
        assertThat(withDrafts.posts()).anyMatch(PostEntry::draft);
        assertThat(withDrafts.filesRead()).isGreaterThan(5);
    }

    private Path agedSite() throws Exception {
        Path site = copySite("jekyll", temp);
        try (Stream<Path> files = Files.walk(site)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.setLastModifiedTime(p, OLD);
            }
        }
        return site;
    }

    private static PostIndex.Options indexOptions() {
        return new PostIndex.Options(false, false, ExportFixtures.NOW);
    }

    private static PostIndex load(Path site, Path out) throws Exception {
        Files.createDirectories(out);
        return PostIndex.load(Site.open(site), indexOptions(), out.toRealPath(), new ArrayList<>());
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] ^= 0x5A;
        return copy;
    }

    private static void assertSameEntries(List<PostEntry> actual, List<PostEntry> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            PostEntry a = actual.get(i);
            PostEntry e = expected.get(i);
            assertThat(a.file()).isEqualTo(e.file());
            assertThat(new HashMap<>(a.data())).as(e.source()).isEqualTo(new HashMap<>(e.data()));
            assertThat(List.copyOf(a.data().keySet())).isEqualTo(List.copyOf(e.data().keySet()));
            assertThat(withoutData(a)).as(e.source()).isEqualTo(withoutData(e));
        }
    }

    private static PostEntry withoutData(PostEntry e) {
        return new PostEntry(e.source(), e.file(), e.kind(), e.title(), e.date(), e.lastModified(), e.draft(),
                e.categories(), e.tags(), e.fileSlug(), e.section(), e.author(), e.heroImage(), e.excerpt(), Map.of(),
                e.url(), e.outputPath(), e.hash(), e.liquid());
    }

    private static void assertSameTree(Path actual, Path expected) throws Exception {
        Map<String, byte[]> a = tree(actual);
        Map<String, byte[]> e = tree(expected);
        for (String bookkeeping : List.of(ExportManifest.FILE, IndexCache.FILE)) {
            a.remove(bookkeeping);
            e.remove(bookkeeping);
        }
        assertThat(a.keySet()).isEqualTo(e.keySet());
        for (String k : e.keySet()) {
            assertThat(new String(a.get(k), StandardCharsets.UTF_8)).as(k)
                    .isEqualTo(new String(e.get(k), StandardCharsets.UTF_8));
        }
    }
}
