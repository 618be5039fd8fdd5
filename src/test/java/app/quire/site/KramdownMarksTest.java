package app.quire.site;

import static app.quire.site.ExportFixtures.jekyllSite;
import static app.quire.site.ExportFixtures.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kramdown's attribute lists, extensions and {:toc} never show up as text, in the export or the preview (the
 * attribute lists applied: {@link KramdownAttributesTest}).
 */
class KramdownMarksTest {
    @TempDir
    Path temp;

    private static final String BODY = String.join("\n",
            "* TOC",
            "{:toc}",
            "",
            "A paragraph with a [link](https://example.org){:target=\"_blank\"} and ![a cat](/cat.png){: .center width=\"50%\"}.",
            "{: .lead}",
            "",
            "*Stressed*{:.red} and `code {:.x}`{:.lang} and **bold**{: #b}.",
            "",
            "{::comment}",
            "Hidden {: .x} text.",
            "{:/comment}",
            "",
            "```",
            "{: .kept-in-code}",
            "```",
            "",
            "{::options parse_block_html=\"true\" /}",
            "{: #quote}",
            "> A quote.",
            "",
            "Braces {like this} and {{ not: kramdown }} stay.");

    @Test
    void marksAreMadeLineByLineAndCodeIsLeftAlone() {
        List<Problem> problems = new ArrayList<>();
        String out = KramdownMarks.strip(BODY, "_posts/x.md", 3, problems);

        assertThat(out.split("\n", -1)).hasSameSizeAs(BODY.split("\n", -1));
        assertThat(out).contains("A paragraph with a [link](https://example.org)<!--quire-attr:s:target=%5Fblank:",
                "*Stressed*<!--quire-attr:s:class=red:%7B%3A%2Ered%7D--> and `code {:.x}`<!--quire-attr:s:class=lang:",
                "{: .kept-in-code}", "> A quote.", "Braces {like this} and {{ not: kramdown }} stay.")
                .doesNotContain("TOC", "{:toc}", "{: .lead}", "Hidden", "{::", "{:/", "{: #quote}")
                .startsWith(KramdownMarks.TOC_MARK + "\n\n");
        assertThat(problems).isEmpty();
        KramdownMarks.strip("Text.\n{:toc}\n", "_posts/x.md", 3, problems);
        assertThat(problems).singleElement().hasToString("_posts/x.md:5:1: warning: {:toc} without a '* TOC' list "
                + "item before it; left out");
        assertThat(KramdownMarks.strip("No marks.", "", 0, problems)).isEqualTo("No marks.");
    }

    @Test
    void theTableOfContentsListsTheRenderedHeadingsNested() {
        String html = "<p>x</p>\n" + KramdownMarks.TOC_MARK + "\n<h2 id=\"a\">A <em>b</em></h2><h3 id=\"c\">C</h3>"
                + "<h3 id=\"d\">D</h3><h2 id=\"e\">E &amp; F</h2><h4 id=\"g\">G</h4><h2 id=\"h\">H</h2>";
        assertThat(KramdownMarks.withToc(html)).startsWith("<p>x</p>\n<ul id=\"markdown-toc\">"
                + "<li><a href=\"#a\" id=\"markdown-toc-a\">A b</a><ul>"
                + "<li><a href=\"#c\" id=\"markdown-toc-c\">C</a></li>"
                + "<li><a href=\"#d\" id=\"markdown-toc-d\">D</a></li></ul></li>"
                + "<li><a href=\"#e\" id=\"markdown-toc-e\">E &amp; F</a><ul>"
                + "<li><a href=\"#g\" id=\"markdown-toc-g\">G</a></li></ul></li>"
                + "<li><a href=\"#h\" id=\"markdown-toc-h\">H</a></li></ul>\n<h2 id=\"a\">");
        assertThat(KramdownMarks.withToc("<h2 id=\"a\">A</h2>")).isEqualTo("<h2 id=\"a\">A</h2>");
    }

    @Test
    void thePreviewShowsTheTableOfContentsOnTheLineOfItsListItem() throws Exception {
        Path site = jekyllSite(temp.resolve("site"), "title: K\n", "2024-01-02-k.md", "---\ntitle: K\n---\n");
        String text = "---\ntitle: T\n---\n* TOC\n{:toc}\n\n## Process ##\n\n### *First* step\n\n```\n# not a heading\n"
                + "```\n\n## Badges & more\n";
        String shown = PreviewLiquid.open(site).render(text, null);
        assertThat(shown.split("\n", -1)).hasSameSizeAs(text.split("\n", -1));
        assertThat(shown).contains("---\n<ul id=\"markdown-toc\"><li>Process<ul><li>First step</li></ul></li>"
                + "<li>Badges &amp; more</li></ul>\n\n\n## Process ##");
    }

    @Test
    void theExportAndThePreviewOfAJekyllPostShowNoBraces() throws Exception {
        Path site = jekyllSite(temp.resolve("site"), "title: K\n", "2024-01-02-k.md",
                "---\ntitle: K\n---\n" + BODY + "\n");
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        String page = Files.readString(out.resolve("2024/01/02/k.html"));
        assertThat(page).contains("<p class=\"lead\">A paragraph with a <a href=\"https://example.org\" "
                + "target=\"_blank\">link</a> and <img src=\"/cat.png\" alt=\"a cat\" class=\"center\" width=\"50%\" />.")
                .doesNotContain("{:target", "{: .lead}", "{:toc}", "{::", "Hidden", "{: #quote}", "{:.red}",
                        "quire-attr")
                .contains("{: .kept-in-code}", "<code class=\"lang\">code {:.x}</code>", "<em class=\"red\">Stressed</em>",
                        "<strong id=\"b\">bold</strong>", "<blockquote id=\"quote\">");

        Path post = site.resolve("_posts/2024-01-02-k.md");
        String shown = PreviewLiquid.open(site).render(Files.readString(post), post);
        assertThat(shown).doesNotContain("{:target", "{: .lead}", "{:toc}").contains("{: .kept-in-code}");

        Path plain = temp.resolve("plain");
        Files.createDirectories(plain);
        String text = "---\ntitle: P\n---\nText{: .x}\n";
        assertThat(PreviewLiquid.open(plain).render(text, null)).as("only Jekyll sites use kramdown").isEqualTo(text);
    }
}
