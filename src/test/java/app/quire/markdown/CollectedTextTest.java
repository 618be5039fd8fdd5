package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CollectedText} gives what flexmark's {@code TextCollectingVisitor} gives, for every node and the flag
 * sets Quire and flexmark use, and its un-escaping gives flexmark's sequence (text and every offset); the shapes
 * decision 0201 left quadratic render with the ids and alt texts stock flexmark gives (decision 0243).
 */
class CollectedTextTest {
    private static final Parser QUIRE = LegacyPipeline.parserOf(MarkdownRenderer.shared());
    private static final int HEADING_ID = TextContainer.F_FOR_HEADING_ID;
    private static final int[] FLAGS = {0, HEADING_ID,
        HEADING_ID + TextContainer.F_NO_TRIM_REF_TEXT_START + TextContainer.F_NO_TRIM_REF_TEXT_END,
        TextContainer.F_NODE_TEXT, TextContainer.F_LINK_TEXT_TYPE, TextContainer.F_ADD_SPACES_BETWEEN_NODES};

    @Provide
    Arbitrary<String> inline() {
        Arbitrary<String> pieces = Arbitraries.of("x", "a b", " ", "\n", "  \n", "\\\n", "\\.", "\\*", "\\\\",
                "\\[", "\\]", "\\&", "\\`", "&amp;", "&#64;", "&#x41;", "&copy;", "&bogus;", "&", "*", "**", "_",
                "~~", "`", "``", "[", "]", "](/u)", "![", "[r]", "[]", "<b>", "</b>", "<!-- c -->", "http://a.b",
                "www.c.d", "a@b.c", "<http://e.f>", "[^1]", "é", "\u001f", "\t", "x\\. x\\. ", "&amp;&amp;");
        return pieces.list().ofMaxSize(25).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> contexts() {
        return Arbitraries.of(InlineTextTest.CONTEXTS);
    }

    @Property(tries = 1500)
    void collectsWhatFlexmarksCollectorCollects(@ForAll("inline") String content, @ForAll("contexts") String context) {
        String md = context.replace("%s", content);
        for (Node n : QUIRE.parse(md).getDescendants()) {
            for (int flags : FLAGS) {
                assertThat(outcome(() -> CollectedText.of(n, flags)))
                        .as("%s in %s, flags %s", n.getNodeName(), md, flags)
                        .isEqualTo(outcome(() -> new TextCollectingVisitor().collectAndGetText(n, flags)));
            }
        }
    }

    /**
     * The text, or what was thrown: flexmark itself fails on some nodes with some flags (a link reference in a
     * footnote with {@code F_LINK_TEXT_TYPE} finds no document), and then both must fail alike.
     */
    private static String outcome(java.util.function.Supplier<Object> s) {
        try {
            return "gave " + s.get();
        } catch (RuntimeException | AssertionError e) {
            return "threw " + e;
        }
    }

    @Property(tries = 1500)
    void unescapesAsFlexmarkDoesOffsetForOffset(@ForAll("inline") String content) {
        for (Node n : QUIRE.parse(content + "\n").getDescendants()) {
            if (n instanceof Text) {
                assertSameSequence(CollectedText.unescaped(n.getChars()),
                        Escaping.unescape(n.getChars(), new ReplacedTextMapper(n.getChars())), content);
            }
        }
    }

    private static void assertSameSequence(BasedSequence ours, BasedSequence flexmarks, String input) {
        assertThat(ours.toString()).as(input).isEqualTo(flexmarks.toString());
        assertThat(outcome(ours::getSourceRange)).as(input).isEqualTo(outcome(flexmarks::getSourceRange));
        for (int i = 0; i <= ours.length(); i++) {
            int at = i;
            assertThat(outcome(() -> ours.getIndexOffset(at))).as("offset %s of %s", i, input)
                    .isEqualTo(outcome(() -> flexmarks.getIndexOffset(at)));
        }
    }

    static Stream<Arguments> biggerShapes() {
        String escapes = "x\\. ".repeat(3_000);
        String entities = "&amp; x&amp;&#64;".repeat(1_000);
        return Stream.of(
                Arguments.of("heading with emphasis and escapes", "# *a* " + escapes + "\n"),
                Arguments.of("heading's link text of escapes", "# [" + escapes + "](/u)\n"),
                Arguments.of("heading with code, entities and escapes", "## `c` " + entities + escapes + " ##\n"),
                Arguments.of("setext heading with a line break", "*a*  \n" + escapes + "\n---\n"),
                Arguments.of("alt text with emphasis and escapes", "![*a* " + escapes + "](/i.png \"t\")\n"),
                Arguments.of("alt text with entities", "![" + entities + " *b*](/i.png)\n"),
                Arguments.of("image reference with markup", "![**b** " + escapes + "][r]\n\n[r]: /i.png\n"),
                Arguments.of("image in a heading", "# x ![*a* " + escapes + "](/i) y\n"));
    }

    /** Sizes where flexmark's collector still finishes quickly: the whole pipeline against stock flexmark. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("biggerShapes")
    void biggerShapesAsStockFlexmark(String name, String markdown) {
        EscapesAndEntitiesTest.assertSameAsFlexmark(markdown);
        for (Node n : QUIRE.parse(markdown).getDescendants()) {
            if (n instanceof Heading || n instanceof Image || n instanceof ImageRef) {
                for (int flags : FLAGS) {
                    assertThat(CollectedText.of(n, flags)).as(name)
                            .isEqualTo(new TextCollectingVisitor().collectAndGetText(n, flags));
                }
            }
        }
    }

    /**
     * Hang guards (60 s; 100,000 took 6-7 s export and 12 s preview before, 200,000 four times that) with the
     * id and alt text they give, export and preview.
     */
    @Test
    void twoHundredThousandEscapesBesideMarkup() {
        int n = 200_000;
        Duration guard = Duration.ofSeconds(60);
        // the id flexmark gives, checked small: "a-x-x-...-x"
        for (String small : List.of("# *a* " + "x\\. ".repeat(3) + "\n", "# [*a* " + "x\\. ".repeat(3) + "](/u)\n")) {
            assertThat(StockFlexmark.HTML.render(StockFlexmark.PARSER.parse(small))).contains("id=\"a-x-x-x\"");
        }
        for (String md : List.of("# *a* " + "x\\. ".repeat(n) + "\n", "# [*a* " + "x\\. ".repeat(n) + "](/u)\n")) {
            String id = "id=\"a-" + "x-".repeat(n - 1) + "x\"";
            assertThat(assertTimeoutPreemptively(guard, () -> MarkdownRenderer.shared().toHtml(md))).contains(id);
            assertThat(assertTimeoutPreemptively(guard,
                    () -> MarkdownRenderer.shared().toPreviewBlocks(md, 0, RenderContext.NONE)).get(0).html())
                    .contains(id);
        }
        // flexmark's collector folds the source between the emphasis and the text in: "a* x. x. ... "
        for (int small2 : new int[] {3, 4}) {
            assertThat(StockFlexmark.HTML.render(StockFlexmark.PARSER.parse("![*a* " + "x\\. ".repeat(small2)
                    + "](/i.png)\n"))).contains("alt=\"a* " + "x. ".repeat(small2) + "\"");
        }
        String alt = "![*a* " + "x\\. ".repeat(n) + "](/i.png)\n";
        String altText = "alt=\"a* " + "x. ".repeat(n) + "\"";
        assertThat(assertTimeoutPreemptively(guard, () -> MarkdownRenderer.shared().toHtml(alt))).contains(altText);
        assertThat(assertTimeoutPreemptively(guard,
                () -> MarkdownRenderer.shared().toPreviewBlocks(alt, 0, RenderContext.NONE)).get(0).html())
                .contains(altText);
    }
}
