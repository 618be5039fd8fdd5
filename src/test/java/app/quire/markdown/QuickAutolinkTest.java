package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The prefiltered autolinker must link exactly what flexmark's autolinker links. */
class QuickAutolinkTest {
    private final MarkdownRenderer quick = MarkdownRenderer.shared();
    private final MarkdownRenderer legacy = LegacyPipeline.renderer();

    @Test
    void scanFindsEveryPossibleLinkStart() {
        for (String s : new String[] {"a://b", "x://", "x@y", "&#58;", "a\\.b", "www.", "WwW.", "xwww.y", "\u001f",
            ":a://"}) {
            assertThat(QuickAutolinkExtension.scan(s, 0)).as(s).isEqualTo(-1);
        }
        for (String s : new String[] {"", "plain words only", "ww.", "w.w.w.", "www", "wwwx.", "a.b/c?d=e", "a:b",
            "at 10:30", "Note: see", ":/x", "a:/ /b", "a/:/b", "ww:w."}) {
            assertThat(QuickAutolinkExtension.scan(s, 0)).as(s).isNotNegative();
        }
        assertThat(QuickAutolinkExtension.scan("ww", 0)).isEqualTo(2);
        assertThat(QuickAutolinkExtension.scan("w.", 2)).as("www. split over two texts").isEqualTo(-1);
        assertThat(QuickAutolinkExtension.scan("/x", QuickAutolinkExtension.scan("a:/", 0)))
                .as(":// split over two texts").isEqualTo(-1);
        assertThat(QuickAutolinkExtension.scan("//x", QuickAutolinkExtension.scan("http:", 0))).isEqualTo(-1);
        char[] chars = "say http://x and 10:30".toCharArray();
        assertThat(QuickAutolinkExtension.scan(chars, 0, 11, 0)).as("array scan").isEqualTo(-1);
        assertThat(QuickAutolinkExtension.scan(chars, 17, chars.length, 0)).isNotNegative();
    }

    @Test
    void linksAndPlainTextRenderAsBefore() {
        String[] texts = {"see https://example.invalid/x.", "mail a@example.invalid now", "www.example.invalid",
            "no links here", "ww\\w.example.invalid", "www\\.example.invalid", "http&#58;//example.invalid",
            "**https://example.invalid** and *www*.example.invalid", "a ww*w*.example.invalid b",
            "time 10:30, note: x", "http:/*/*example.invalid", "http:*//*example.invalid", "a:&#47;/b", "a:\\//b"};
        for (String t : texts) {
            assertThat(quick.toHtml(t)).as(t).isEqualTo(legacy.toHtml(t));
        }
        assertThat(quick.toHtml("see https://example.invalid/x."))
                .contains("<a href=\"https://example.invalid/x\">https://example.invalid/x</a>.");
        assertThat(quick.toHtml("www.example.invalid")).contains("<a href=\"http://www.example.invalid\">");
    }

    @Test
    void plainTextFastPathOnlyForTextThatNeedsNoUnescaping() {
        com.vladsch.flexmark.util.sequence.BasedSequence doc =
                com.vladsch.flexmark.util.sequence.BasedSequence.of("plain a\\*b &amp; c\r\nd");
        assertThat(QuickTextRenderer.plainText(doc.subSequence(0, 5))).isEqualTo("plain");
        assertThat(QuickTextRenderer.plainText(doc.subSequence(6, 10))).as("backslash").isNull();
        assertThat(QuickTextRenderer.plainText(doc.subSequence(11, 16))).as("entity").isNull();
        assertThat(QuickTextRenderer.plainText(doc.subSequence(17, 20))).as("CR").isNull();
    }
}
