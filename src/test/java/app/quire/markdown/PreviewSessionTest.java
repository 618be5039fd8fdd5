package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.Post;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewSessionTest {
    private final MarkdownRenderer renderer = MarkdownRenderer.shared();
    private final RenderContext ctx = new RenderContext(Path.of("/site"), Path.of("/site/_posts"));

    private List<PreviewBlock> full(String text) {
        Post post = Post.parse(text);
        return renderer.toPreviewBlocks(post.body(), post.bodyStartLine(), ctx);
    }

    private static String bigDocument() throws IOException {
        String body = Post.parse(MarkdownRendererTest.seedPost()).body();
        StringBuilder sb = new StringBuilder("---\ntitle: big\n---\n");
        for (int i = 0; i < 30; i++) {
            sb.append(body).append("\n\n");
        }
        return sb.toString();
    }

    @Test
    void firstUpdateInsertsEveryBlock() throws IOException {
        PreviewSession session = new PreviewSession(renderer, ctx);
        String text = MarkdownRendererTest.seedPost();
        PreviewPatch patch = session.update(text);
        assertThat(patch.from()).isZero();
        assertThat(patch.removeCount()).isZero();
        assertThat(patch.inserted()).isEqualTo(full(text)).isEqualTo(session.blocks());
        assertThat(session.update(text).isEmpty()).isTrue();
    }

    @Test
    void typingInAParagraphReRendersOnlyThatBlock() throws IOException {
        String text = bigDocument();
        PreviewSession session = new PreviewSession(renderer, ctx);
        List<PreviewBlock> shown = session.update(text).applyTo(List.of());
        int at = text.indexOf("loose on purpose", text.length() / 2);
        String edited = text.substring(0, at) + "very " + text.substring(at);
        PreviewPatch patch = session.update(edited);
        assertThat(patch.removeCount()).isEqualTo(1);
        assertThat(patch.inserted()).hasSize(1);
        assertThat(patch.inserted().get(0).html()).contains("very loose on purpose");
        assertThat(patch.lineDelta()).isZero();
        assertThat(patch.applyTo(shown)).isEqualTo(full(edited));
        assertThat(session.sliceRenders()).isEqualTo(1);
        assertThat(session.fullRenders()).isEqualTo(1);
    }

    @Test
    void aNewLineShiftsTheFollowingBlocksWithoutPuttingThemInThePatch() throws IOException {
        String text = bigDocument();
        PreviewSession session = new PreviewSession(renderer, ctx);
        List<PreviewBlock> shown = session.update(text).applyTo(List.of());
        int at = text.indexOf("## Worth it? ##", text.length() / 2);
        String edited = text.substring(0, at) + "\n" + text.substring(at);
        PreviewPatch patch = session.update(edited);
        assertThat(patch.inserted()).isEmpty();
        assertThat(patch.removeCount()).isZero();
        assertThat(patch.lineDelta()).isEqualTo(1);
        List<PreviewBlock> next = patch.applyTo(shown);
        assertThat(next).isEqualTo(full(edited));
        PreviewBlock moved = next.get(patch.from());
        assertThat(moved.html()).startsWith("<h2 id=\"worth-it-").contains("data-line-start=\"" + moved.startLine());
    }

    @Test
    void openingAFenceFallsBackToAFullRenderAndStaysCorrect() throws IOException {
        String text = bigDocument();
        PreviewSession session = new PreviewSession(renderer, ctx);
        List<PreviewBlock> shown = session.update(text).applyTo(List.of());
        int at = text.indexOf("Here is what changed", text.length() / 3);
        String edited = text.substring(0, at) + "```\n" + text.substring(at);
        List<PreviewBlock> next = session.update(edited).applyTo(shown);
        assertThat(next).isEqualTo(full(edited));
        assertThat(session.fullRenders()).isEqualTo(2);
    }

    @Test
    void editingAHeadingKeepsLaterDuplicateIdsRight() {
        String text = "# Intro\n\ntext\n\n# Notes\n\nmore\n\n# Notes\n";
        PreviewSession session = new PreviewSession(renderer, ctx);
        List<PreviewBlock> shown = session.update(text).applyTo(List.of());
        String edited = text.replace("# Intro", "# Notes");
        shown = session.update(edited).applyTo(shown);
        assertThat(shown).isEqualTo(full(edited));
        assertThat(shown.get(2).html()).contains("id=\"notes-1\"");
        assertThat(shown.get(4).html()).contains("id=\"notes-2\"");
    }

    @Test
    void frontMatterChangesMoveTheBodyLines() {
        String text = "---\ntitle: a\n---\n\n# H\n\npara\n";
        PreviewSession session = new PreviewSession(renderer, ctx);
        List<PreviewBlock> shown = session.update(text).applyTo(List.of());
        String edited = "---\ntitle: a\nauthor: b\n---\n\n# H\n\npara\n";
        PreviewPatch patch = session.update(edited);
        assertThat(patch.inserted()).isEmpty();
        assertThat(patch.lineDelta()).isEqualTo(1);
        assertThat(patch.applyTo(shown)).isEqualTo(full(edited));
    }

    @Test
    void linksToDefinitionsElsewhereResolveInASlice() {
        String text = "See [the docs] here.\n\nOther.\n\nMore.\n\n[the docs]: https://example.com/docs\n";
        PreviewSession session = new PreviewSession(renderer, ctx);
        List<PreviewBlock> shown = session.update(text).applyTo(List.of());
        String edited = text.replace("here.", "over here.");
        shown = session.update(edited).applyTo(shown);
        assertThat(shown).isEqualTo(full(edited));
        assertThat(shown.get(0).html()).contains("href=\"https://example.com/docs\"");
        assertThat(session.sliceRenders()).isEqualTo(1);
    }

    @Test
    void windowsLineEndsStillUseTheSlicePath() throws IOException {
        String text = bigDocument().replace("\n", "\r\n");
        PreviewSession session = new PreviewSession(renderer, ctx);
        List<PreviewBlock> shown = session.update(text).applyTo(List.of());
        int at = text.indexOf("loose on purpose", text.length() / 2);
        String edited = text.substring(0, at) + "\r\n\r\nNew paragraph.\r\n\r\n" + text.substring(at);
        List<PreviewBlock> next = session.update(edited).applyTo(shown);
        assertThat(next).isEqualTo(full(edited));
        assertThat(session.sliceRenders()).isEqualTo(1);
    }

    @Test
    void aSliceNeverStartsInsideAParagraphThatBeganWithADefinition() {
        // the <img> line continues the paragraph the definition started; alone it would be an HTML block
        String text = "````\na\\*b\n````\n[foo]: https://example.com/foo\n<img src=\"/assets/x.png\">\n";
        PreviewSession session = new PreviewSession(renderer, ctx);
        List<PreviewBlock> shown = session.update(text).applyTo(List.of());
        assertThat(shown.get(1).html()).startsWith("<p");
        String edited = text + "\nalpha\n";
        assertThat(session.update(edited).applyTo(shown)).isEqualTo(full(edited));
    }
}
