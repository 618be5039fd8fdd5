package app.quire.site;

import static app.quire.site.ExportFixtures.jekyllSite;
import static app.quire.site.ExportFixtures.options;
import static org.assertj.core.api.Assertions.assertThat;

import app.quire.markdown.AttributeMarks;
import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.PreviewBlock;
import app.quire.markdown.PreviewSession;
import app.quire.markdown.RenderContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kramdown's attribute lists applied to their elements, in the export and in the preview (decision 0220). */
class KramdownAttributesTest {
    @TempDir
    Path temp;

    /** The body of a Jekyll post, HTML as the export writes it (Markdown, then marks applied). */
    private static String exported(String body) {
        String marked = KramdownMarks.strip(body, "_posts/x.md", 3, new ArrayList<>());
        return AttributeMarks.apply(MarkdownRenderer.shared().toHtml(marked));
    }

    @Test
    void blockListsGoToTheBlockBeforeOrElseAfter() {
        assertThat(exported("A paragraph.\n{: .lead #intro data-x=\"1\"}\n")).isEqualTo(
                "<p class=\"lead\" id=\"intro\" data-x=\"1\">A paragraph.</p>\n");
        assertThat(exported("{: .before}\nPara before.\n")).isEqualTo("<p class=\"before\">Para before.</p>\n");
        assertThat(exported("Above.\n{: .mine}\nBelow.\n")).as("directly after and before: the one before")
                .isEqualTo("<p class=\"mine\">Above.</p>\n<p>Below.</p>\n");
        assertThat(exported("## Process ##\n{: .sec}\n")).isEqualTo("<h2 class=\"sec\" id=\"process\">Process</h2>\n");
        assertThat(exported("## Named\n{: #custom .a}\n")).isEqualTo("<h2 id=\"custom\" class=\"a\">Named</h2>\n");
        assertThat(exported("* one\n* two\n{: .list}\n")).startsWith("<ul class=\"list\">\n<li>one</li>");
        assertThat(exported("> quote\n{: .q}\n")).startsWith("<blockquote class=\"q\">");
        assertThat(exported("| a | b |\n|---|---|\n| 1 | 2 |\n{: .t}\n")).startsWith("<table class=\"t\">");
        assertThat(exported("```\ncode\n```\n{: .c}\n")).startsWith("<pre class=\"c\"><code>code");
        assertThat(exported("![alt](/p.png)\n{: .imgp}\n")).isEqualTo(
                "<p class=\"imgp\"><img src=\"/p.png\" alt=\"alt\" /></p>\n");
        assertThat(exported("Two.\n{: .one}\n{: .two}\n")).isEqualTo("<p class=\"one two\">Two.</p>\n");
        assertThat(exported("{:ref: .refd #rid}\nWith a definition.\n{: ref}\n")).isEqualTo(
                "<p class=\"refd\" id=\"rid\">With a definition.</p>\n");
    }

    @Test
    void spanListsGoToTheElementRightBefore() {
        assertThat(exported("[x](http://u){:target=\"_blank\" rel=\"noopener\"}")).isEqualTo(
                "<p><a href=\"http://u\" target=\"_blank\" rel=\"noopener\">x</a></p>\n");
        assertThat(exported("![alt](/p.png){: .center}")).isEqualTo(
                "<p><img src=\"/p.png\" alt=\"alt\" class=\"center\" /></p>\n");
        assertThat(exported("[y](http://u \"T\"){: .btn title=\"New\" class=\"k\"}")).as("class= replaces .btn")
                .isEqualTo("<p><a href=\"http://u\" title=\"New\" class=\"k\">y</a></p>\n");
        assertThat(exported("*em*{: .e} **strong**{: .s} `code`{: .c} *a **b***{: .outer}")).isEqualTo(
                "<p><em class=\"e\">em</em> <strong class=\"s\">strong</strong> <code class=\"c\">code</code> "
                        + "<em class=\"outer\">a <strong>b</strong></em></p>\n");
        assertThat(exported("[esc](http://u){: title=\"x \\} y \\\" z\" lang='it\\'s'}")).isEqualTo(
                "<p><a href=\"http://u\" title=\"x } y &quot; z\" lang=\"it's\">esc</a></p>\n");
    }

    @Test
    void whatCannotBeAppliedKeepsItsTextAndShowsNoMark() {
        assertThat(exported("plain text{: .none} end")).isEqualTo("<p>plain text{: .none} end</p>\n");
        assertThat(exported("(round){: .x} end")).as("after plain text: kept, as kramdown does")
                .isEqualTo("<p>(round){: .x} end</p>\n");
        assertThat(exported("A `code\nspanning{: .w}` line.")).isEqualTo(
                "<p>A <code>code spanning{: .w}</code> line.</p>\n");
        assertThat(exported("    indented(code){: .k}\n")).isEqualTo("<pre><code>indented(code){: .k}\n</code></pre>\n");
        assertThat(exported("Alone.\n\n{: .x}\n\nNext.\n")).isEqualTo("<p>Alone.</p>\n<p>Next.</p>\n");
        assertThat(exported("* item\n  {: .indented}\n")).doesNotContain("indented", "quire-attr");
        assertThat(exported("> quote\n> {: .q}\n")).as("inside a quote: kept as today").contains("{: .q}");
    }

