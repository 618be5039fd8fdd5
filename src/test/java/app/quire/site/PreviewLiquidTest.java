package app.quire.site;

import static app.quire.site.ExportFixtures.copySite;
import static org.assertj.core.api.Assertions.assertThat;

import app.quire.markdown.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview renders a post's Liquid as the export does, and keeps it lined up with the editor. */
class PreviewLiquidTest {
    @TempDir
    Path temp;

    private static long lines(String s) {
        return s.chars().filter(c -> c == '\n').count();
    }

    @Test
    void rendersTheLiquidPostsCommonlyHoldAsTheExportDoes() throws Exception {
        Path site = copySite("jekyll", temp);
        Path post = site.resolve("_posts/2022-03-05-liquid-features.md");
        String text = Files.readString(post);

        String shown = PreviewLiquid.open(site).render(text, post);

        assertThat(shown).startsWith("---\ntitle: Liquid Features\n").as("front matter kept as written");
        assertThat(lines(shown)).as("still lines up with the editor").isEqualTo(lines(text));
        String html = MarkdownRenderer.shared().toHtml(shown.substring(shown.indexOf("\n---\n") + 5));
        // the same fragments as the exported page (JekyllExportTest): the preview shows what will be published
        assertThat(html).contains(ExportFixtures.LIQUID_FEATURES_HTML);
    }

    @Test
    void aHugoPostsShortcodesShowAsTheExportWillMakeThem() throws Exception {
        Path site = temp.resolve("hugo");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"H\"\n");
        Files.writeString(site.resolve("content/posts/first.md"), "---\ntitle: First\ndate: 2024-01-01\n---\nHi.\n");
        Path post = site.resolve("content/posts/second.md");
        String text = "---\ntitle: Second\n---\nSee [first]({{< relref \"first.md\" >}}).\n\n"
                + "{{< highlight go >}}\nx := 1\n{{< /highlight >}}\n\n{{< youtube abc >}}\n";

        String shown = PreviewLiquid.open(site).render(text, post);

