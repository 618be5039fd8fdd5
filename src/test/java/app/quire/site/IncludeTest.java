package app.quire.site;

import static app.quire.site.ExportFixtures.jekyllSite;
import static app.quire.site.ExportFixtures.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jekyll's {% include %}: the site's _includes/ folder only, with parameters, in posts, layouts and the preview. */
class IncludeTest {
    @TempDir
    Path temp;

    private Path site() throws Exception {
        Path site = jekyllSite(temp.resolve("site"), "title: Field Notes\nbaseurl: /b\n",
                "2024-01-02-hello.md", "---\ntitle: Hello\n---\n\nBefore.\n\n"
                        + "{% include figure.html src=\"/assets/cat.png\" alt=\"A cat\" caption=\"The cat, resting\" %}\n\n"
                        + "After {% include note.md %}.\n");
        Files.createDirectories(site.resolve("_includes"));
        Files.writeString(site.resolve("_includes/figure.html"), "<figure><img src=\"{{ include.src | relative_url }}\""
                + " alt=\"{{ include.alt }}\"><figcaption>{{ include.caption }}</figcaption></figure>\n");
        Files.writeString(site.resolve("_includes/note.md"), "on *{{ site.title }}*");
        Files.createDirectories(site.resolve("assets"));
        Files.write(site.resolve("assets/cat.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return site;
    }

    private static List<String> problems(ExportReport report) {
        return report.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aPostIncludesFilesWithParametersAsJekyllDoes() throws Exception {
        Path site = site();
        Path out = temp.resolve("out");
        ExportReport report = SiteExporter.export(site, out, options());

        String page = Files.readString(out.resolve("2024/01/02/hello.html"));
        assertThat(page).contains("<figure><img src=\"/b/assets/cat.png\" alt=\"A cat\">"
                + "<figcaption>The cat, resting</figcaption></figure>");
        assertThat(page).contains("<p>After on <em>Field Notes</em>.</p>");
        assertThat(problems(report)).noneMatch(p -> p.contains("include"));
    }

    @Test
    void aChangedIncludeFileRewritesThePagesThatUseIt() throws Exception {
        Path site = site();
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        Files.writeString(site.resolve("_includes/note.md"), "on **{{ site.title }}**");
        SiteExporter.export(site, out, options());
        assertThat(Files.readString(out.resolve("2024/01/02/hello.html")))
                .contains("<p>After on <strong>Field Notes</strong>.</p>");
    }

    @Test
    void namesOutsideIncludesMissingFilesAndLinksAreRefusedVisiblyAndTheRestStillRenders() throws Exception {
        Path site = jekyllSite(temp.resolve("site"), "title: T\n", "2024-01-02-bad.md", "---\ntitle: Bad\n---\n\n"
                + "A {% include ../_config.yml %} B {% include /etc/hostname %} C {% include missing.html %}"
                + " D {% include link.html %} E {% include self.html %} F {{ site.title }}.\n");
        Files.createDirectories(site.resolve("_includes"));
        Files.writeString(site.resolve("_includes/self.html"), "again {% include self.html %}");
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP SECRET");
        Files.createSymbolicLink(site.resolve("_includes/link.html"), secret);
        Path out = temp.resolve("out");

        ExportReport report = SiteExporter.export(site, out, options());

        String page = Files.readString(out.resolve("2024/01/02/bad.html"));
        assertThat(page).doesNotContain("TOP SECRET", "title: T")
                .contains("{% include ../_config.yml %}", "{% include /etc/hostname %}", "{% include missing.html %}",
                        "{% include link.html %}", "F T.");
        assertThat(page).contains("E again again");
        assertThat(problems(report)).anyMatch(p -> p.startsWith("_posts/2024-01-02-bad.md:5:3: warning: include "
                + "'../_config.yml' is refused: only files inside _includes/ can be included"))
                .anyMatch(p -> p.contains("include file 'missing.html' not found in _includes/"))
                .anyMatch(p -> p.contains("include 'link.html' is refused: it goes through a symbolic link"))
                .anyMatch(p -> p.contains("includes nested more than 8 deep"));
        assertThat(report.hasErrors()).as("an include never fails the export").isFalse();
    }

    @Test
    void includesThatMultiplyStopAtAThousand() throws Exception {
        Path site = jekyllSite(temp.resolve("site"), "title: T\n", "2024-01-02-boom.md",
                "---\ntitle: Boom\n---\n\nBefore {% include ten.html %} after.\n");
        Files.createDirectories(site.resolve("_includes"));
        Files.writeString(site.resolve("_includes/ten.html"), "x{% include ten.html %}".repeat(10));
        Path out = temp.resolve("out");

        ExportReport report = SiteExporter.export(site, out, options()); // 10^8 renders without the limit

        String page = Files.readString(out.resolve("2024/01/02/boom.html"));
        assertThat(page).contains("Before x").contains(" after.");
        assertThat(page.chars().filter(c -> c == 'x').count()).isLessThanOrEqualTo(SafeInclude.MAX_RENDERS + 200); // not 10^8
        assertThat(problems(report)).anyMatch(p -> p.contains("more than 1000 includes rendered from one"));
    }

    @Test
    void aSitesOwnLayoutMayIncludeButOnlyFromIncludes() throws Exception {
        Path site = site();
        Files.createDirectories(site.resolve("_quire/layouts"));
        Files.writeString(site.resolve("_quire/layouts/post.liquid"),
                "<article><aside>{% include side.html who=\"you\" %}</aside>{{ content }}</article>\n");
        Files.writeString(site.resolve("_includes/side.html"), "For {{ include.who }} on {{ site.title }}");
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        assertThat(Files.readString(out.resolve("2024/01/02/hello.html")))
                .contains("<article><aside>For you on Field Notes</aside><p>Before.</p>");

        Files.writeString(site.resolve("_quire/layouts/post.liquid"),
                "<article>{% include ../_config.yml %}{{ content }}</article>\n");
        ExportReport report = SiteExporter.export(site, out, options());
        assertThat(Files.readString(out.resolve("2024/01/02/hello.html"))).doesNotContain("baseurl: /b");
        assertThat(problems(report)).anyMatch(p -> p.contains("'../_config.yml' is refused"));
    }

    @Test
    void includeRelativeReadsBesideThePageAndNeverAbove() throws Exception {
        Path site = site();
        Files.createDirectories(site.resolve("guide"));
        Files.writeString(site.resolve("guide/index.md"), "---\ntitle: Guide\n---\n\n"
                + "Start. {% include_relative part.txt who=\"you\" %} End. {% include_relative ../_config.yml %}\n");
        Files.writeString(site.resolve("guide/part.txt"), "Hello {{ include.who }} on {{ site.title }}.");
        Path out = temp.resolve("out");
        ExportReport report = SiteExporter.export(site, out, options());

        String page = Files.readString(out.resolve("guide/index.html"));
        assertThat(page).contains("Start. Hello you on Field Notes. End. {% include_relative ../_config.yml %}")
                .doesNotContain("baseurl: /b");
        assertThat(problems(report)).anyMatch(p -> p.startsWith("guide/index.md:5:")
                && p.contains("include '../_config.yml' is refused: only files inside the post's folder"));

        Path page2 = site.resolve("guide/index.md");
        assertThat(PreviewLiquid.open(site).render(Files.readString(page2), page2)).contains("Hello you on Field Notes.");
        assertThat(PreviewLiquid.open(site).render("---\ntitle: New\n---\n{% include_relative part.txt %}\n", null))
                .as("a post not saved yet has no folder").contains("{% include_relative part.txt %}");
    }

    @Test
    void thePreviewShowsIncludesToo() throws Exception {
        Path site = site();
        Path post = site.resolve("_posts/2024-01-02-hello.md");
        String shown = PreviewLiquid.open(site).render(Files.readString(post), post);
        assertThat(shown).contains("<figcaption>The cat, resting</figcaption>", "After on *Field Notes*.");
    }
}
