package app.quire.site;

import static app.quire.site.ExportFixtures.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redirect pages at a post's old URLs (decision 0228): Hugo's {@code aliases} and Jekyll's {@code redirect_from}
 * (jekyll-redirect-from), made at the paths the real generators use (each comparison is skipped where its
 * generator is missing) and pointing at the post.
 */
class RedirectsTest {
    @TempDir
    Path temp;

    @Test
    void hugoAliasesAreMadeWhereHugoMakesThem() throws Exception {
        assumeTrue(onPath("hugo"), "hugo is not installed");
        Path site = temp.resolve("hugo");
        Files.createDirectories(site.resolve("content/posts"));
        HugoComparisonTest.layouts(site);
        Files.writeString(site.resolve("hugo.toml"), "baseURL = \"https://example.org/blog/\"\ntitle = \"A\"\n"
                + "disableKinds = [\"sitemap\", \"robotsTXT\", \"404\", \"RSS\", \"taxonomy\", \"term\"]\n");
        Files.writeString(site.resolve("content/posts/moved.md"), "---\ntitle: Moved\ndate: 2024-01-02\n"
                + "aliases: [\"/old/path/\", \"old-relative\", \"/2019/01/x.html\", \"/no/slash\"]\n---\nText.\n");
        Path hugoOut = temp.resolve("hugo-out");
        run(temp, "hugo", "--quiet", "-s", site.toString(), "-d", hugoOut.toString());
        Path quireOut = temp.resolve("quire-out");
        SiteExporter.export(site, quireOut, ExportFixtures.options());

        Map<String, String> hugo = redirects(hugoOut);
        assertThat(hugo).hasSize(4);
        assertThat(redirects(quireOut)).isEqualTo(hugo);
        assertThat(hugo.values()).containsOnly("https://example.org/blog/posts/moved/");
    }

    @Test
    void jekyllRedirectFromIsMadeWhereTheJekyllPluginMakesIt() throws Exception {
        assumeTrue(onPath("jekyll") && onPath("ruby"), "jekyll is not installed");
        assumeTrue(run(temp, "ruby", "-e", "require 'jekyll-redirect-from'"), "jekyll-redirect-from is not installed");
        Path site = ExportFixtures.jekyllSite(temp.resolve("jekyll"),
                "title: J\nurl: https://example.org\nbaseurl: /b\nplugins:\n  - jekyll-redirect-from\n",
                "2024-01-02-moved.md", "---\ntitle: Moved\nredirect_from:\n  - /old/path/\n  - /older/file.html\n"
                        + "  - /no-slash\n  - relative/thing\n---\nText.\n",
                "2024-01-03-single.md", "---\ntitle: Single\nredirect_from: /single-old/\n---\nText.\n");
        Path jekyllOut = temp.resolve("jekyll-out");
        assertThat(run(temp, "jekyll", "build", "--quiet", "--disable-disk-cache", "-s", site.toString(), "-d",
                jekyllOut.toString())).isTrue();
        Path quireOut = temp.resolve("quire-out");
        SiteExporter.export(site, quireOut, ExportFixtures.options());

        Map<String, String> jekyll = redirects(jekyllOut);
        assertThat(jekyll).hasSize(5).containsEntry("no-slash.html", "https://example.org/b/2024/01/02/moved.html");
        assertThat(redirects(quireOut)).isEqualTo(jekyll);
        assertThat(ExportFixtures.brokenLocalLinks(quireOut, "/b")).isEmpty();
    }

    @Test
    void withoutThePluginJekyllMakesNoRedirectAndQuireSaysWhy() throws Exception {
        Path site = ExportFixtures.jekyllSite(temp.resolve("noplugin"), "title: J\n",
                "2024-01-02-moved.md", "---\ntitle: Moved\nredirect_from: /old/\n---\nText.\n");
        ExportReport report = SiteExporter.export(site, temp.resolve("out"), ExportFixtures.options());
        assertThat(temp.resolve("out/old/index.html")).doesNotExist();
        assertThat(report.problems()).anyMatch(p -> p.message().contains("jekyll-redirect-from plugin"));
    }

    @Test
    void anAliasNeverReplacesAPageOrLeavesTheOutput() throws Exception {
        Path site = temp.resolve("hostile");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("hugo.toml"), "title = \"H\"\n");
        Files.writeString(site.resolve("content/posts/a.md"), "---\ntitle: A\ndate: 2024-01-02\n"
                + "aliases: [\"/posts/b/\", \"/../../etc/x\", \"https://elsewhere.org/x\", \"/\"]\n---\nText.\n");
        Files.writeString(site.resolve("content/posts/b.md"), "---\ntitle: B\ndate: 2024-01-03\n---\nB's own page.\n");
        Path out = temp.resolve("hostile-out");
        ExportReport report = SiteExporter.export(site, out, ExportFixtures.options());
        assertThat(Files.readString(out.resolve("posts/b/index.html"))).contains("own page")
                .doesNotContain("http-equiv=\"refresh\"");
        assertThat(Files.readString(out.resolve("index.html"))).doesNotContain("http-equiv=\"refresh\"");
        assertThat(report.problems()).filteredOn(p -> p.file().equals("content/posts/a.md")).hasSize(4);
        assertThat(temp.resolve("etc")).doesNotExist();
    }

    /** Each redirect page in OUT (relative path) and the address it sends the reader to. */
    private static Map<String, String> redirects(Path out) throws Exception {
        Map<String, String> found = new TreeMap<>();
        java.util.regex.Pattern refresh = java.util.regex.Pattern.compile("http-equiv=\"refresh\" content=\"0; ?url=([^\"]+)\"");
        for (Map.Entry<String, byte[]> f : ExportFixtures.tree(out).entrySet()) {
            java.util.regex.Matcher m = refresh.matcher(new String(f.getValue(), StandardCharsets.UTF_8));
            if (m.find()) {
                found.put(f.getKey(), m.group(1));
            }
        }
        return found;
    }

    private static boolean run(Path temp, String... command) throws Exception {
        Path log = Files.createTempFile(temp, "run", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
