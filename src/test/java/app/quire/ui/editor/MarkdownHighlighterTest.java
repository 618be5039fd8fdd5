package app.quire.ui.editor;

import static app.quire.ui.editor.SpanAssertions.classesAt;
import static app.quire.ui.editor.SpanAssertions.runs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class MarkdownHighlighterTest {
    private final MarkdownHighlighter highlighter = new MarkdownHighlighter();

    private StyleSpans<Collection<String>> spans(String text) {
        StyleSpans<Collection<String>> spans = highlighter.highlight(text);
        assertThat(spans.length()).isEqualTo(text.length());
        return spans;
    }

    @Test
    void emptyTextGivesOneEmptySpan() {
        assertThat(spans("").getSpanCount()).isEqualTo(1);
    }

    @Test
    void closedAtxHeadingHasLevelAndMarkersOnBothEnds() {
        String text = "intro\n\n## Process ##\nbody";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-h2")).containsExactly("## Process ##");
        assertThat(runs(text, s, "md-marker")).containsExactly("##", "##");
        assertThat(classesAt(s, text.indexOf("Process"))).contains("md-heading", "md-h2").doesNotContain("md-marker");
        assertThat(classesAt(s, text.indexOf("body"))).isEmpty();
    }

    @Test
    void hashWithoutSpaceIsNotAHeading() {
        String text = "#hashtag and ####### seven";
        assertThat(runs(text, spans(text), "md-heading")).isEmpty();
    }

    @Test
    void setextHeadingsStyleTheParagraphAbove() {
        String text = "Title\n=====\n\nSub title\n---\n\ntext\n\n---\n";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-h1")).containsExactly("Title", "=====");
        assertThat(runs(text, s, "md-h2")).containsExactly("Sub title", "---");
        assertThat(runs(text, s, "md-hr")).containsExactly("---");
    }

    @Test
    void emphasisStrongStrikeAndCode() {
        String text = "a *em* b **strong** c ***both*** d ~~gone~~ e `x * y` f snake_case_name";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-emphasis")).containsExactly("*em*", "***both***");
        assertThat(runs(text, s, "md-strong")).containsExactly("**strong**", "***both***");
        assertThat(runs(text, s, "md-strike")).containsExactly("~~gone~~");
        assertThat(runs(text, s, "md-code")).containsExactly("`x * y`");
        assertThat(runs(text, s, "md-emphasis")).noneMatch(r -> r.contains("case"));
    }

    @Test
    void nestedEmphasisInsideStrong() {
        String text = "**bold *both* bold**";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-strong")).containsExactly(text);
        assertThat(runs(text, s, "md-emphasis")).containsExactly("*both*");
    }

    @Test
    void linksImagesAndUrlsKeepUnderscoresLiteral() {
        String text = "See [the docs](https://ex.com/a_b_c) and ![alt text](/img/x_y.png \"t\") and [ref][id].";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-link-text")).containsExactly("the docs", "alt text", "ref");
        assertThat(runs(text, s, "md-link-url")).containsExactly("https://ex.com/a_b_c", "/img/x_y.png \"t\"", "id");
        assertThat(runs(text, s, "md-image")).containsExactly("![alt text](/img/x_y.png \"t\")");
        assertThat(runs(text, s, "md-emphasis")).isEmpty();
    }

    @Test
    void badgeImageInsideLink() {
        String text = "[![build](https://ci/x.svg)](https://ci/job)";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-image")).containsExactly("![build](https://ci/x.svg)");
        assertThat(runs(text, s, "md-link-url")).containsExactly("https://ci/x.svg", "https://ci/job");
    }

    @Test
    void autolinksAndHtml() {
        String text = "Go <https://ex.com/q?a=1> or <me@ex.com> or https://bare.example/path_x. <kbd>K</kbd> <!-- c -->";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-autolink"))
                .containsExactly("<https://ex.com/q?a=1>", "<me@ex.com>", "https://bare.example/path_x");
        assertThat(runs(text, s, "md-html")).containsExactly("<kbd>", "</kbd>", "<!-- c -->");
    }

    @Test
    void fencedCodeHidesMarkdownAndMarksInfoString() {
        String text = "```java\n# not a heading\n**no**\n```\n# heading";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-fence-info")).containsExactly("java");
        assertThat(runs(text, s, "md-code-block")).containsExactly("# not a heading", "**no**");
        assertThat(runs(text, s, "md-heading")).containsExactly("# heading");
        assertThat(runs(text, s, "md-strong")).isEmpty();
    }

    @Test
    void tildeFenceNeedsSameCharacterToClose() {
        String text = "~~~~\n```\nstill code\n~~~~\nafter";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-code-block")).containsExactly("```", "still code");
        assertThat(classesAt(s, text.indexOf("after"))).isEmpty();
    }

    @Test
    void unclosedFenceRunsToTheEnd() {
        String text = "para\n```\n# inside\n";
        assertThat(runs(text, spans(text), "md-heading")).isEmpty();
    }

    @Test
    void indentedCodeButNotListContinuation() {
        String text = "para\n\n    code line\n\n- item\n\n    continued item text\n";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-code-block")).containsExactly("code line");
    }

    @Test
    void listMarkersAndTaskBoxes() {
        String text = "- one\n* two\n+ three\n12. twelve\n3) three\n- [ ] open\n- [x] done\n-not a list";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-list-marker")).containsExactly("-", "*", "+", "12.", "3)", "-", "-");
        assertThat(runs(text, s, "md-task")).containsExactly("[ ]", "[x]");
        assertThat(runs(text, s, "md-task-done")).containsExactly("[x] done");
    }

    @Test
    void blockQuotesWithInlineContent() {
        String text = "> quoted **bold**\n>> nested\nplain";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-quote")).containsExactly("> quoted **bold**", ">> nested");
        assertThat(runs(text, s, "md-strong")).containsExactly("**bold**");
        assertThat(classesAt(s, text.indexOf("plain"))).isEmpty();
    }

    @Test
    void yamlFrontMatterKeysAndValues() {
        String text = "---\ntitle: 'A: B'\ndate: 2021-12-10 00:00:00 +1000\ntags:\n  - aws\n---\n# Body";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-fm-key")).containsExactly("title", "date", "tags");
        assertThat(runs(text, s, "md-fm-value")).containsExactly(" 'A: B'", " 2021-12-10 00:00:00 +1000", "aws");
        assertThat(runs(text, s, "md-front-matter")).hasSize(6).startsWith("---").endsWith("---");
        assertThat(runs(text, s, "md-heading")).containsExactly("# Body");
        assertThat(runs(text, s, "md-hr")).isEmpty();
    }

    @Test
    void tomlFrontMatter() {
        String text = "+++\ntitle = \"Hi\"\n[params]\n+++\ntext";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-fm-key")).containsExactly("title ", "[params]");
        assertThat(runs(text, s, "md-fm-value")).containsExactly(" \"Hi\"");
    }

    @Test
    void jsonFrontMatter() {
        String text = "{\n  \"title\": \"Hi\",\n  \"draft\": true\n}\n\n# Body";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-fm-key")).containsExactly("\"title\"", "\"draft\"");
        assertThat(runs(text, s, "md-heading")).containsExactly("# Body");
    }

    @Test
    void unclosedFrontMatterIsAThematicBreak() {
        String text = "---\ntitle: x\n";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-front-matter")).isEmpty();
        assertThat(runs(text, s, "md-hr")).containsExactly("---");
    }

    @Test
    void seedShapedPost() {
        String text = SpanAssertions.seedPost();
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(text).doesNotEndWith("\n");
        assertThat(runs(text, s, "md-fm-key")).containsExactly("title", "author", "heroimage", "date", "category");
        assertThat(runs(text, s, "md-h2")).containsExactly("## Process ##", "## What I Studied ##",
                "Setext style heading", "--------------------", "## Worth it? ##");
        assertThat(runs(text, s, "md-link-url")).contains("https://example.com/learn",
                "https://img.example.com/uploads/assessment-page.png");
        assertThat(runs(text, s, "md-strong")).contains("**Badge Assessment**",
                "**It is a low-stakes way to check your knowledge.**");
        assertThat(runs(text, s, "md-fence-info")).containsExactly("yaml");
        assertThat(runs(text, s, "md-hr")).containsExactly("---");
        assertThat(runs(text, s, "md-autolink")).contains("<https://example.com/faq>", "<hello@example.com>",
                "https://example.com/about");
        assertThat(runs(text, s, "md-html")).containsExactly("<kbd>", "</kbd>");
    }

    @Test
    void crlfLineEndsAreHandled() {
        String text = "# Title\r\n\r\n- item\r\n";
        StyleSpans<Collection<String>> s = spans(text);
        assertThat(runs(text, s, "md-heading")).containsExactly("# Title");
        assertThat(runs(text, s, "md-list-marker")).containsExactly("-");
    }
}