        assertThat(shown).isEqualTo("---\ntitle: Second\n---\nSee [first](/posts/first/).\n\n```go\nx := 1\n```\n\n"
                + "<p data-quire class=\"quire-embed\">YouTube video: <a data-quire href=\"https://www.youtube.com/watch?v=abc\">"
                + "https://www.youtube.com/watch?v=abc</a></p>\n");
        assertThat(lines(shown)).isEqualTo(lines(text));
    }

    /** markdownify's kramdown attribute lists are applied in the preview as in the export (decision 0240). */
    @Test
    void anUnknownTagShowsInAMarkerWithTheExportsWarningButNotInACodeBlock() throws Exception {
        Path site = copySite("jekyll", temp);
        String text = "---\ntitle: Tags\n---\nWatch {% video intro.mp4 %} now.\n\n```liquid\n{% video x.mp4 %}\n```\n";

        String shown = PreviewLiquid.open(site).render(text, null);

        assertThat(lines(shown)).isEqualTo(lines(text));
        String html = MarkdownRenderer.shared().toHtml(shown.substring(shown.indexOf("\n---\n") + 5));
        assertThat(html).contains("class=\"" + app.quire.markdown.RawHtml.MARKER_CLASS + "\"",
                "title=\"unknown Liquid tag 'video' left as written\"", "{% video intro.mp4 %}</span> now.");
        assertThat(html).contains("<code class=\"language-liquid\">{% video x.mp4 %}\n</code>");
        assertThat(BodyLiquid.inFence("a\n```\nx\n", 8)).isTrue();
        assertThat(BodyLiquid.inFence("a\n```\nx\n```\ny", 14)).isFalse();
        assertThat(BodyLiquid.inFence("~~~~\n```\nx", 9)).isTrue();
    }

    @Test
    void aHugoShortcodeLeftAsWrittenIsAMarkerButNotInACodeBlock() throws Exception {
        Path site = temp.resolve("hugo-fence");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("hugo.toml"), "title = \"H\"\n");
        String text = "---\ntitle: S\n---\nA {{< notice >}} here.\n\n~~~\n{{< notice >}}\n~~~\n\nAnd {{< notice >}}.\n";

        String shown = PreviewLiquid.open(site).render(text, null);

        String html = MarkdownRenderer.shared().toHtml(shown.substring(shown.indexOf("\n---\n") + 5));
        assertThat(html.split(app.quire.markdown.RawHtml.MARKER_CLASS, -1)).hasSize(3); // the two outside the code
        assertThat(html).contains("<pre><code>{{&lt; notice &gt;}}\n</code></pre>");
    }

    @Test
    void markdownifyAppliesAttributeListsInThePreview() throws Exception {
        Path site = copySite("jekyll", temp);
        String text = "---\ntitle: Lead\nlead: \"Opening words.\\n{: .lead}\"\n---\n\n<div class=\"intro\">\n"
                + "{{ page.lead | markdownify }}\n</div>\n\nBody.\n";

        String shown = PreviewLiquid.open(site).render(text, null);

        String html = MarkdownRenderer.shared().toHtml(shown.substring(shown.indexOf("\n---\n") + 5));
        assertThat(html).contains("<p class=\"lead\">Opening words.</p>").doesNotContain("{:");
    }

    @Test
    void usesTheEditorsTextNotTheFileOnDisk() throws Exception {
        Path site = copySite("jekyll", temp);
        Path post = site.resolve("_posts/2022-03-05-liquid-features.md");
        String edited = "---\ntitle: Renamed in the editor\ndate: 2022-03-05 09:15:00 +1000\n---\n\n"
                + "Title: {{ page.title }}; url: {{ page.url }}\n";
        assertThat(PreviewLiquid.open(site).render(edited, post))
                .endsWith("Title: Renamed in the editor; url: /2022/03/05/liquid-features.html\n");
        // a post not saved yet is previewed as a post of the blog
        assertThat(PreviewLiquid.open(site).render("---\ntitle: New\n---\n{{ page.title }} on {{ site.title }}", null))
                .endsWith("New on Fixture Blog");
    }

    @Test
    void findsAPostAddedAfterTheFirstPreview() throws Exception {
        Path site = copySite("jekyll", temp);
        PreviewLiquid liquid = PreviewLiquid.open(site);
        String text = "---\ntitle: Links\n---\n[old]({% post_url 2021-12-10-serverless-badge %})\n";
        assertThat(liquid.render(text, null)).contains("(/blog/blog/2021/12/10/serverless-badge.html)");

        Files.writeString(site.resolve("_posts/2024-02-02-brand-new.md"), "---\ntitle: Brand new\n---\nHi.\n");
        Thread.sleep(liquid.reindexAfterNanos() / 1_000_000 + 100); // a miss reads the blog again, not too often
        String linking = "---\ntitle: Links\n---\n[new]({% post_url 2024-02-02-brand-new %})\n";
        assertThat(liquid.render(linking, null)).contains("(/blog/2024/02/02/brand-new.html)");
        assertThat(liquid.render("---\ntitle: L\n---\n[x]({% post_url 2030-01-01-nothing %})\n", null))
                .as("a post that does not exist links nowhere").contains("[x](#)");
    }

    @Test
    void takesThePostListsReadingOfTheBlogInsteadOfReadingItAgain() throws Exception {
        Path site = copySite("jekyll", temp);
        PreviewLiquid liquid = PreviewLiquid.open(site);
        Files.writeString(site.resolve("_posts/2024-02-02-brand-new.md"), "---\ntitle: Brand new\n---\nHi.\n");
        // the post list reads the blog (when it opens, and after each change in the folder)
        PostIndex listed = SharedPostIndex.read(Site.open(site), java.time.Instant.now(), new java.util.ArrayList<>());
        int reads = SharedPostIndex.readsSoFar(Site.open(site));

        String linking = "---\ntitle: Links\n---\n[new]({% post_url 2024-02-02-brand-new %})\n";
        assertThat(liquid.render(linking, null)).contains("(/blog/2024/02/02/brand-new.html)");
        assertThat(SharedPostIndex.readsSoFar(Site.open(site))).as("the preview used the list's reading")
                .isEqualTo(reads);
        assertThat(SharedPostIndex.latest(Site.open(site)).index()).isSameAs(listed);

        // the list reads again after a new post; the preview takes the newer reading at once, without waiting
        Files.writeString(site.resolve("_posts/2024-03-03-newer.md"), "---\ntitle: Newer\n---\nHi.\n");
        SharedPostIndex.read(Site.open(site), java.time.Instant.now(), new java.util.ArrayList<>());
        assertThat(liquid.render("---\ntitle: L\n---\n[n]({% post_url 2024-03-03-newer %})\n", null))
                .contains("(/blog/2024/03/03/newer.html)");
    }

    @Test
    void aReadingInProgressIsWaitedForNotRepeated() throws Exception {
        Path site = temp.resolve("big");
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), "title: Big\n");
        for (int i = 0; i < 1500; i++) {
            Files.writeString(site.resolve("_posts/2020-01-01-post-" + i + ".md"),
                    "---\ntitle: Post " + i + "\ncategories: [a, b]\n---\n" + "Words. ".repeat(200));
        }
        Site opened = Site.open(site);
        int before = SharedPostIndex.readsSoFar(opened);
        Thread lister = new Thread(() -> {
            try {
                SharedPostIndex.read(opened, java.time.Instant.now(), new java.util.ArrayList<>());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        lister.start();
        while (!SharedPostIndex.reading(opened) && lister.isAlive()) {
            Thread.onSpinWait();
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(lister.isAlive(), "the reading ended before it was seen");
        SharedPostIndex.Reading r = SharedPostIndex.recent(opened, Long.MAX_VALUE);
        lister.join();
        assertThat(r.index().posts()).hasSize(1500);
        assertThat(SharedPostIndex.readsSoFar(opened) - before).as("one reading for both").isEqualTo(1);
    }

    @Test
    void blocksAfterLinesLiquidDropsOrRepeatsKeepTheEditorsLines() throws Exception {
        Path site = copySite("jekyll", temp);
        String text = String.join("\n", "---", "title: Loops", "---", "Intro.",
                "{% if page.missing %}", "Dropped.", "", "Dropped too.", "{% endif %}", "",
                "## Middle ##", "", "{% for i in (1..4) %}", "- item {{ i }}", "{% endfor %}", "",
                "## End ##", "") ;
        String shown = PreviewLiquid.open(site).render(text, null);
        assertThat(lines(shown)).as("Liquid changed the line count").isNotEqualTo(lines(text));

        app.quire.markdown.PreviewSession session = new app.quire.markdown.PreviewSession(
                MarkdownRenderer.shared(), app.quire.markdown.RenderContext.NONE);
        session.update(shown);
        var blocks = app.quire.markdown.ShownLines.between(text, shown).renumber(session.blocks());
        assertThat(blocks).filteredOn(b -> b.html().contains("Middle")).singleElement()
                .extracting(app.quire.markdown.PreviewBlock::startLine).isEqualTo(10);
        assertThat(blocks).filteredOn(b -> b.html().contains(">End<")).singleElement()
                .extracting(app.quire.markdown.PreviewBlock::startLine).isEqualTo(16);
        assertThat(blocks).filteredOn(b -> b.html().contains("item 4")).singleElement()
                .satisfies(b -> assertThat(b.startLine()).isBetween(12, 14));
    }

    @Test
    void leavesTextWithoutLiquidHugoSitesAndBrokenLiquidAsWritten() throws Exception {
        Path jekyll = copySite("jekyll", temp.resolve("j"));
        PreviewLiquid liquid = PreviewLiquid.open(jekyll);
        String plain = "---\ntitle: Plain\n---\nNo templates here.\n";
        assertThat(liquid.render(plain, null)).isSameAs(plain);
        String broken = "---\ntitle: Broken\n---\n{% if %}unclosed\n";
        assertThat(liquid.render(broken, null)).isEqualTo(broken);
        String fmOnly = "---\ntitle: \"{{ not body }}\"\n---\nBody.\n";
        assertThat(liquid.render(fmOnly, null)).isSameAs(fmOnly);

        String huge = "---\ntitle: Huge\n---\n" + "{{ site.title }} ".repeat(PreviewLiquid.MAX_BODY_CHARS / 16 + 1);
        assertThat(liquid.render(huge, null)).as("too long to render on every keystroke").isSameAs(huge);

        Path hugo = copySite("hugo", temp.resolve("h"));
        String text = "---\ntitle: H\n---\n{{ site.title }}\n";
        assertThat(PreviewLiquid.open(hugo).render(text, null)).isSameAs(text);
    }
}
