package app.quire.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutlineExtractorTest {
    private final OutlineExtractor outline = new OutlineExtractor();

    @Test
    void seedShapedPostHeadingsWithLines() {
        assertThat(outline.headings(SpanAssertions.seedPost())).containsExactly(
                new Heading(2, "Process", 12),
                new Heading(2, "What I Studied", 20),
                new Heading(2, "Setext style heading", 36),
                new Heading(2, "Worth it?", 46));
    }

    @Test
    void ignoresFrontMatterAndFencedCode() {
        String text = "---\ntitle: x\n# not: a heading\n---\n```\n# code\n```\n~~~\n## tilde code\n~~~\n# Real #\n";
        assertThat(outline.headings(text)).containsExactly(new Heading(1, "Real", 10));
    }

    @Test
    void setextAndEmptyHeadings() {
        String text = "Big\n===\n\n#\n\n- item\n---\n";
        assertThat(outline.headings(text)).containsExactly(new Heading(1, "Big", 0), new Heading(1, "", 3));
    }
}
