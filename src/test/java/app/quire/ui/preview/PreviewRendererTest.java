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
}
