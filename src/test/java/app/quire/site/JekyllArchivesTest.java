package app.quire.site;

import static app.quire.site.ExportFixtures.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Jekyll site using the jekyll-archives plugin (decision 0249): category, tag and date archives where the plugin
 * writes them, compared with the real Jekyll and plugin (skipped when they are not installed).
 */
class JekyllArchivesTest {
    @TempDir
    Path temp;

    @Test
    void archivesAreWhereThePluginWritesThem() throws Exception {
        assumeTrue(onPath("jekyll"), "jekyll is not installed");
        assumeTrue(run("ruby", "-e", "require 'jekyll-archives'"), "jekyll-archives is not installed");
        Map<String, String> configs = Map.of(
                "defaults, categories and tags", "enabled: [categories, tags]\n",
                "all, own permalinks", "enabled: all\n  permalinks:\n    category: /cats/:name/\n"
                        + "    month: /archive/:year-:month.html\n    tag: /t/:name/\n",
                "dates only", "enabled:\n    - year\n    - day\n");
        int n = 0;
        for (Map.Entry<String, String> c : configs.entrySet()) {
            Path site = site("s" + n, c.getValue());
            Path jekyllOut = temp.resolve("jekyll-" + n);
            Path quireOut = temp.resolve("quire-" + n++);
            jekyllBuild(site, jekyllOut);
            SiteExporter.export(site, quireOut, ExportFixtures.options());
            Set<String> jekyll = archivePages(jekyllOut);
            assertThat(jekyll).as(c.getKey()).isNotEmpty();
            Set<String> quire = archivePages(quireOut);
            // Quire's own lists of all categories and all tags are extra (the plugin makes none), and so are its
            // own category and tag pages where the plugin is not asked for them
            quire.removeAll(Set.of("categories/index.html", "tags/index.html"));
            if (c.getKey().equals("dates only")) {
                assertThat(quire.removeIf(p -> p.startsWith("categories/") || p.startsWith("tags/"))).isTrue();
            }
            assertThat(quire).as(c.getKey()).isEqualTo(jekyll);
            assertThat(ExportFixtures.brokenLocalLinks(quireOut, "")).as(c.getKey()).isEmpty();
        }
    }

    @Test
    void withoutThePluginQuiresOwnArchivesStay() throws Exception {
        Path site = site("none", "enabled: all\n");
        Files.writeString(site.resolve("_config.yml"), "title: A\njekyll-archives:\n  enabled: all\n");
        Path out = temp.resolve("out-none");
        SiteExporter.export(site, out, ExportFixtures.options());
        assertThat(out.resolve("categories/big-data/index.html")).exists();
        assertThat(out.resolve("category")).doesNotExist();
        assertThat(out.resolve("2024")).doesNotExist();
    }

    @Test
    void pagesListTheirPostsAndCardsLinkThem() throws Exception {
        Path site = site("cards", "enabled: [categories, month]\n");
        Path out = temp.resolve("out-cards");
        SiteExporter.export(site, out, ExportFixtures.options());
        assertThat(Files.readString(out.resolve("category/big-data/index.html")))
                .contains("<h1>Category: Big Data</h1>", "One", "Two");
        assertThat(Files.readString(out.resolve("2024/03/index.html"))).contains("<h1>March 2024</h1>", "One")
                .doesNotContain("Two");
        assertThat(Files.readString(out.resolve("index.html"))).contains("/category/big-data/")
                .doesNotContain("/categories/big-data/");
    }

    @Test
    void aPermalinkLeavingTheOutputFolderIsRefusedAtTheConfig() throws Exception {
        Path site = site("hostile", "enabled: all\n  permalinks:\n    category: /../../outside/:name/\n"
                + "    tag: ../up/:name.html\n");
        Path out = temp.resolve("nested/out-hostile");
        ExportReport report = SiteExporter.export(site, out, ExportFixtures.options());
        assertThat(temp.resolve("outside")).doesNotExist();
        assertThat(temp.resolve("nested/up")).doesNotExist();
        assertThat(report.problems()).filteredOn(p -> p.severity() == Problem.Severity.ERROR)
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("_config.yml"))
                .anySatisfy(p -> assertThat(p.message()).contains("outside the output folder",
                        "the page of category 'Big Data' is not made"))
                .anySatisfy(p -> assertThat(p.message()).contains("the page of tag 'misc' is not made"));
        assertThat(out.resolve("2024/03/index.html")).exists(); // the rest is made
    }

    private Path site(String name, String archives) throws IOException {
        Path site = temp.resolve(name);
        Files.createDirectories(site.resolve("_posts"));
        Files.createDirectories(site.resolve("_layouts"));
        Files.writeString(site.resolve("_config.yml"), "title: A\nplugins:\n  - jekyll-archives\n"
                + "jekyll-archives:\n  layout: archive\n  " + archives);
        Files.writeString(site.resolve("_layouts/archive.html"), "ARCHIVE\n");
        Files.writeString(site.resolve("_posts/2024-03-05-one.md"),
                "---\ntitle: One\ncategories: [Big Data, \"C++\"]\ntags: [Go Lang, \"\u00dcn\u00ef\"]\n---\nx\n");
        Files.writeString(site.resolve("_posts/2023-11-02-two.md"),
                "---\ntitle: Two\ncategory: Big Data\ntags: [go-lang, misc]\n---\nx\n");
        Files.writeString(site.resolve("_posts/2023-11-20-three.md"), "---\ntitle: Three\n---\nx\n");
        return site;
    }

    /** The archive pages of an output: those the plugin's layout or Quire's archive layout made. */
    private static Set<String> archivePages(Path out) throws IOException {
        Set<String> pages = new TreeSet<>();
        for (Map.Entry<String, byte[]> f : ExportFixtures.tree(out).entrySet()) {
            String text = new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            if (text.startsWith("ARCHIVE") || text.contains("<section class=\"archive\">")) {
                pages.add(f.getKey());
            }
        }
        return pages;
    }

    private boolean run(String... command) throws Exception {
        Path log = Files.createTempFile(temp, "run", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    private void jekyllBuild(Path site, Path out) throws Exception {
        Path log = Files.createTempFile(temp, "jekyll", ".log");
        Process p = new ProcessBuilder("jekyll", "build", "--quiet", "--disable-disk-cache", "-s", site.toString(),
                "-d", out.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assumeTrue(p.waitFor(300, TimeUnit.SECONDS), "jekyll did not finish");
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    }
}
