package app.quire.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.PreviewBlock;
import app.quire.markdown.RenderContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The page stays right although the session renders texts whose updates are never applied (dropped). */
class PreviewRendererTest {
    @Test
    void droppedUpdatesNeverPutThePageOutOfStep() {
        PreviewRenderer renderer = new PreviewRenderer(MarkdownRenderer.shared(), RenderContext.NONE);
        Random random = new Random(42);
        StringBuilder text = new StringBuilder("---\ntitle: T\n---\n\n# Start #\n\nOne.\n\nTwo.\n\n- a\n- b\n");
        ShownPreview shown = ShownPreview.EMPTY;
        List<String> page = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            int at = random.nextInt(text.length() + 1);
            String[] edits = {"x", "\n\n", "\n\nNew para.\n\n", "# ", "- item\n", "`", "*"};
            if (random.nextInt(4) == 0 && text.length() > 20) {
                text.deleteCharAt(Math.max(18, at - 1) % text.length());
            } else {
                text.insert(Math.max(17, at), edits[random.nextInt(edits.length)]);
            }
            PreviewUpdate update = renderer.render(text.toString(), shown);
            if (random.nextInt(3) == 0) {
                page = PreviewUpdateTest.applyTo(page, update);
                shown = update.next();
            }
        }
        PreviewUpdate last = renderer.render(text.toString(), shown);
        page = PreviewUpdateTest.applyTo(page, last);

        List<PreviewBlock> expected = last.next().blocks();
        assertThat(page).hasSize(expected.size());
        for (int i = 0; i < page.size(); i++) {
            assertThat(PreviewUpdate.sameHtml(new PreviewBlock(0, 0, page.get(i)), expected.get(i))).isTrue();
        }
    }

    @Test
    void aResetStartsAFreshSessionAndStillDiffsAgainstThePage() {
        PreviewRenderer renderer = new PreviewRenderer(MarkdownRenderer.shared(), RenderContext.NONE);
        PreviewUpdate first = renderer.render("A.\n\nB.\n", ShownPreview.EMPTY);
        renderer.reset();
        PreviewUpdate second = renderer.render("A.\n\nB!\n", first.next());
        assertThat(second.from()).isEqualTo(1);
        assertThat(second.removeCount()).isEqualTo(1);
        assertThat(second.insertedHtml()).contains("B!");
    }

    @Test
    void aHugoPostShowsMarkersWhereTheExportLeavesHtmlOutOrCannotExpand(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path site = app.quire.ui.posts.TestBlogs.copy("hugo", tmp);
        java.nio.file.Path post = site.resolve("content/posts/markers.md");
        String text = "---\ntitle: Markers\n---\nA <kbd>key</kbd> here.\n\n{{< notice >}}\n\n"
                + "{{< figure src=\"/images/pic.png\" caption=\"Kept\" >}}\n\n<div>panel</div>\n";
        java.nio.file.Files.writeString(post, text);
        PreviewRenderer renderer = new PreviewRenderer(MarkdownRenderer.shared(),
                new RenderContext(site, post.getParent(), post));

        List<PreviewBlock> blocks = renderer.render(text, ShownPreview.EMPTY).next().blocks();
        String html = String.join("\n", blocks.stream().map(PreviewBlock::html).toList());
        assertThat(html).doesNotContain("<kbd>", "panel")
                .contains("title=\"The exported page leaves this HTML out", ">HTML left out</span>")
                .contains("title=\"shortcode 'notice' is not one Quire knows", "{{&lt; notice &gt;}}</span>")
                .contains("<figure data-quire>", "Kept");
        assertThat(blocks).extracting(PreviewBlock::startLine).containsExactly(3, 5, 7, 9);

        // the site says unsafe: the same preview shows the HTML again (the config is read again)
        java.nio.file.Path config = site.resolve("hugo.toml");
        java.nio.file.Files.writeString(config, java.nio.file.Files.readString(config)
                + "\n[markup.goldmark.renderer]\n  unsafe = true\n");
        java.nio.file.Files.setLastModifiedTime(config, java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 5_000));
        String again = String.join("\n", renderer.render(text + "\n", ShownPreview.EMPTY).next().blocks().stream()
                .map(PreviewBlock::html).toList());
        assertThat(again).contains("<kbd>key</kbd>", "panel").doesNotContain("HTML left out")
                .contains("shortcode 'notice' is not one Quire knows");
    }

    @Test
    void aSitePostsLiquidIsRenderedAsTheExportWillAndStaysOnItsLines(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path site = app.quire.ui.posts.TestBlogs.copy("jekyll", tmp);
        java.nio.file.Path post = site.resolve("_posts/2022-03-05-liquid-features.md");
        PreviewRenderer renderer = new PreviewRenderer(MarkdownRenderer.shared(),
                new RenderContext(site, post.getParent(), post));
        String text = java.nio.file.Files.readString(post);

        List<PreviewBlock> blocks = renderer.render(text, ShownPreview.EMPTY).next().blocks();

        String html = String.join("\n", blocks.stream().map(PreviewBlock::html).toList());
        assertThat(html).contains("This post lives on Fixture Blog")
                .contains("/blog/blog/2021/12/10/serverless-badge.html\">badge post</a>")
                .contains("<code class=\"language-ruby\"").contains("\n  &quot;Hello, #&#123;name&#125;")
                .contains("The answer is 42.");
        // each block still names the editor lines it comes from: the caret and scroll sync stay right
        List<String> lines = List.of(text.split("\n", -1));
        for (PreviewBlock b : blocks) {
            if (b.html().contains("Templates write")) {
                assertThat(lines.get(b.startLine())).startsWith("{% raw %}Templates write");
            }
            if (b.html().contains("The answer is")) {
                assertThat(lines.get(b.startLine())).startsWith("{% assign answer = 42 %}");
            }
        }
        // typing goes on: the page follows the Liquid-rendered text
        String edited = text.replace("is called", "is named");
        assertThat(String.join("", renderer.render(edited, ShownPreview.EMPTY).next().blocks().stream()
                .map(PreviewBlock::html).toList())).contains("is named &quot;Liquid Features&quot;");
    }
}
