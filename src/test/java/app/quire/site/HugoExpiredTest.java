package app.quire.site;

import static app.quire.site.ExportFixtures.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expired Hugo posts (decision 0236): left out by default, as Hugo does, and put back by the export option
 * {@code expired}, as {@code hugo --buildExpired} does; the post's status (the sidebar's badge) stays "expired".
 */
class HugoExpiredTest {
    @TempDir
    Path temp;

    private Path site() throws Exception {
        Path site = temp.resolve("site");
        HugoComparisonTest.layouts(site);
        Files.writeString(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"E\"\n"
                + "disableKinds = [\"sitemap\", \"robotsTXT\", \"404\", \"RSS\", \"taxonomy\", \"term\"]\n");
        post(site, "current", "date: 2024-01-01");
        post(site, "expired", "date: 2024-01-01\nexpiryDate: 2024-06-01");
        post(site, "expired-lower", "date: 2024-01-01\nexpirydate: 2024-06-01T10:00:00+02:00");
        post(site, "unpublish-date", "date: 2024-01-01\nunpublishdate: 2024-06-01");
        post(site, "expires-later", "date: 2024-01-01\nexpiryDate: 2099-06-01");
        post(site, "expired-draft", "date: 2024-01-01\nexpiryDate: 2024-06-01\ndraft: true");
        return site;
    }

    private static void post(Path site, String name, String frontMatter) throws Exception {
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("content/posts/" + name + ".md"), "---\ntitle: " + name + "\n" + frontMatter
                + "\n---\nBody.\n");
    }

    @Test
    void expiredPostsAreBackWithTheOptionAsWithBuildExpired() throws Exception {
        Path site = site();
        Set<String> without = quirePosts(site, false);
        Set<String> with = quirePosts(site, true);
        assertThat(without).containsExactly("posts/current/index.html", "posts/expires-later/index.html");
        assertThat(with).containsExactly("posts/current/index.html", "posts/expired-lower/index.html",
                "posts/expired/index.html", "posts/expires-later/index.html", "posts/unpublish-date/index.html");
        assumeTrue(onPath("hugo"), "hugo is not installed");
        assertThat(hugoPosts(site, false)).isEqualTo(without);
        assertThat(hugoPosts(site, true)).isEqualTo(with);
    }

    @Test
    void theStatusStaysExpiredWhetherOrNotTheExportIncludesIt() throws Exception {
        Site site = Site.open(site());
        for (boolean expired : new boolean[] {false, true}) {
            PostIndex index = PostIndex.load(site, new PostIndex.Options(true, true, Instant.now(), expired),
                    new ArrayList<>());
            PostEntry e = (expired ? index.posts() : index.hidden()).stream()
                    .filter(p -> p.source().equals("content/posts/expired.md")).findFirst().orElseThrow();
            assertThat(index.whyHidden(e)).as("expired option " + expired).contains(PostIndex.Hidden.EXPIRED);
        }
        assertThat(PostIndex.Options.defaults().expired()).isFalse();
        assertThat(ExportOptions.defaults().expired()).isFalse();
        assertThat(ExportOptions.defaults().withExpired(true).withClean(true).expired()).isTrue();
    }

    private Set<String> quirePosts(Path site, boolean expired) throws Exception {
        Path out = temp.resolve("quire-" + expired);
        // the real clock, as hugo uses
        SiteExporter.export(site, out, new ExportOptions(false, false, false, Instant.now(), expired));
        return postPages(out);
    }

    private Set<String> hugoPosts(Path site, boolean expired) throws Exception {
        Path out = temp.resolve("hugo-" + expired);
        ProcessBuilder pb = expired ? new ProcessBuilder("hugo", "--quiet", "--buildExpired", "-s", site.toString(),
                "-d", out.toString()) : new ProcessBuilder("hugo", "--quiet", "-s", site.toString(), "-d", out.toString());
        Process p = pb.redirectErrorStream(true).redirectOutput(temp.resolve("hugo.log").toFile()).start();
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "hugo did not finish");
        assertThat(p.exitValue()).as(Files.readString(temp.resolve("hugo.log"))).isZero();
        return postPages(out);
    }

    private static Set<String> postPages(Path out) throws Exception {
        Set<String> pages = new TreeSet<>(ExportFixtures.tree(out).keySet());
        pages.removeIf(rel -> !rel.matches("posts/[^/]+/index\\.html"));
        return pages;
    }
}
