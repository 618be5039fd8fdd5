package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The direct export writer ({@link ExportHtmlWriter}) against flexmark's renderer, both on the same pipeline:
 * byte-identical HTML for every golden case (Markdown fixtures as written / CRLF / CR, all CommonMark spec
 * examples, link-heavy generated documents), for seed-shaped blog posts and for random documents from a grammar
 * of blog constructs. It also checks that the writer really writes ordinary posts itself and that it gives up
 * (and the export still matches flexmark) on a construct it does not handle.
 */
class ExportHtmlWriterTest {
    private final MarkdownRenderer renderer = MarkdownRenderer.shared();

    /** What {@link #checkSame} returns when flexmark's own renderer fails on the text. */
    private static final String FLEXMARK_FAILS = "(flexmark fails)";

    /**
     * The writer's HTML for a text, which must be flexmark's when the writer handles it; null if it gave up.
     * Where flexmark's renderer itself throws (with assertions on, as in these tests: a heading left pointing to
     * the list item the task-list pre-processor replaced), the export path must throw the same.
     */
    private String checkSame(String name, String markdown) {
        String expected;
        try {
            expected = renderer.renderExportByFlexmark(renderer.parseExport(markdown));
        } catch (AssertionError | RuntimeException e) {
            assertThatThrownBy(() -> renderer.toHtml(markdown)).as(name).isInstanceOf(e.getClass())
                    .hasMessage(e.getMessage());
            return FLEXMARK_FAILS;
        }
        String direct = renderer.renderExportDirect(renderer.parseExport(markdown));
        if (direct != null) {
            assertThat(direct).as(name).isEqualTo(expected);
        }
        assertThat(renderer.toHtml(markdown)).as(name).isEqualTo(expected);
        return direct;
    }

    @Test
    void sameAsFlexmarkForEveryGoldenCase() throws Exception {
        List<String> fellBack = new ArrayList<>();
        Map<String, String> cases = GoldenOutputTest.cases();
        for (Map.Entry<String, String> c : cases.entrySet()) {
            if (checkSame(c.getKey(), c.getValue()) == null) {
                fellBack.add(c.getKey());
            }
        }
        // the spec has a few odd inputs the writer leaves to flexmark; everything else it writes itself
        assertThat(fellBack).as("cases left to flexmark").hasSizeLessThan(cases.size() / 50);
        assertThat(fellBack).as("fixtures and generated documents are all written directly")
                .allMatch(name -> name.startsWith("spec "));
    }

    @Test
    void seedShapedPostsAreWrittenDirectlyAndIdentically() {
        for (long seed = 1; seed <= 300; seed++) {
            String post = BlogPostMarkdown.post(seed);
            assertThat(checkSame("post " + seed, post)).as("post %d written directly", seed).isNotNull();
        }
    }

