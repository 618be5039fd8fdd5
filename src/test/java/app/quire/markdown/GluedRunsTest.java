package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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
 * Runs of text and entity nodes glued together (no space at their joins) with links in or after them: the
 * autolink step's early answer for a node whose run's first link lies in a later node, and the text nodes it skips
 * because no link can start in them (docs/decisions/0201). Same tree and HTML as stock flexmark.
 */
class GluedRunsTest {
    @Provide
    Arbitrary<String> glued() {
        Arbitrary<String> pieces = Arbitraries.of("x", "a", "y1", "b.c", "+", "-", ".", "#", ";", "lt;", "amp;",
                "#64;", "x41;", "commat;", "&amp;", "&AMP;", "&#38;", "&#x26;", "&#64;", "&commat;", "&lt;", "&copy;",
                "&period;", "&plus;", "&#58;", "&colon;", "&bsol;", "&amp;amp;", "&amp;lt;", "&amp;#64;", "\\.",
                "\\&", ":", "://", "@", "w", "www.", "http://b", "https://c.d/e", "www.e.f", "a@b.c", "mailto:",
                " ", "_", "*", "`", "\u001f", "é", "\t", "\n\t ", "  \n\t");
        return pieces.list().ofMinSize(1).ofMaxSize(30).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> prefixes() {
        // where the paragraph starts moves flexmark's misaligned entity ranges over the run
        return Arbitraries.of("", "Intro.\n\n", "x\n\n", "# h\n\n", "> ", "- ", "A much longer introduction.\n\n");
    }

    @Property(tries = 1500)
    void gluedRunsAsStockFlexmark(@ForAll("glued") String run, @ForAll("prefixes") String prefix,
            @ForAll("glued") String more) {
        EscapesAndEntitiesTest.assertSameAsFlexmark(prefix + run + more + "\n");
    }

    @Property(tries = 300)
    void repeatedGluedUnitsAsStockFlexmark(@ForAll("glued") String unit, @ForAll("prefixes") String prefix) {
        EscapesAndEntitiesTest.assertSameAsFlexmark(prefix + unit.repeat(15) + "http://z.y/\n");
    }

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("x&amp; then a URL", "x&amp;".repeat(300) + "http://a.b/\n"),
                Arguments.of("a&amp;http://b ", "a&amp;http://b ".repeat(300) + "\n"),
                Arguments.of("x&amp;x&#38; then a mail address", "x&amp;x&#38;".repeat(100) + "a@b.c\n"),
                Arguments.of("x&amp; then www", "x&amp;".repeat(300) + "www.a.b\n"),
                Arguments.of("x&amp;lt; then a URL", "x&amp;lt;".repeat(200) + "http://a.b/\n"),
                Arguments.of("a.b&amp; then a URL", "a.b&amp;".repeat(200) + "http://a.b/\n"),
                Arguments.of("x&#58; then //", "x&#58;".repeat(200) + "//a.b\n"),
                Arguments.of("after a prefix", "Intro.\n\n" + "x&amp;".repeat(300) + "http://a.b/\n"),
                // found by OldVsNewAstTest: a tab at a line start is spaces that are not source text
                Arguments.of("after a tab", "Intro.\n\n&#64; [ref] \\:a@b~~ é@example.invalid w.\\\n"
                        + "\t ftp:// \\@www https://example.invalid/p &#119;ww. ftp:// '\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void longerGluedShapesAsStockFlexmark(String name, String markdown) {
        EscapesAndEntitiesTest.assertSameAsFlexmark(markdown);
    }

    static Stream<Arguments> bigShapes() {
        return Stream.of(
                Arguments.of("50,000 x&amp; then a URL", "x&amp;".repeat(50_000) + "http://a.b/\n",
                        "<p>" + "x&amp;".repeat(50_000) + "<a href=\"http://a.b/\">http://a.b/</a></p>\n"),
                Arguments.of("20,000 a&amp;http://b", "a&amp;http://b ".repeat(20_000) + "\n",
                        "<p>a&amp;" + "<a href=\"http://b\">http://b</a> a&amp;".repeat(19_999)
                                + "<a href=\"http://b\">http://b</a></p>\n"));
    }

    /** Hang guards (60 s; these took 16 s at 2,000 and 4 s at 20,000 before 0201), with the HTML they give. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bigShapes")
    void bigGluedShapesRender(String name, String markdown, String html) {
        Duration guard = Duration.ofSeconds(60);
        assertThat(assertTimeoutPreemptively(guard, () -> MarkdownRenderer.shared().toHtml(markdown)))
                .isEqualTo(html);
        String preview = assertTimeoutPreemptively(guard,
                () -> MarkdownRenderer.shared().toPreviewBlocks(markdown, 0, RenderContext.NONE)).get(0).html();
        assertThat(preview.split("</a>", -1).length).isEqualTo(html.split("</a>", -1).length);
    }
}
