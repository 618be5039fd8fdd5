package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            list.append("  ".repeat(i)).append("- x\n");
        }
        StringBuilder quotes = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            quotes.append(">".repeat(i)).append(" x\n");
        }
        return Stream.of(
                Arguments.of("2,000 nested block quotes on one line", ">".repeat(2000) + " deep\n"),
                Arguments.of("1,000 lines of growing quote depth", quotes.toString()),
                Arguments.of("300 nested list levels", list.toString()),
                Arguments.of("100,000 backticks", "`".repeat(100_000) + "\n"),
                Arguments.of("backtick runs of every length", backtickRuns(300)),
                Arguments.of("100,000 open brackets", "[".repeat(100_000) + "\n"),
                Arguments.of("5,000 unfinished inline links", "[a](".repeat(5_000) + "\n"),
                Arguments.of("50,000 image openers", "![".repeat(50_000) + "\n"),
                Arguments.of("emphasis delimiters", "*a".repeat(50_000) + "\n" + "**_".repeat(30_000) + "\n"),
                Arguments.of("100,000 less-than signs", "<".repeat(100_000) + "\n"),
                Arguments.of("50,000 unclosed divs", "<div>".repeat(50_000) + "\n"),
                Arguments.of("a 1,000-column table", "|" + "a|".repeat(1000) + "\n|" + "-|".repeat(1000) + "\n"
                        + ("|" + "x|".repeat(1000) + "\n").repeat(20)));
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
}
