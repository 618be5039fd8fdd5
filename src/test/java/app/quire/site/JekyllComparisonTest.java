package app.quire.site;

import static app.quire.site.ExportFixtures.copySite;
import static app.quire.site.ExportFixtures.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the Jekyll fixture with the real {@code jekyll} (skipped when it is not installed) and compares the set
 * of post URLs with Quire's. Two documented differences: Jekyll aborts on unknown Liquid tags (the tag is
 * removed from Jekyll's copy) and rewrites the hostile permalink to /etc/x.html where Quire refuses it.
 */
class JekyllComparisonTest {
    @TempDir
    Path temp;

    @Test
    void postUrlsMatchJekyll() throws Exception {
        assumeTrue(onPath("jekyll"), "jekyll is not installed");
        Path site = copySite("jekyll", temp);
        Path post = site.resolve("_posts/2022-03-05-liquid-features.md");
        Files.writeString(post, Files.readString(post, StandardCharsets.UTF_8).replace("{% youtube abc123 %}", ""));
        Path jekyllOut = temp.resolve("jekyll-out");
        Process p = new ProcessBuilder("jekyll", "build", "--quiet", "--disable-disk-cache", "-s", site.toString(),
                "-d", jekyllOut.toString()).redirectErrorStream(true).redirectOutput(temp.resolve("jekyll.log").toFile())
                .start();
        assumeTrue(p.waitFor(300, TimeUnit.SECONDS), "jekyll did not finish");
        assertThat(p.exitValue()).as(Files.readString(temp.resolve("jekyll.log"))).isZero();

        Path quireOut = temp.resolve("quire-out");
        SiteExporter.export(site, quireOut, options());

        Set<String> jekyllPosts = postPages(jekyllOut);
        jekyllPosts.remove("etc/x.html");
        assertThat(postPages(quireOut)).isEqualTo(jekyllPosts).hasSize(5);
    }

    /** Output files of the fixture's posts: dated paths and the custom permalink. */
    private static Set<String> postPages(Path out) throws Exception {
        Set<String> pages = new TreeSet<>();
        for (String rel : ExportFixtures.tree(out).keySet()) {
            if (rel.matches(".*/\\d{4}/\\d{2}/\\d{2}/.*\\.html") || rel.startsWith("custom/") || rel.startsWith("etc/")) {
                pages.add(rel);
            }
        }
        return pages;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