    @Test
    void theSeedPostIsWrittenDirectly() throws Exception {
        String seed;
        try (var in = getClass().getResourceAsStream("/app/quire/markdown/seed-post.md")) {
            seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String html = checkSame("seed post", seed);
        assertThat(html).isNotNull().contains("<h2 id=\"process\">Process</h2>");
    }

    @Test
    void unhandledConstructFallsBackToFlexmark() {
        // a table caption: a node class the writer does not know
        String caption = "| a | b |\n|---|---|\n| c | d |\n[The caption]\n\nAfter.\n";
        assertThat(checkSame("caption", caption)).isNull();
        assertThat(renderer.toHtml(caption)).contains("<caption>The caption</caption>");
        // a line of output that would be only white space: flexmark's blank-line rules, not copied
        String blank = "a\n&#32;\nb\n";
        assertThat(checkSame("blank line", blank)).isNull();
    }

    @Test
    void headingOrphanedByTheTaskListPreProcessorBehavesAsInFlexmark() {
        // flexmark moves the item's children to a TaskListItem but the heading keeps the old item as parent;
        // without assertions both paths write the same HTML, with them both throw flexmark's AssertionError
        String text = "- [x] item\n  # heading\n  more\n";
        String direct = checkSame("orphaned heading", text);
        assertThat(direct).isNotNull();
        boolean assertions = false;
        assert assertions = true;
        if (!assertions) {
            assertThat(direct).contains("<h1 id=\"heading\">heading</h1>");
        }
    }

    @Test
    void previewDocumentsAreNeverWritten() {
        ExportHtmlWriter writer = new ExportHtmlWriter(new com.vladsch.flexmark.util.data.MutableDataSet(),
                new com.vladsch.flexmark.util.data.MutableDataSet());
        Document doc = new Document(new com.vladsch.flexmark.util.data.MutableDataSet(),
                com.vladsch.flexmark.util.sequence.BasedSequence.of("x"));
        doc.appendChild(new Paragraph());
        doc.set(RenderKeys.PREVIEW, true);
        assertThat(writer.render(doc)).isNull();
    }

    @Property(tries = 600)
    void sameAsFlexmarkForGrammarDocuments(@ForAll("documents") String markdown) {
        String direct = checkSame("generated", markdown);
        Statistics.label("path").collect(direct == null ? "flexmark" : direct.equals(FLEXMARK_FAILS) ? "both fail"
                : "direct");
    }

    @Property(tries = 200)
    void grammarDocumentsWithoutOddSpacingAreWrittenDirectly(@ForAll("plainDocuments") String markdown) {
        // a line starting with '[' right under a table is a table caption, which the writer leaves to flexmark
        net.jqwik.api.Assume.that(!hasTableCaption(markdown));
        assertThat(checkSame("plain generated", markdown)).isNotNull();
    }

    private boolean hasTableCaption(String markdown) {
        for (com.vladsch.flexmark.util.ast.Node n : renderer.parseExport(markdown).getDescendants()) {
            if (n instanceof com.vladsch.flexmark.ext.tables.TableCaption) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 2000)
    void shortcutsMatchFlexmarksEscaping(@ForAll("fragments") String s) {
        assertThat(ExportHtmlWriter.percentEncode(s)).isEqualTo(Escaping.percentEncodeUrl(s));
        assertThat(ExportHtmlWriter.collapseWhitespace(s)).isEqualTo(Escaping.collapseWhitespace(s, true));
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars(" \t\r\nab%20/:?#&=+~ü日\"'<>[]{}|^`\\").ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(8),
                Arbitraries.of("https://example.invalid/a?b=1&c=2", "/p/a b", "%zz", "%2F", " code ", "a  b", "\ta\t"));
    }

    // ---- a grammar of the constructs of ordinary blog posts

    private static Arbitrary<String> words() {
        return Arbitraries.of("word", "post", "serverless", "badge", "the", "a", "ü", "日本", "x_y", "snake_case",
                "3.5", "10:30", "C#", "A&B", "a<b", "\"quoted\"", "it's", "50%", "~tilde", "-dash", "1.");
    }

    private static Arbitrary<String> atom(boolean odd) {
        Arbitrary<String> w = words();
        List<Arbitrary<String>> parts = new ArrayList<>(List.of(w, w, w,
                w.map(s -> "*" + s + "*"), w.map(s -> "_" + s + "_"), w.map(s -> "**" + s + "**"),
                w.map(s -> "__" + s + "__"), w.map(s -> "~~" + s + "~~"), w.map(s -> "***" + s + "***"),
                w.map(s -> "`" + s + "`"), w.map(s -> "`` `" + s + "` ``"),
                Combinators.combine(w, w).as((t, u) -> "[" + t + "](https://example.invalid/" + u + ")"),
                Combinators.combine(w, w).as((t, u) -> "[" + t + "](/p/" + u + " \"Title " + t + "\")"),
                Combinators.combine(w, w).as((t, u) -> "[*" + t + "*](<https://example.invalid/a b> '" + u + "')"),
                w.map(s -> "![" + s + "](/assets/images/" + s + ".png)"),
                w.map(s -> "![" + s + " *alt*](/i.jpg \"t&amp;t\")"),
                w.map(s -> "[" + s + "][ref]"), w.map(s -> "[ref]"), w.map(s -> "[" + s + "][nope]"),
                w.map(s -> "![" + s + "][img]"),
                Arbitraries.of("<https://example.invalid/auto>", "<me@example.invalid>",
                        "https://example.invalid/x?a=1&b=2", "www.example.invalid", "someone@example.invalid",
                        "http://example.invalid/ü"),
                Arbitraries.of("&amp;", "&copy;", "&#35;", "&#x41;", "&nbsp;", "&bogus;", "&"),
                Arbitraries.of("\\*", "\\_", "\\[", "\\\\", "\\&", "\\<"),
                Arbitraries.of("<span class=\"k\">", "</span>", "<b>", "</b>", "<!-- note -->", "<br>"),
                Arbitraries.of("[^1]", "[^note]", "[^missing]"),
                Arbitraries.of("<", ">", "\"", "'", "&", "*", "_", "`", "!", "[", "]", "(", ")", "#")));
        if (odd) {
            parts.add(Arbitraries.of("\t", "  ", "\\"));
        }
        return Arbitraries.oneOf(parts);
    }

    private static Arbitrary<String> line(boolean odd) {
        return atom(odd).list().ofMinSize(1).ofMaxSize(7).map(list -> String.join(" ", list));
    }

    private static Arbitrary<String> paragraph(boolean odd) {
        Arbitrary<String> breaks = Arbitraries.of("\n", "\n", "  \n", "\\\n");
        return Combinators.combine(line(odd).list().ofMinSize(1).ofMaxSize(3), breaks.list().ofSize(3))
                .as((lines, brs) -> {
                    StringBuilder sb = new StringBuilder(lines.get(0));
                    for (int i = 1; i < lines.size(); i++) {
                        sb.append(brs.get(i)).append(lines.get(i));
                    }
                    return sb.toString();
                });
    }

    private static Arbitrary<String> items(Arbitrary<String> markers, boolean odd) {
        return Combinators.combine(markers, line(odd).list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((m, lines, loose, nested) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < lines.size(); i++) {
                        if (i > 0) {
                            sb.append(loose ? "\n\n" : "\n");
                        }
                        String marker = m.replace("N", String.valueOf(i + 1));
                        sb.append(marker).append(lines.get(i));
                        if (nested && i == 0) {
                            String pad = " ".repeat(marker.replace("[ ] ", "").replace("[x] ", "").length());
                            sb.append('\n').append(pad).append("- inner ").append(lines.get(i));
                        }
                    }
                    return sb.toString();
                });
    }

