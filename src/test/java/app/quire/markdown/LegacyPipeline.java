package app.quire.markdown;

/**
 * The pipeline with the parser set-up from before the speed work (flexmark's autolinker on every text node,
 * tracked document lines), for the benchmark's old-vs-new comparison and the equivalence tests.
 */
public final class LegacyPipeline {
    private static final MarkdownRenderer LEGACY = new MarkdownRenderer(true);

    private LegacyPipeline() {
    }

    public static MarkdownRenderer renderer() {
        return LEGACY;
    }
}
