package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backslash escapes and entities in every inline context: Quire's pipeline gives the tree and HTML of stock
 * flexmark (same extensions and options, none of Quire's pieces), its export the HTML of the set-up before
 * Quire's speed-ups (flexmark's autolinker and renderer) and its preview the same blocks (docs/decisions/0196).
 * Big sizes of these shapes are hang-guarded here too; their times are in docs/robustness.md.
 */
class EscapesAndEntitiesTest {
    private static final Parser STOCK = StockFlexmark.PARSER;
    private static final HtmlRenderer STOCK_HTML = StockFlexmark.HTML;
    private static final Parser QUIRE = LegacyPipeline.parserOf(MarkdownRenderer.shared());

    /** Where a unit goes: %s is the unit repeated. */
    static final String[] CONTEXTS = {
        "%s\n", "Intro.\n\n%s\n", "%s", "x%sy\n", "# %s\n", "## %s ##\n", "%s\n===\n", "[%s](/u)\n",
        "[%s][r]\n\n[r]: /u\n", "![%s](/i.png)\n", "[a](/u \"%s\")\n", "*%s*\n", "**%s**\n", "_a %s b_\n",
        "~~%s~~\n", "| a | b |\n|---|---|\n| %s | x |\n", "- %s\n- [ ] %s\n", "> %s\n", "Text[^1]\n\n[^1]: %s\n",
        "`%s`\n", "<%s>\n", "see http://a.b/%s and www.c.d %s e@f.g\n"};

    static List<String> units() {
        List<String> units = new ArrayList<>();
        for (char c = '!'; c <= '~'; c++) {
            if (!Character.isLetterOrDigit(c)) {
                units.add("x\\" + c + " "); // every ASCII punctuation escaped, then glued: \c\c
                units.add("\\" + c);
            }
        }
        units.addAll(List.of("\\a ", "\\\\ ", "\\", "\\\n", "a\\\nb ", "\\ ",
                "&amp; ", "x&amp;", "&amp;", "&lt;b&gt; ", "&copy;", "&nbsp;x ", "&AElig; ", "&ngE; ", "&bogus; ",
                "&amp ", "&#123; ", "x&#123;", "&#0; ", "&#65; ", "&#x41; ", "&#X41; ", "&#xD800; ", "&#99999999; ",
                "&#1234567; ", "&#;", "&#x; ", "&; ", "&#64; ", "&#x40;x ", "&#58;// ", "&#119;ww.a ",
                "&commat; ", "&colon;", "&amp;#64; ", "&amp;amp; ", "\\&amp; ", "&\\#64; ",
                "x\\. &amp; \\* &#123; ", "\\*x\\_ &#x41;\\[", "a\\@b.c ", "www\\.a.b ", "a&amp;http://b ",
                "http://a\\.b ", "x\\:// ", "é\\*&eacute;"));
        return units;
    }

    static Stream<Arguments> smallInputs() {
        List<Arguments> inputs = new ArrayList<>();
        for (String unit : units()) {
            for (String context : CONTEXTS) {
                String md = context.replace("%s", unit.repeat(12));
                inputs.add(Arguments.of(escapeName(context.replace("%s", unit)), md));
            }
        }
        return inputs.stream();
    }