    private static Arbitrary<String> block(boolean odd) {
        Arbitrary<String> l = line(odd);
        return Arbitraries.oneOf(
                paragraph(odd), paragraph(odd), paragraph(odd),
                Combinators.combine(Arbitraries.integers().between(1, 6), l).as((n, t) -> "#".repeat(n) + " " + t),
                Combinators.combine(Arbitraries.integers().between(1, 3), l)
                        .as((n, t) -> "#".repeat(n) + " " + t + " " + "#".repeat(n)),
                Arbitraries.of("## Process ##", "## Process ##", "# ", "## !!! ##", "### A & B ###"),
                l.map(t -> t + "\n===="), l.map(t -> t + "\n----"),
                Combinators.combine(Arbitraries.of("", "java", "bash {.x}", "c++ extra", "a&b", "\\*x"), l)
                        .as((info, t) -> "```" + info + "\n" + t + "\n\n  indented <b>\n```"),
                l.map(t -> "~~~\n" + t + "\n~~~"),
                l.map(t -> "    " + t + "\n\n    \tmore\n"),
                items(Arbitraries.of("- ", "* ", "+ "), odd),
                items(Arbitraries.of("N. ", "N) ", "0N. "), odd),
                items(Arbitraries.of("- [ ] ", "- [x] ", "* [X] "), odd),
                paragraph(odd).map(p -> "> " + p.replace("\n", "\n> ")),
                l.map(t -> "> quote\n>\n> - " + t + "\n> ```\n> code\n> ```"),
                Combinators.combine(l, l, Arbitraries.of("|---|---|", "|:---|---:|", "|:---:|:---|", "| --- | --- |"))
                        .as((a, b, sep) -> "| h1 | h2 |\n" + sep + "\n| " + a.replace("|", "\\|") + " | "
                                + b.replace("|", "\\|") + " |\n| x |"),
                Arbitraries.of("<div class=\"note\">\n<p>raw <b>html</b></p>\n</div>", "<!-- a comment -->",
                        "<!--\nmulti\n\nline\n-->", "<table><tr><td>x</td></tr></table>",
                        "<pre>\n  keep   spaces\n\n</pre>",
                        "<details>\n<summary>More</summary>\n\n*md* inside\n\n</details>"),
                Arbitraries.of("---", "***", "___", "- - -"),
                Arbitraries.of("[ref]: https://example.invalid/ref \"Ref title\"", "[img]: /assets/x.png",
                        "[ref]: <https://example.invalid/a b>"),
                l.map(t -> "[^1]: " + t), l.map(t -> "[^note]: " + t + "\n\n    second paragraph"));
    }

    private static Arbitrary<String> document(boolean odd) {
        Arbitrary<String> seps = Arbitraries.of("\n\n", "\n\n", "\n\n", "\n", "\n\n\n");
        return Combinators.combine(block(odd).list().ofMinSize(1).ofMaxSize(10), seps.list().ofSize(10),
                Arbitraries.of("\n", "\n", "\r\n"), Arbitraries.of(true, false)).as((blocks, sep, eol, last) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < blocks.size(); i++) {
                        if (i > 0) {
                            sb.append(sep.get(i));
                        }
                        sb.append(blocks.get(i));
                    }
                    if (last) {
                        sb.append('\n');
                    }
                    return eol.equals("\n") ? sb.toString() : sb.toString().replace("\n", eol);
                });
    }

    @Provide
    Arbitrary<String> documents() {
        return document(true);
    }

    @Provide
    Arbitrary<String> plainDocuments() {
        return document(false);
    }
}
