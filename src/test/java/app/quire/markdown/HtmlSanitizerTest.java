package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {
    @Test
    void dropsScriptCapableElementsAndTheirScripts() {
        assertThat(HtmlSanitizer.sanitize("<p>a<script type=\"x\">alert(1)</script>b</p>")).isEqualTo("<p>ab</p>");
        assertThat(HtmlSanitizer.sanitize("<SCRIPT>x</SCRIPT>")).isEmpty();
        assertThat(HtmlSanitizer.sanitize("<iframe src=\"https://e.com\"></iframe><object data=\"x\"></object>"
                + "<embed src=\"y\">")).isEmpty();
    }

    @Test
    void dropsEventHandlersAndScriptUrls() {
        assertThat(HtmlSanitizer.sanitize("<img src=\"a.png\" onerror=\"x()\" alt='k'>"))
                .isEqualTo("<img src=\"a.png\" alt='k'>");
        assertThat(HtmlSanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("<a>x</a>");
        assertThat(HtmlSanitizer.sanitize("<a href=\" JaVa&#x53;cript&colon;x\">x</a>")).isEqualTo("<a>x</a>");
        assertThat(HtmlSanitizer.sanitize("<a href=\"java\tscript:x\">x</a>")).isEqualTo("<a>x</a>");
        assertThat(HtmlSanitizer.sanitize("<a HREF=https://ok.example/>x</a>"))
                .isEqualTo("<a HREF=https://ok.example/>x</a>");
        assertThat(HtmlSanitizer.sanitize("<div OnMouseOver=\"x\" class=\"c\">")).isEqualTo("<div class=\"c\">");
    }

    @Test
    void malformedMarkupCannotSmuggleATag() {
        assertThat(HtmlSanitizer.sanitize("<img src=x onerror=alert(1)//")).startsWith("&lt;img");
        assertThat(HtmlSanitizer.sanitize("a < b")).isEqualTo("a &lt; b");
    }

    @Test
    void keepsOrdinaryHtmlAndComments() {
        String html = "<details>\n<summary>More</summary>\n<!-- note -->\n<em>x</em>\n</details>";
        assertThat(HtmlSanitizer.sanitize(html)).isEqualTo(html);
    }

    @Test
    void theBlockSeparatorCannotBeSmuggledIntoThePreview() {
        assertThat(HtmlSanitizer.sanitize("<!--quire-block-->")).isEmpty();
        assertThat(HtmlSanitizer.sanitize("<div title=\"<!--quire-block-->\">x</div>"))
                .doesNotContain(PreviewNodeRenderer.BLOCK_MARK);
        String md = "<div title=\"<!--quire-block-->\">x</div>\n\npara `<!--quire-block-->`\n";
        assertThat(MarkdownRenderer.shared().toPreviewBlocks(md, 0, RenderContext.NONE)).hasSize(2);
    }
}
