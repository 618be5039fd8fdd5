package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs known to make Markdown parsers slow or overflow their stack (docs/robustness.md). Each must render to
 * something without a StackOverflowError; the timeout is a hang guard only, never a speed check. Sizes are big
 * enough to show a cubic blow-up or a recursion per nesting level, small enough for a noisy 2-core machine.
 */
class PathologicalMarkdownTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    static Stream<Arguments> inputs() {
        String list = nestedList(300, "- x");
        StringBuilder quotes = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            quotes.append(">".repeat(i)).append(" x\n");
        }
        return Stream.of(
                Arguments.of("2,000 nested block quotes on one line", ">".repeat(2000) + " deep\n"),
                Arguments.of("1,000 lines of growing quote depth", quotes.toString()),
                Arguments.of("300 nested list levels", list),
                Arguments.of("1,000 nested list levels (1 MB)", nestedList(1000, "- x")),
                Arguments.of("1,200 nested numbered list levels", nestedList(1200, "1. x")),
                Arguments.of("100,000 backticks", "`".repeat(100_000) + "\n"),
                Arguments.of("backtick runs of every length", backtickRuns(300)),
                Arguments.of("100,000 open brackets", "[".repeat(100_000) + "\n"),
                Arguments.of("5,000 unfinished inline links", "[a](".repeat(5_000) + "\n"),
                Arguments.of("50,000 unfinished inline links", "[a](".repeat(50_000) + "\n"),
                Arguments.of("100,000 unfinished inline links", "[a](".repeat(100_000) + "\n"),
                Arguments.of("20,000 unclosed link titles, then a closer", "[a](b (".repeat(20_000) + ")\n"),
                Arguments.of("a 100,000-character link title", "[a](b \"" + "x".repeat(100_000) + "\")\n"),
                Arguments.of("100,000 emphasis openers before links", "*[a](".repeat(100_000) + "\n"),
                Arguments.of("100,000 link reference definitions", definitions(100_000) + "\n[r7] [r99999]\n"),
                Arguments.of("100,000 lines starting with a bracket", "[a](b\n".repeat(100_000)),
                Arguments.of("50,000 image openers", "![".repeat(50_000) + "\n"),
                Arguments.of("emphasis delimiters", "*a".repeat(50_000) + "\n" + "**_".repeat(30_000) + "\n"),
                Arguments.of("100,000 less-than signs", "<".repeat(100_000) + "\n"),
                Arguments.of("50,000 unclosed divs", "<div>".repeat(50_000) + "\n"),
                Arguments.of("50,000 www.a as one word", "www.a".repeat(50_000) + "\n"),
                Arguments.of("100,000 www.a as one word (500 KB)", "www.a".repeat(100_000) + "\n"),
                Arguments.of("50,000 x.www. as one word", "x.www.".repeat(50_000) + "\n"),
                Arguments.of("100,000 bare schemes", "a:// ".repeat(100_000) + "\n"),
                Arguments.of("20,000 mail addresses after escapes", "a@b.c\\! ".repeat(20_000) + "\n"),
                Arguments.of("a 1,000-column table", "|" + "a|".repeat(1000) + "\n|" + "-|".repeat(1000) + "\n"
                        + ("|" + "x|".repeat(1000) + "\n").repeat(20)));
    }

    /** {@code n} lines, each one list level deeper than the one before (indented by the item's marker width). */
    static String nestedList(int n, String item) {
        int width = item.indexOf(' ') + 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(" ".repeat(i * width)).append(item).append('\n');
        }
        return sb.toString();
    }

    /** {@code n} link reference definitions, one a line, in one paragraph. */
    static String definitions(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("[r").append(i).append("]: /u/").append(i).append('\n');
        }
        return sb.toString();
    }

    private static String backtickRuns(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append("`".repeat(i)).append(' ');
        }
        return sb.append('\n').toString();
    }

    @Test
    void thePreviewSurvivesNestingThatOverflowsANormalStack() {
        // 2,000 quote levels is a 2 KB post; flexmark's renderer recurses per level and overflowed here
        String deep = ">".repeat(2000) + " deep\n\nAfter.\n";
        List<PreviewBlock> blocks = assertTimeoutPreemptively(HANG_GUARD,
                () -> MarkdownRenderer.shared().toPreviewBlocks(deep, 0, RenderContext.NONE));
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).html()).contains("deep");
        assertThat(blocks.get(1).html()).contains("After.");
    }

    @Test
    void exportSurvivesNestingThatOverflowsANormalStack() {
        String html = assertTimeoutPreemptively(HANG_GUARD,
                () -> MarkdownRenderer.shared().toHtml(">".repeat(20_000) + " deep\n"));
        assertThat(html).contains("deep").contains("<blockquote>");
    }

    @Test
    void whenEvenTheDeepStackOverflowsThePreviewShowsTheSourceAndExportSaysWhy() {
        // a small "deep" stack stands in for a post nested millions of levels deep
        MarkdownRenderer.deepStackBytes = 256 * 1024;
        try {
            String deeper = ">".repeat(20_000) + " x\n";
            List<PreviewBlock> blocks = assertTimeoutPreemptively(HANG_GUARD,
                    () -> MarkdownRenderer.shared().toPreviewBlocks(deeper, 0, RenderContext.NONE));
            assertThat(blocks).singleElement().satisfies(b -> assertThat(b.html()).contains("nested too deeply")
                    .contains("&gt;&gt;&gt; x"));
            assertThatThrownBy(() -> MarkdownRenderer.shared().toHtml(deeper))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("nested too deeply");
        } finally {
            MarkdownRenderer.deepStackBytes = MarkdownRenderer.DEEP_STACK_BYTES;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void rendersWithoutOverflowOrHang(String name, String markdown) {
        String html = assertTimeoutPreemptively(HANG_GUARD, () -> MarkdownRenderer.shared().toHtml(markdown));
        assertThat(html).as(name).isNotEmpty();
    }

    private static final Parser STOCK = StockFlexmark.PARSER;
    private static final HtmlRenderer STOCK_HTML = StockFlexmark.HTML;
    private static final Parser QUIRE = LegacyPipeline.parserOf(MarkdownRenderer.shared());

    /** Small texts of the slow shapes, and their neighbours, that the replacement pieces must parse as flexmark. */
    static Stream<Arguments> smallShapes() {
        List<Arguments> shapes = new ArrayList<>();
        String[] links = {"[a](", "[a](b", "[a](b(c)d", "[a](\\(", "[a](x) ", "[a](<b", "[a](b\\)c) ",
            "[x](a(b)c) [y](d e) [z](f\\)g) ", "[a](()) ", "[a]((b) ", "[a](b \"t\") ", "![i](", "[a](\\",
            "[a](b (", "[a](b \"", "[a](b '", "[a](b (x\\)", "[a](b \"x\\\"", "[a](b (c) ", "[a](b 'c\\'",
            "*[a](", "_[a] ", "**[a]** ", "*a [b](c) d* ", "[*a*](b) *", "~~[a](b)~~ *", "*[a]*[b](c)_"};
        for (String unit : links) {
            shapes.add(Arguments.of("repeated " + unit, unit.repeat(60) + "\n"));
            shapes.add(Arguments.of("repeated lines of " + unit, (unit + "\n").repeat(30)));
            shapes.add(Arguments.of("repeated " + unit + " and closers", unit.repeat(40) + ") \" '\n"));
        }
        shapes.add(Arguments.of("mixed destinations", "See [a](b(c) and [d](e)f) [g](h\\) i) [j](k\n(l)) "
                + "[m](\\\\) [n](o\tp) [q](r)\n"));
        shapes.add(Arguments.of("200 link definitions", definitions(200)));
        String[] underlines = {"===", "---", "  --  ", "-=-", "- - -", "--- x", "=\t", "=", "-", "==  =",
            "    ===", "***", "___", "-\t\t", "= ="};
        for (String u : underlines) {
            shapes.add(Arguments.of("definitions then " + u, definitions(5) + "Text\n" + u + "\n"));
            shapes.add(Arguments.of("bracket lines then " + u, "[a](b\n".repeat(5) + u + "\nafter\n"));
            shapes.add(Arguments.of("digit lines then " + u, "1,5\n2021-12-10 x\n".repeat(5) + u + "\n"));
            shapes.add(Arguments.of("list item then " + u, "- [a]: /b\n  [c]\n" + u + "\n"));
        }
        shapes.add(Arguments.of("ATX and setext mix", "# a #\n[r]: /u\n## b\n[x]\n===\n> [y]\n> ---\n"));
        for (String item : new String[] {"- x", "1. x", "* [ ] x", "+ x"}) {
            shapes.add(Arguments.of("nested 60 levels of " + item, nestedList(60, item)));
            shapes.add(Arguments.of("nested to the limit with " + item, nestedList(DeepListGuard.MAX_DEPTH, item)
                    + nestedList(DeepListGuard.MAX_DEPTH, item)));
        }
        StringBuilder loose = new StringBuilder();
        for (int i = 0; i < DeepListGuard.MAX_DEPTH; i++) {
            String pad = "  ".repeat(i);
            loose.append(pad).append("- item ").append(i).append("\n\n").append(pad).append("  more\n\n");
        }
        shapes.add(Arguments.of("loose list to the limit", loose.toString()));
        String[] autolinks = {"www.a", "x.www.", "a:// ", "a://", "http://a.b ", "www.a.b ", "a@b.c ", "a.b@",
            "a@b.c\\! ", "http://a\\. ", "a&amp;http://b ", "x.y://z ", "www.a\\.b ", "a.b-c+d://", "-a:// "};
        for (String unit : autolinks) {
            shapes.add(Arguments.of("repeated " + unit, unit.repeat(60) + "\n"));
            shapes.add(Arguments.of("repeated " + unit + " then a scheme", unit.repeat(40) + "://\n"));
        }
        return shapes.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallShapes")
    void theFixedPathsParseSmallShapesAsFlexmarkDoes(String name, String markdown) {
        QuickMatchInlineParser.scanAllowance = 0;   // the destination index from the first scan on
        try {
            assertThat(OldVsNewAstTest.ast(QUIRE, markdown)).as(name)
                    .isEqualTo(OldVsNewAstTest.ast(STOCK, markdown));
            assertThat(STOCK_HTML.render(QUIRE.parse(markdown))).as(name)
                    .isEqualTo(STOCK_HTML.render(STOCK.parse(markdown)));
            assertThat(MarkdownRenderer.shared().toHtml(markdown)).as(name)
                    .isEqualTo(LegacyPipeline.renderer().toHtml(markdown));
        } finally {
            QuickMatchInlineParser.scanAllowance = QuickMatchInlineParser.SCAN_ALLOWANCE;
        }
    }

    @Test
    void listsDeeperThanTheLimitKeepEveryLineAndThePreviewSaysSo() {
        int levels = DeepListGuard.MAX_DEPTH + 40;
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            md.append("  ".repeat(i)).append("- item").append(i).append('\n');
        }
        md.append("\nAfter.\n");
        String html = assertTimeoutPreemptively(HANG_GUARD, () -> MarkdownRenderer.shared().toHtml(md.toString()));
        for (int i = 0; i < levels; i++) {
            // items to the limit are list items; the deeper ones are their lines as text of the deepest item
            assertThat(html).contains((i < DeepListGuard.MAX_DEPTH ? "<li>item" : "- item") + i);
        }
        assertThat(html.split("<ul>", -1)).hasSize(DeepListGuard.MAX_DEPTH + 1);
        List<PreviewBlock> blocks = MarkdownRenderer.shared().toPreviewBlocks(md.toString(), 0, RenderContext.NONE);
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).html()).contains(MarkdownRenderer.FLATTENED_NOTE).contains("item" + (levels - 1))
                .endsWith("</ul>");
        assertThat(blocks.get(1).html()).contains("After.").doesNotContain(MarkdownRenderer.FLATTENED_NOTE);
    }

    @Test
    void aListAtTheLimitHasNoNote() {
        String md = nestedList(DeepListGuard.MAX_DEPTH, "- x");
        List<PreviewBlock> blocks = MarkdownRenderer.shared().toPreviewBlocks(md, 0, RenderContext.NONE);
        assertThat(blocks).singleElement().satisfies(b -> assertThat(b.html())
                .doesNotContain(MarkdownRenderer.FLATTENED_NOTE));
    }

    @Test
    void theHeadingFactoryIsInFlexmarksPlace() {
        // same factories in the same order, Quire's two standing in for flexmark's heading and list factories
        assertThat(factoryOrder(QUIRE)).isEqualTo(factoryOrder(LegacyPipeline.parserOf(LegacyPipeline.renderer()))
                .stream().map(n -> n.replace("HeadingParser$Factory", "QuickHeadingFactory")
                        .replace("ListBlockParser$Factory", "DeepListGuard")).toList());
    }

    private static List<String> factoryOrder(Parser parser) {
        try {
            java.lang.reflect.Field field = Parser.class.getDeclaredField("blockParserFactories");
            field.setAccessible(true);
            List<String> names = new ArrayList<>();
            for (Object f : (List<?>) field.get(parser)) {
                names.add(f.getClass().getName().replaceAll(".*\\.", ""));
            }
            return names;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("flexmark's Parser has no blockParserFactories field", e);
        }
    }
}
