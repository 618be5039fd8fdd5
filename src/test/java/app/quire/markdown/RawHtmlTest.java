package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Raw HTML a Hugo site leaves out (decision 0235): the export's filter writes goldmark's mark, the preview a
 * visible marker, Quire's own HTML (data-quire) stays, and the preview's sanitiser rules still hold.
 */
class RawHtmlTest {
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.shared();

    private static String preview(String body, boolean omit) {
        PreviewSession session = new PreviewSession(RENDERER, RenderContext.NONE, omit);
        session.update(body);
        return session.blocks().stream().map(PreviewBlock::html).collect(Collectors.joining("\n"));
    }

    @Test
    void exportWithoutAFilterIsUnchanged() {
        String md = "A <b>b</b>.\n\n<div>x</div>\n";
        assertThat(RENDERER.toHtml(md, null)).isEqualTo(RENDERER.toHtml(md));
        assertThat(RENDERER.toHtml(md, (s, e) -> true)).isEqualTo(RENDERER.toHtml(md));
    }

    @Test
    void exportFilterDecidesByOffsets() {
        String md = "A <b>b</b> and <i>i</i>.\n\n<div>x</div>\n\n<!--\nnote\n-->\n";
        int keepFrom = md.indexOf("<i>");
        int keepTo = md.indexOf("</i>") + 4;
        String html = RENDERER.toHtml(md, (s, e) -> s >= keepFrom && e <= keepTo);
        assertThat(html).isEqualTo("<p>A <!-- raw HTML omitted -->b<!-- raw HTML omitted --> and <i>i</i>.</p>\n"
                + "<!-- raw HTML omitted -->\n<!-- raw HTML omitted -->\n<!-- raw HTML omitted -->\n");
    }

    @Test
    void thePreviewMarksWhatTheExportLeavesOut() {
        String body = "A <span class=\"x\">word</span> here.\n\n<div onclick=\"bad()\">panel</div>\n\nNo HTML.\n";
        String marked = preview(body, true);
        assertThat(marked).contains("<span data-quire class=\"quire-marker\" title=\"The exported page leaves this "
                + "HTML out")
                .contains(">HTML</span>word<span data-quire class=\"quire-marker\"", ">HTML left out</span>")
                .doesNotContain("class=\"x\"", "panel", "onclick").contains("<p data-line");
        assertThat(preview(body, false)).contains("<span class=\"x\">word</span>", "panel")
                .doesNotContain("quire-marker", "onclick");
    }

    @Test
    void quiresOwnHtmlStaysAndIsStillSanitised() {
        String own = RawHtml.own("<figure><img src=\"a.png\" onerror=\"x()\"><figcaption><em>c</em></figcaption>"
                + "</figure>");
        assertThat(own).startsWith("<figure data-quire><img data-quire src=");
        String shown = preview("Inline " + own + " and <b>bold</b>.\n\n" + own + "\n", true);
        assertThat(shown).contains("<figure data-quire>", "<em data-quire>c</em>").doesNotContain("onerror", "<b>");
        assertThat(shown.split("quire-marker", -1)).hasSize(3); // the author's <b> and </b>
    }

    @Test
    void anAuthorsClosingTagIsOnlyOwnAfterQuiresOpeningOne() {
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        assertThat(RawHtml.isOwn("</span>", open)).isFalse();
        assertThat(RawHtml.isOwn("<span data-quire title=\"t\">", open)).isTrue();
        assertThat(RawHtml.isOwn("</b>", open)).isFalse();
        assertThat(RawHtml.isOwn("</span>", open)).isTrue();
        assertThat(open).isEmpty();
        assertThat(RawHtml.isOwn("<span class=\"data-quire\">", open)).isFalse();
        assertThat(RawHtml.isOwn("<!-- data-quire -->", open)).isFalse();
    }

    @Test
    void goldmarksClosingLineMarkOnlyForBlocksEndingOnALineOfTheirOwn() {
        for (String block : List.of("<pre>\nx\n</pre>\n", "<!--\nnote\n-->\n", "<?php\n?>\n", "<script>\n1</script>")) {
            assertThat(RawHtml.hasClosingLine(block)).as(block).isTrue();
        }
        for (String block : List.of("<pre>x</pre>\n", "<!-- one line -->\n", "<div>\nx\n</div>\n", "<!DOCTYPE html>\n",
                "<pre>\nnever closed\n")) {
            assertThat(RawHtml.hasClosingLine(block)).as(block).isFalse();
        }
    }
}
