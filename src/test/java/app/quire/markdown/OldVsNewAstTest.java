package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The parser's fast paths (decisions 0141, 0142, 0146-0149) must build the very same syntax tree as flexmark's own
 * set-up ({@link LegacyPipeline}): node kinds, nesting, and each node's source range and parts as flexmark prints
 * them ({@code Node.toAstString(true)}). Stricter than comparing HTML, which could hide, say, a text node split
 * in two.
 */
class OldVsNewAstTest {
    private final Parser current = LegacyPipeline.parserOf(MarkdownRenderer.shared());
    private final Parser legacy = LegacyPipeline.parserOf(LegacyPipeline.renderer());

    @Test
    void sameTreeForEveryGoldenCase() throws Exception {
        for (Map.Entry<String, String> c : GoldenOutputTest.cases().entrySet()) {
            assertThat(ast(current, c.getValue())).as(c.getKey()).isEqualTo(ast(legacy, c.getValue()));
        }
    }

    @Property(tries = 200)
    void sameTreeForGeneratedDocuments(@ForAll @LongRange(min = 1000, max = 1_000_000) long seed) {
        String text = LinkyMarkdown.document(seed, 1500);
        assertThat(ast(current, text)).isEqualTo(ast(legacy, text));
    }

    static String ast(Parser parser, String text) {
        StringBuilder sb = new StringBuilder();
        dump(parser.parse(text), 0, sb);
        return sb.toString();
    }

    private static void dump(Node node, int depth, StringBuilder sb) {
        sb.append("  ".repeat(depth)).append(node.toAstString(true)).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, sb);
        }
    }
}
