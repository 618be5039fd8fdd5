package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.Post;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = MarkdownRenderer.shared();
    private final RenderContext site = new RenderContext(Path.of("/site"), Path.of("/site/_posts"));

    static String seedPost() throws IOException {
        try (InputStream in = MarkdownRendererTest.class.getResourceAsStream("seed-post.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sharedPipelineIsOneInstance() {
        assertThat(MarkdownRenderer.shared()).isSameAs(renderer);
    }

    @Test
    void closedAtxHeadingsAreHeadingsWithIdsAndNoAnchorLinks() {
        String html = renderer.toHtml("## Process ##\n\ntext\n\n## Process\n");
        assertThat(html).contains("<h2 id=\"process\">Process</h2>").contains("<h2 id=\"process-1\">Process</h2>")
                .doesNotContain("<a").doesNotContain("##");
    }

    @Test
    void gfmExtensionsAreOn() {
        String html = renderer.toHtml("~~old~~ new https://example.com\n\n- [x] done\n- [ ] todo\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\nNote[^1]\n\n[^1]: The note.\n");
        assertThat(html).contains("<del>old</del>")
                .contains("<a href=\"https://example.com\">https://example.com</a>")
                .contains("type=\"checkbox\"").contains("checked=\"checked\"")
                .contains("<table>").contains("<td>2</td>")
                .contains("class=\"footnote-ref\"").contains("class=\"footnotes\"");
    }

    @Test
    void exportKeepsRawHtmlAndLinkTargetsAsWritten() {
        String html = renderer.toHtml("<div onclick=\"go()\">hi</div>\n\n![x](/assets/x.png) <b>bold</b>\n");
        assertThat(html).contains("<div onclick=\"go()\">hi</div>").contains("src=\"/assets/x.png\"")
                .contains("<b>bold</b>").doesNotContain("data-line");
    }

    @Test
    void frontMatterAtTheStartIsNeverRendered() {
        String html = renderer.toHtml("---\ntitle: Hello\ntags:\n  - a\n---\n# Body\n");
        assertThat(html).isEqualTo("<h1 id=\"body\">Body</h1>\n");
    }

    @Test
    void aThematicBreakAtTheStartIsNotMistakenForFrontMatter() {
        String html = renderer.toHtml("---\n\nJust text.\n\n---\n");
        assertThat(html).contains("<hr />").contains("<p>Just text.</p>");
    }

    @Test
    void seedPostRendersWithoutFrontMatterAndWithItsHeadings() throws IOException {
        Post post = Post.parse(seedPost());
        String html = renderer.toHtml(post.body());
        assertThat(html).contains("<h2 id=\"process\">Process</h2>").contains("<h2 id=\"worth-it\">Worth it?</h2>")
                .contains("<pre><code class=\"language-bash\">").contains("<blockquote>")
                .doesNotContain("heroimage").doesNotContain("##");
        assertThat(renderer.toHtml(seedPost())).isEqualTo(html);
    }

    @Test
    void previewBlocksCarryTheirFileLinesOnTheRootElement() throws IOException {
        Post post = Post.parse(seedPost());
        List<PreviewBlock> blocks = renderer.toPreviewBlocks(post.body(), post.bodyStartLine(), site);
        assertThat(blocks).isNotEmpty();
        String[] lines = seedPost().split("\n", -1);
        for (PreviewBlock b : blocks) {
            String firstTag = b.html().substring(0, b.html().indexOf('>'));
            assertThat(firstTag).contains("data-line-start=\"" + b.startLine() + "\"")
                    .contains("data-line-end=\"" + b.endLine() + "\"");
            assertThat(lines[b.startLine()]).isNotBlank();
            assertThat(lines[b.endLine()]).isNotBlank();
        }
        PreviewBlock heading = blocks.stream().filter(b -> b.html().startsWith("<h2")).findFirst().orElseThrow();
        assertThat(lines[heading.startLine()]).isEqualTo("## Process ##");
        assertThat(blocks.get(0).startLine()).isEqualTo(post.bodyStartLine() + 1);
    }

    @Test
    void everyPreviewBlockIsOneElement() {
        String md = "para\n\n# h\n\n> q\n\n- a\n- b\n\n1. x\n\n```\ncode\n```\n\n    indented\n\n---\n\n"
                + "| a |\n|---|\n| 1 |\n\n<div>a</div>\n<p>b</p>\n\n<!-- c -->\n\n[^1]: note\n\n[r]: /x\n";
        List<PreviewBlock> blocks = renderer.toPreviewBlocks(md, 0, site);
        assertThat(blocks).hasSize(12);
        for (PreviewBlock b : blocks) {
            assertThat(b.html()).startsWith("<").contains("data-line-start=");
            String tag = b.html().substring(1).split("[ >]", 2)[0];
            assertThat(b.html()).endsWith(tag.equals("hr") ? "/>" : "</" + tag + ">");
        }
    }

    @Test
    void previewResolvesImagesAndSanitisesRawHtml() {
        String md = "![a](/assets/my%20pic.png) ![b](img/c.png) [s](javascript:go)\n\n"
                + "<div onclick=\"x()\">ok<script>bad()</script></div>\n\n<iframe src=\"https://e.com\"></iframe>\n";
        String html = String.join("\n", renderer.toPreviewBlocks(md, 0, site).stream()
                .map(PreviewBlock::html).toList());
        assertThat(html).contains("src=\"file:///site/assets/my%20pic.png\"")
                .contains("src=\"file:///site/_posts/img/c.png\"")
                .contains(" s</p>").doesNotContain("javascript:").doesNotContain("onclick").doesNotContain("<script")
                .doesNotContain("bad()").doesNotContain("<iframe").contains("ok");
    }

    @Test
    void previewKeepsTheIndentationOfRawPreformattedHtml() {
        String md = "<pre><code>def hello\n  puts 1\n    nested\nend</code></pre>\n";
        String preview = String.join("", renderer.toPreviewBlocks(md, 0, site).stream()
                .map(PreviewBlock::html).toList());
        assertThat(preview).contains("def hello\n  puts 1\n    nested\nend");
        assertThat(renderer.toHtml(md)).contains("def hello\n  puts 1\n    nested\nend");
    }

    @Test
    void previewUsesTheSameHeadingIdsAsTheExport() {
        String md = "# A\n\n# A\n\n> # A\n";
        String export = renderer.toHtml(md);
        assertThat(export).contains("id=\"a\"").contains("id=\"a-1\"").contains("id=\"a-2\"");
        String preview = String.join("", renderer.toPreviewBlocks(md, 0, site).stream()
                .map(PreviewBlock::html).toList());
        assertThat(preview).contains("id=\"a\"").contains("id=\"a-1\"").contains("id=\"a-2\"");
    }

    @Test
    void isSafeToUseFromSeveralThreads() throws Exception {
        String md = "# T\n\n" + "para *x* [l](/a)\n\n".repeat(200);
        String expected = renderer.toHtml(md);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<String> results = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < 4; t++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 20; i++) {
                    results.add(renderer.toHtml(md));
                    renderer.toPreviewBlocks(md, 3, site);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(results).hasSize(80).allMatch(expected::equals);
    }
}