    private static String escapeName(String s) {
        return s.replace("\n", "\\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallInputs")
    void parsesAndRendersAsStockFlexmark(String name, String markdown) {
        assertSameAsFlexmark(markdown);
    }

    static void assertSameAsFlexmark(String markdown) {
        for (Node n : QUIRE.parse(markdown).getDescendants()) {
            if (n instanceof Heading heading) {
                assertThat(HeadingIds.refText(heading)).as(markdown).isEqualTo(heading.getAnchorRefText());
            }
        }
        assertThat(OldVsNewAstTest.ast(QUIRE, markdown)).as(markdown)
                .isEqualTo(OldVsNewAstTest.ast(STOCK, markdown));
        assertThat(STOCK_HTML.render(QUIRE.parse(markdown))).as(markdown)
                .isEqualTo(STOCK_HTML.render(STOCK.parse(markdown)));
        assertThat(MarkdownRenderer.shared().toHtml(markdown)).as(markdown)
                .isEqualTo(LegacyPipeline.renderer().toHtml(markdown));
        assertThat(MarkdownRenderer.shared().toPreviewBlocks(markdown, 0, RenderContext.NONE)).as(markdown)
                .isEqualTo(LegacyPipeline.renderer().toPreviewBlocks(markdown, 0, RenderContext.NONE));
    }

    @Provide
    Arbitrary<String> mixes() {
        Arbitrary<String> pieces = Arbitraries.of("x", "a", "w", "www.", ".", ":", "://", "/", "@", "#", ";",
                "1", " ", "  ", "\n", "&", "&amp;", "&AMP;", "&#38;", "&#64;", "&#x40;", "&#58;", "&#123;", "&#x41;",
                "&copy;", "&bogus;", "&#;", "amp;", "#64;", "\\", "\\.", "\\*", "\\_", "\\&", "\\\\", "\\@", "\\[",
                "\\]", "\\`", "\\|", "\\a", "*", "_", "~~", "`", "[", "](/u)", "|", "http://a.b", "a@b.c", "é",
                "\u001f");
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }

    @Property(tries = 400)
    void randomMixesInRandomContextsAsStockFlexmark(@ForAll("mixes") String mix,
            @ForAll("contexts") String context) {
        assertSameAsFlexmark(context.replace("%s", mix));
    }

    @Property(tries = 1000)
    void headingTextAsFlexmarkCollectsIt(@ForAll("mixes") String mix, @ForAll boolean setext) {
        String md = setext ? mix.replace("\n", " ") + "\n---\n" : "# " + mix.replace("\n", " ") + "\n";
        for (Node n : QUIRE.parse(md).getDescendants()) {
            if (n instanceof Heading heading) {
                assertThat(HeadingIds.refText(heading)).as(md).isEqualTo(heading.getAnchorRefText());
            }
        }
    }

    @Provide
    Arbitrary<String> contexts() {
        return Arbitraries.of(CONTEXTS);
    }

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    static Stream<Arguments> bigInputs() {
        return Stream.of(
                Arguments.of("100,000 escapes with spaces", "x\\. ".repeat(100_000) + "\n"),
                Arguments.of("100,000 escaped stars", "\\*".repeat(100_000) + "\n"),
                Arguments.of("50,000 entities glued to text", "x&amp;".repeat(50_000) + "\n"),
                Arguments.of("50,000 numeric entities glued to text", "x&#123;".repeat(50_000) + "\n"),
                Arguments.of("50,000 escapes in a heading", "# " + "x\\. ".repeat(50_000) + "\n"),
                Arguments.of("50,000 escapes in link text", "[" + "x\\. ".repeat(50_000) + "](/u)\n"),
                Arguments.of("50,000 escapes in a table cell", "| a |\n|---|\n| " + "x\\. ".repeat(50_000) + "|\n"),
                Arguments.of("50,000 escapes in emphasis", "*" + "x\\. ".repeat(50_000) + "*\n"),
                Arguments.of("50,000 escapes then a link", "x\\. ".repeat(50_000) + "http://a.b\n"),
                Arguments.of("50,000 escapes in an alt text", "![" + "x\\. ".repeat(50_000) + "](/i.png)\n"),
                Arguments.of("50,000 escapes in an image reference",
                        "![" + "x\\. ".repeat(50_000) + "][r]\n\n[r]: /i.png\n"),
                Arguments.of("50,000 escapes in a heading with emphasis", "# *a* " + "x\\. ".repeat(50_000) + "\n"),
                Arguments.of("50,000 escapes in a heading's link", "# [" + "x\\. ".repeat(50_000) + "](/u)\n"),
                Arguments.of("50,000 escapes in an alt text with emphasis",
                        "![*a* " + "x\\. ".repeat(50_000) + "](/i.png)\n"),
                Arguments.of("50,000 entities in a heading with emphasis", "# *a* " + "&amp; ".repeat(50_000) + "\n"),
                Arguments.of("50,000 entities in an alt text with emphasis",
                        "![*a* " + "x&amp;".repeat(50_000) + "](/i.png)\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bigInputs")
    void bigShapesRender(String name, String markdown) {
        String html = assertTimeoutPreemptively(HANG_GUARD, () -> MarkdownRenderer.shared().toHtml(markdown));
        assertThat(html).as(name).isNotEmpty();
        assertThat(assertTimeoutPreemptively(HANG_GUARD,
                () -> MarkdownRenderer.shared().toPreviewBlocks(markdown, 0, RenderContext.NONE))).isNotEmpty();
    }
}
