package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many posts rendered by all workers at once: guards against shared, non-thread-safe template state (Liqp
 * templates failed with "registry is null" when one parsed layout was rendered from two threads).
 */
class ParallelExportTest {
    @TempDir
    Path temp;

    @Test
    void manyPostsExportWithoutProblemsAndRepeatIdentically() throws Exception {
        Path site = Files.createDirectories(temp.resolve("site/_posts"));
        Files.writeString(temp.resolve("site/_config.yml"), "title: Many\nurl: https://many.example.test\n"
                + "permalink: /:year/:slug/\npaginate: 7\n");
        for (int i = 0; i < 240; i++) {
            String day = String.format("2020-%02d-%02d", 1 + i % 12, 1 + i % 28);
            Files.writeString(site.resolve(day + "-post-" + i + ".md"), "---\ntitle: Post " + i + "\ndate: " + day
                    + " 10:00:00 +0200\ncategory: c" + (i % 5) + "\ntags: [t" + (i % 7) + "]\n---\n\n"
                    + "Text of post " + i + " with `code` and a [link](https://example.test/" + i + ").\n\n"
                    + "## Part ##\n\n```java\nint x = " + i + ";\n```\n\n{{ page.title }} on {{ site.title }}.\n",
                    StandardCharsets.UTF_8);
        }
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        ExportReport report = SiteExporter.export(temp.resolve("site"), a, ExportFixtures.options());
        SiteExporter.export(temp.resolve("site"), b, ExportFixtures.options());

        assertThat(report.problems()).isEmpty();
        assertThat(ExportFixtures.read(a, "2020/post-17/index.html")).contains("Post 17 on Many.");
        assertThat(a.resolve("page35/index.html")).exists();
        assertThat(a.resolve("page36")).doesNotExist();
        Map<String, byte[]> ta = ExportFixtures.tree(a);
        Map<String, byte[]> tb = ExportFixtures.tree(b);
        // the index cache marks files changed just before a run; the two runs differ in that, not in output
        assertThat(ta.remove(IndexCache.FILE)).isNotNull();
        assertThat(tb.remove(IndexCache.FILE)).isNotNull();
        assertThat(tb.keySet()).isEqualTo(ta.keySet());
        ta.forEach((k, v) -> assertThat(tb.get(k)).as(k).isEqualTo(v));
        assertThat(ExportFixtures.brokenLocalLinks(a, "")).isEmpty();
    }
}
