package app.quire.site;

import static app.quire.site.ExportFixtures.copySite;
import static app.quire.site.ExportFixtures.options;
import static app.quire.site.ExportFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repeatable, incremental and safe exports. */
class IncrementalExportTest {
    private static final FileTime OLD = FileTime.fromMillis(1_000_000_000L);

    @TempDir
    Path temp;

    @Test
    void twoExportsOfTheSameInputAreByteIdentical() throws Exception {
        Path site = copySite("jekyll", temp);
        SiteExporter.export(site, temp.resolve("a"), options());
        SiteExporter.export(site, temp.resolve("b"), options());
        Map<String, byte[]> a = tree(temp.resolve("a"));
        Map<String, byte[]> b = tree(temp.resolve("b"));
        a.remove(IndexCache.FILE); // bookkeeping: marks sources changed just before a run, so runs may differ
        b.remove(IndexCache.FILE);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        for (String k : a.keySet()) {
            assertThat(b.get(k)).as(k).isEqualTo(a.get(k));
        }
    }

    @Test
    void repeatExportRewritesOnlyTheChangedPostsPages() throws Exception {
        Path site = copySite("jekyll", temp);
        Path out = temp.resolve("out");
        ExportReport first = SiteExporter.export(site, out, options());
        assertThat(first.written()).isGreaterThan(20);
        ageAll(out);

        ExportReport same = SiteExporter.export(site, out, options());
        assertThat(same.written()).isZero();
        assertThat(touched(out)).isEmpty();

        Path post = site.resolve("_posts/2021-12-10-serverless-badge.md");
        Files.writeString(post, Files.readString(post, StandardCharsets.UTF_8)
                .replace("the reading list alone", "the reading list by itself"), StandardCharsets.UTF_8);
        ExportReport changed = SiteExporter.export(site, out, options());
        // the post's page, and the feed which carries the full text of the newest posts
        assertThat(touched(out)).containsExactlyInAnyOrder("blog/2021/12/10/serverless-badge.html", "feed.xml",
                ".quire-export.json");
        assertThat(changed.written()).isEqualTo(2);
        assertThat(ExportFixtures.read(out, "blog/2021/12/10/serverless-badge.html")).contains("the reading list by itself");
    }

    @Test
    void removedPostsPageIsRemovedAndForeignFilesAreKept() throws Exception {
        Path site = copySite("jekyll", temp);
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        Files.writeString(out.resolve("CNAME"), "blog.example.test\n");
        Files.createDirectories(out.resolve("blog/extra"));
        Files.writeString(out.resolve("blog/extra/keep.txt"), "mine\n");

        Files.delete(site.resolve("_posts/2019-02-02-date-offset.md"));
        ExportReport report = SiteExporter.export(site, out, options());

        assertThat(out.resolve("blog/2019/02/03/date-offset.html")).doesNotExist();
        assertThat(out.resolve("blog/2019")).doesNotExist();
        assertThat(report.removed()).isEqualTo(1);
        assertThat(out.resolve("CNAME")).hasContent("blog.example.test");
        assertThat(out.resolve("blog/extra/keep.txt")).exists();
        assertThat(ExportFixtures.read(out, "page2/index.html")).doesNotContain("Date With An Offset");

        SiteExporter.export(site, out, options().withClean(true));
        assertThat(out.resolve("CNAME")).doesNotExist();
        assertThat(out.resolve("blog/extra")).doesNotExist();
        assertThat(out.resolve("blog/2021/12/10/serverless-badge.html")).exists();
    }

    @Test
    void symlinkInOutputIsNotFollowed() throws Exception {
        Path site = copySite("jekyll", temp);
        Path out = temp.resolve("out");
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("blog"), elsewhere);

        ExportReport report = SiteExporter.export(site, out, options());

        try (var files = Files.list(elsewhere)) {
            assertThat(files).isEmpty();
        }
        assertThat(report.problems()).extracting(Problem::toString)
                .anyMatch(s -> s.startsWith("_posts/2021-12-10-serverless-badge.md:0:0: error: cannot write")
                        && s.contains("symbolic link"));
        assertThat(out.resolve("custom/hello-there/index.html")).exists();
    }

    @Test
    void symlinkInSiteIsReportedAndNotCopied() throws Exception {
        Path site = copySite("jekyll", temp);
        Path secret = Files.writeString(temp.resolve("secret.txt"), "do not publish");
        Files.createSymbolicLink(site.resolve("assets/leak.txt"), secret);
        Path out = temp.resolve("out");
        ExportReport report = SiteExporter.export(site, out, options());
        assertThat(out.resolve("assets/leak.txt")).doesNotExist();
        assertThat(report.problems()).extracting(Problem::toString)
                .contains("assets/leak.txt:0:0: warning: symbolic link not followed; skipped");
    }

    @Test
    void refusesToExportIntoTheSiteOrAnAncestor() throws Exception {
        Path site = copySite("jekyll", temp);
        assertThatThrownBy(() -> SiteExporter.export(site, site, options()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SiteExporter.export(site, temp, options().withClean(true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(site.resolve("_config.yml")).exists();
    }

    @Test
    void outputFolderInsideTheSiteIsNotReadAsInput() throws Exception {
        Path site = copySite("jekyll", temp);
        Path out = site.resolve("public");
        SiteExporter.export(site, out, options());
        ExportReport again = SiteExporter.export(site, out, options());
        assertThat(again.written()).isZero();
        assertThat(out.resolve("public")).doesNotExist();
    }

    private static void ageAll(Path out) throws Exception {
        for (String rel : tree(out).keySet()) {
            Files.setLastModifiedTime(out.resolve(rel), OLD);
        }
    }

    private static Set<String> touched(Path out) throws Exception {
        Set<String> changed = new TreeSet<>();
        for (String rel : tree(out).keySet()) {
            if (!Files.getLastModifiedTime(out.resolve(rel)).equals(OLD)) {
                changed.add(rel);
            }
        }
        changed.remove(".quire-export.json");
        changed.remove(IndexCache.FILE); // rewritten when a source was read again; bookkeeping, not output
        changed.add(".quire-export.json"); // always rewritten: it records this run
        return changed.size() == 1 ? Set.of() : changed;
    }
}
