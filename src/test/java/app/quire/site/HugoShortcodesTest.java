package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HugoShortcodesTest {
    private final List<Problem> problems = new ArrayList<>();

    private static HugoShortcodes.Context context(boolean preview) {
        return new HugoShortcodes.Context() {
            @Override
            public Optional<String> ref(String path) {
                return path.equals("known.md") ? Optional.of("/posts/known/") : Optional.empty();
            }

            @Override
            public Object param(String name) {
                return Map.<String, Object>of("greeting", "Hi").get(name);
            }

            @Override
            public String siteUrl() {
                return "https://example.org";
            }

            @Override
            public String baseurl() {
                return "/blog";
            }

            @Override
            public boolean preview() {
                return preview;
            }
        };
    }

    private String expand(String body, boolean preview) {
        return HugoShortcodes.expand(body, "content/posts/a.md", 4, context(preview), problems);
    }

    @Test
    void refsBecomeTheLinkedPostsUrls() {
        assertThat(expand("[a]({{< ref \"known.md\" >}}) [b]({{% relref \"known.md#part\" %}})", false))
                .isEqualTo("[a](https://example.org/blog/posts/known/) [b](/blog/posts/known/#part)");
        assertThat(problems).isEmpty();
    }

    @Test
    void whatCannotBeExpandedStaysAsWrittenWithAWarningAtItsLine() {
        String body = "Intro.\n\nSee {{< ref \"missing.md\" >}}.\n{{< notice warning >}}Careful{{< /notice >}}\n"
                + "{{< param nothing >}}\n";
        assertThat(expand(body, false)).isEqualTo(body);
        assertThat(problems).extracting(p -> p.line() + ":" + p.column() + " " + p.message()).containsExactly(
                "7:5 ref \"missing.md\" finds no post or page; left as written",
                "8:1 shortcode 'notice' is not one Quire knows (a site's own shortcodes are not run); left as written",
                "9:1 param \"nothing\" is not set; left as written");
    }

    @Test
    void thePreviewMarksWhatCannotBeExpandedWithTheWarningAsTooltip() {
        String body = "Intro.\n\n{{< notice warning >}}Careful{{< /notice >}}\n{{<tabs\n  x=1>}}\n";
        String shown = expand(body, true);
        assertThat(shown).isEqualTo("Intro.\n\n<span data-quire class=\"quire-marker\" title=\"shortcode 'notice' is "
                + "not one Quire knows (a site's own shortcodes are not run); left as written\">{{&lt; notice warning "
                + "&gt;}}</span>Careful<span data-quire class=\"quire-marker\" title=\"the end of shortcode 'notice', "
                + "left as written\">{{&lt; /notice &gt;}}</span>\n<span data-quire class=\"quire-marker\" title=\""
                + "shortcode 'tabs' is not one Quire knows (a site's own shortcodes are not run); left as written\">"
                + "{{&lt;tabs\n  x=1&gt;}}</span>\n");
        assertThat(shown.chars().filter(c -> c == '\n').count()).as("lines kept").isEqualTo(5);
        // shown as text, the tooltip on a marker that survives the preview's sanitiser
        String html = app.quire.markdown.MarkdownRenderer.shared().toPreviewBlocks(shown, 0,
                app.quire.markdown.RenderContext.NONE).get(1).html();
        assertThat(html).contains("title=\"shortcode 'notice' is not one", "{{&lt; notice warning &gt;}}</span>");
    }

    @Test
    void aCommentedShortcodeIsShownAsTheShortcode() {
        assertThat(expand("Write {{</* figure src=\"x.png\" */>}} or {{%/* param a */%}}.", false))
                .isEqualTo("Write {{< figure src=\"x.png\" >}} or {{% param a %}}.");
    }

    @Test
    void highlightBecomesAFencedBlockOfTheSameLines() {
        String body = "Code:\n{{< highlight go \"linenos=table\" >}}\nfunc main() {\n\n```\n}\n{{< /highlight >}}\nAfter.";
        String out = expand(body, false);
        assertThat(out).isEqualTo("Code:\n````go\nfunc main() {\n\n```\n}\n````\nAfter.");
        assertThat(out.lines().count()).isEqualTo(body.lines().count());
        assertThat(expand("Inline {{< highlight sh >}}ls{{< /highlight >}}", false))
                .isEqualTo("Inline \n```sh\nls\n```");
    }

    @Test
    void figuresEscapeTheirValues() {
        assertThat(expand("{{< figure src=\"a\\\"b.png\" alt=\"<x>\" caption=\"A *b*\" onload=\"alert(1)\" >}}", false))
                .isEqualTo("<figure><img src=\"a&quot;b.png\" alt=\"&lt;x&gt;\"><figcaption><p>A <em>b</em></p>"
                        + "</figcaption></figure>");
    }

    @Test
    void embedsAreLinksInThePreviewAndFramesInTheExport() {
        // the preview's own HTML is marked as Quire's (decision 0235)
        assertThat(expand("{{< youtube w7Ft2ymGmfc >}}", true)).isEqualTo("<p data-quire class=\"quire-embed\">"
                + "YouTube video: <a data-quire href=\"https://www.youtube.com/watch?v=w7Ft2ymGmfc\">https://www.youtube.com/watch?v=w7Ft2ymGmfc"
                + "</a></p>");
        assertThat(expand("{{< youtube w7Ft2ymGmfc >}}", false)).contains(
                "<iframe src=\"https://www.youtube.com/embed/w7Ft2ymGmfc\"");
        assertThat(expand("{{< gist spf13 7896402 >}}", false))
                .isEqualTo("<script src=\"https://gist.github.com/spf13/7896402.js\"></script>");
        assertThat(expand("{{< param greeting >}}", true)).isEqualTo("Hi");
    }

    @Test
    void anUnclosedShortcodeIsLeftAlone() {
        assertThat(expand("Text {{< ref \"known.md\"", false)).isEqualTo("Text {{< ref \"known.md\"");
        assertThat(expand("100{{% off, then {{< ref \"known.md\" >}}", false))
                .isEqualTo("100{{% off, then https://example.org/blog/posts/known/");
        String many = "{{% x ".repeat(100_000) + "{{< param greeting >}}";
        assertThat(expand(many, false)).isEqualTo("{{% x ".repeat(100_000) + "Hi");
    }

    @Test
    void thousandsOfShortcodesItCannotExpandCostOneScanAndFiftyWarnings() {
        String body = "{{< highlight go >}}\nx\n".repeat(50_000) + "{{< mine a=1 >}}\n".repeat(50_000);
        assertThat(expand(body, false)).isEqualTo(body);
        assertThat(problems).hasSize(HugoShortcodes.MAX_WARNINGS);
        assertThat(problems.get(0).line()).isEqualTo(5);
        assertThat(problems.get(HugoShortcodes.MAX_WARNINGS - 1).message()).startsWith("more shortcodes");
    }
}