    @Test
    void aBodyWithoutListsRendersAsBefore() {
        String body = "# T\n\nText with {braces} and `{: .code}`.\n\n```\n{: .x}\n```\n";
        assertThat(exported(body)).isEqualTo(MarkdownRenderer.shared().toHtml(body));
        String html = "<p>x</p>\n";
        assertThat(AttributeMarks.apply(html)).isSameAs(html);
    }

    @Test
    void hostileValuesStayInsideTheirAttribute() {
        assertThat(exported("[x](http://u){: title=\"\\\"><script>alert(1)</script>\" data-a='<b>&amp;'}"))
                .isEqualTo("<p><a href=\"http://u\" title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" "
                        + "data-a=\"&lt;b&gt;&amp;\">x</a></p>\n");
        // the export keeps an author's event handler, as Jekyll does (decision 0220)
        assertThat(exported("[x](http://u){: onclick=\"go()\"}")).contains("onclick=\"go()\"");
        // a mark written by hand with a name that is no attribute name is not applied
        String forged = "<p><a href=\"u\">x</a><!--quire-attr:s:x%22%3E%3Cscript=1:--></p>";
        assertThat(AttributeMarks.apply(forged)).isEqualTo("<p><a href=\"u\">x</a></p>");
        assertThat(AttributeMarks.mark(AttributeMarks.SPAN, List.of(Map.entry("a b", "1")), "{: x-->}"))
                .isEqualTo("<!--quire-attr:s::%7B%3A%20x%2D%2D%3E%7D-->");
    }

    @Test
    void thePreviewAppliesThemOnTheSameLinesAndNeverRunsScript() throws Exception {
        Path site = jekyllSite(temp.resolve("site"), "title: K\n", "2024-01-02-k.md", "---\ntitle: K\n---\n");
        String text = "---\ntitle: T\n---\nA paragraph.\n{: .lead}\n\n{: .next}\n## Head\n\n"
                + "[x](http://u){: target=\"_blank\" onclick=\"alert(1)\" data-line-start=\"99\"} "
                + "[y](http://u){: href=\"javascript:alert(1)\"}\n";
        PreviewLiquid liquid = PreviewLiquid.open(site);
        String shown = liquid.render(text, null);
        assertThat(shown.split("\n", -1)).hasSameSizeAs(text.split("\n", -1));
        PreviewSession session = new PreviewSession(MarkdownRenderer.shared(), RenderContext.NONE);
        session.update(shown);
        List<PreviewBlock> blocks = session.blocks();
        assertThat(blocks).extracting(PreviewBlock::startLine).containsExactly(3, 4, 6, 7, 9);
        assertThat(blocks.get(0).html()).isEqualTo(
                "<p data-line-start=\"3\" data-line-end=\"3\" class=\"lead\">A paragraph.</p>");
        assertThat(blocks.get(1).html()).as("the list's own line: nothing shown").isEqualTo(
                "<div class=\"html-block\" data-line-start=\"4\" data-line-end=\"4\"><!--quire-attr:p:class=lead:"
                        + "%7B%3A%20%2Elead%7D--></div>");
        assertThat(blocks.get(3).html()).startsWith("<h2 data-line-start=\"7\" data-line-end=\"7\" class=\"next\"");
        assertThat(blocks.get(4).html()).isEqualTo("<p data-line-start=\"9\" data-line-end=\"9\">"
                + "<a href=\"http://u\" target=\"_blank\">x</a> <a href=\"http://u\">y</a></p>");

        // an edit of the paragraph alone (a slice render) keeps its attributes
        String edited = text.replace("A paragraph.", "A longer paragraph.");
        session.update(liquid.render(edited, null));
        assertThat(session.blocks().get(0).html()).isEqualTo(
                "<p data-line-start=\"3\" data-line-end=\"3\" class=\"lead\">A longer paragraph.</p>");
    }

    @Test
    void theExportedPageCarriesThemAndAPageWithoutListsIsUnchanged() throws Exception {
        Path site = jekyllSite(temp.resolve("site"), "title: K\n",
                "2024-01-02-k.md", "---\ntitle: K\n---\nSee [the site](https://example.org){:target=\"_blank\"}.\n",
                "2024-01-03-plain.md", "---\ntitle: P\n---\nNo lists {here}.\n");
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        assertThat(Files.readString(out.resolve("2024/01/02/k.html")))
                .contains("<a href=\"https://example.org\" target=\"_blank\">the site</a>");
        assertThat(Files.readString(out.resolve("2024/01/03/plain.html"))).contains("<p>No lists {here}.</p>");
    }
}
