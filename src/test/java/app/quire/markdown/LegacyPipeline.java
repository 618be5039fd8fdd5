package app.quire.markdown;

import com.vladsch.flexmark.parser.Parser;
import java.lang.reflect.Field;

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

    /** The flexmark parser inside a pipeline, for parse-only measurements (read from its private field). */
    public static Parser parserOf(MarkdownRenderer renderer) {
        try {
            Field field = MarkdownRenderer.class.getDeclaredField("parser");
            field.setAccessible(true);
            return (Parser) field.get(renderer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("MarkdownRenderer has no parser field", e);
        }
    }
}
