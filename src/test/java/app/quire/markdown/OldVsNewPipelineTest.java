package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The current pipeline against the set-up from before the speed work ({@link LegacyPipeline}, decisions
 * 0140-0143): the same export HTML and preview blocks for every golden case (including fixtures added after the
 * golden list was written) and for random link-heavy documents.
 */
class OldVsNewPipelineTest {
    private final MarkdownRenderer current = MarkdownRenderer.shared();
    private final MarkdownRenderer legacy = LegacyPipeline.renderer();

    @Test
    void sameOutputForEveryGoldenCase() throws Exception {
        for (Map.Entry<String, String> c : GoldenOutputTest.cases().entrySet()) {
            String text = c.getValue();
            assertThat(current.toHtml(text)).as(c.getKey()).isEqualTo(legacy.toHtml(text));
            assertThat(current.toPreviewBlocks(text, 2, RenderContext.NONE)).as(c.getKey())
                    .isEqualTo(legacy.toPreviewBlocks(text, 2, RenderContext.NONE));
        }
    }

    @Property(tries = 200)
    void sameOutputForGeneratedDocuments(@ForAll @LongRange(min = 1000, max = 1_000_000) long seed) {
        String text = LinkyMarkdown.document(seed, 600);
        assertThat(current.toHtml(text)).isEqualTo(legacy.toHtml(text));
        assertThat(current.toPreviewBlocks(text, 3, RenderContext.NONE))
                .isEqualTo(legacy.toPreviewBlocks(text, 3, RenderContext.NONE));
    }
}
