package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.Post;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The incremental preview must be indistinguishable from a full render: for generated documents and random
 * edit sequences, applying every patch to the previous block list gives exactly the full render of the new text
 * (HTML and line ranges), and a patch never carries a block that did not change.
 */
class PreviewSessionProperties {
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.shared();
    private static final RenderContext CONTEXT = new RenderContext(Path.of("/site"), Path.of("/site/_posts"));

    record Edit(double where, Kind kind, String text, int length) {
    }

    enum Kind { INSERT, DELETE, REPLACE }

    @Property(tries = 300)
    void patchesReproduceTheFullRender(@ForAll("documents") String document, @ForAll("edits") List<Edit> edits) {
        PreviewSession session = new PreviewSession(RENDERER, CONTEXT);
        List<PreviewBlock> shown = session.update(document).applyTo(List.of());
        assertThat(shown).isEqualTo(fullRender(document));
        String text = document;
        for (Edit edit : edits) {
            String before = text;
            text = apply(text, edit);
            PreviewPatch patch = session.update(text);
            List<PreviewBlock> next = patch.applyTo(shown);
            List<PreviewBlock> expected = fullRender(text);
            assertThat(next).as("after %s on%n%s", edit, text).isEqualTo(expected);
            assertThat(session.blocks()).isEqualTo(expected);
            if (!patch.inserted().isEmpty() && patch.removeCount() > 0) {
                // minimal: the ends of the replaced range really changed
                assertThat(patch.inserted().get(0)).isNotEqualTo(shown.get(patch.from()));
                assertThat(patch.inserted().get(patch.inserted().size() - 1))
                        .isNotEqualTo(shown.get(patch.from() + patch.removeCount() - 1).shift(lines(text) - lines(before)));
            }
            shown = next;
        }
        Statistics.label("slice renders").collect(session.sliceRenders() > 0 ? "some" : "none");
        Statistics.label("slice share").collect(
                (10 * session.sliceRenders() / (session.sliceRenders() + session.fullRenders())) * 10 + "%");
    }

    private static int lines(String s) {
        return (int) s.chars().filter(c -> c == '\n').count();
    }

    /** Longer documents with many repeated headings: exercises seeded heading ids and long block lists. */
    @Property(tries = 100)
    void longDocumentsWithRepeatedHeadings(@ForAll("longDocuments") String document,
            @ForAll("edits") List<Edit> edits) {
        patchesReproduceTheFullRender(document, edits);
    }

    @Provide
    Arbitrary<String> longDocuments() {
        Arbitrary<String> heading = Arbitraries.of("## Process ##", "## Outcome ##", "## Process", "# Outcome",
                "> ## Process");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, heading), net.jqwik.api.Tuple.of(5, block()))
                .list().ofMinSize(20).ofMaxSize(60).map(list -> String.join("\n\n", list));
    }

    static List<PreviewBlock> fullRender(String text) {
        Post post = Post.parse(text);
        return RENDERER.toPreviewBlocks(post.body(), post.bodyStartLine(), CONTEXT);
    }

    static String apply(String text, Edit edit) {
        int at = (int) Math.floor(edit.where() * (text.length() + 1));
        at = Math.max(0, Math.min(text.length(), at));
        int end = Math.min(text.length(), at + edit.length());
        return switch (edit.kind()) {
            case INSERT -> text.substring(0, at) + edit.text() + text.substring(at);
            case DELETE -> text.substring(0, at) + text.substring(end);
            case REPLACE -> text.substring(0, at) + edit.text() + text.substring(end);
        };
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> blocks = block().list().ofMinSize(0).ofMaxSize(14)
                .flatMap(list -> Arbitraries.of("\n\n", "\n", "\n\n\n").list().ofSize(list.size())
                        .map(seps -> join(list, seps)));
        Arbitrary<String> frontMatter = Arbitraries.of("", "", "---\ntitle: A post\nauthor: me\n---\n",
                "---\ntitle: x\n---\n\n");
        return Combinators.combine(frontMatter, blocks, Arbitraries.of("", "\n"), Arbitraries.of(false, false, true))
                .as((f, b, end, crlf) -> crlf ? (f + b + end).replace("\n", "\r\n") : f + b + end);
    }

    private static String join(List<String> blocks, List<String> seps) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                sb.append(seps.get(i));
            }
            sb.append(blocks.get(i));
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> snippets = Arbitraries.oneOf(
                Arbitraries.of("a", " ", "\n", "\n\n", "#", "`", "```", "-", "*", "> ", "|", "[", "]", ":", "^",
                        "<", ">", "=", "1. ", "~~", "    ", "---", "x", "é", "\t"),
                block().map(b -> "\n" + b + "\n"));
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(Kind.class),
                snippets, Arbitraries.integers().between(1, 12)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(8);
    }

    private static Arbitrary<String> words() {
        return Arbitraries.of("alpha", "beta", "gamma", "delta", "Process", "AWS", "*em*", "**strong**", "`code`",
                "~~gone~~", "[link](https://example.com/a)", "![img](/assets/i.png)", "[foo]", "[Bar][foo]",
                "<span>x</span>", "https://auto.example.com", "[^1]", "[^n]", "&amp;", "word", "badge", "a\\*b")
                .list().ofMinSize(1).ofMaxSize(8).map(ws -> String.join(" ", ws));
    }

    static Arbitrary<String> block() {
        Arbitrary<String> para = words().list().ofMinSize(1).ofMaxSize(3).map(ls -> String.join("\n", ls));
        Arbitrary<String> atx = Combinators.combine(Arbitraries.integers().between(1, 4), words(),
                Arbitraries.of(true, false)).as((level, w, closed) ->
                "#".repeat(level) + " " + w + (closed ? " " + "#".repeat(level) : ""));
        Arbitrary<String> setext = Combinators.combine(words(), Arbitraries.of("===", "---"))
                .as((w, u) -> w + "\n" + u);
        Arbitrary<String> list = Combinators.combine(Arbitraries.of("- ", "* ", "1. ", "- [ ] ", "- [x] "),
                words().list().ofMinSize(1).ofMaxSize(4), Arbitraries.of("\n", "\n\n"))
                .as((marker, items, sep) -> {
                    StringBuilder sb = new StringBuilder();
                    for (String item : items) {
                        if (sb.length() > 0) {
                            sb.append(sep);
                        }
                        sb.append(marker).append(item);
                    }
                    return sb.toString();
                });
        Arbitrary<String> quote = words().list().ofMinSize(1).ofMaxSize(3)
                .map(ls -> "> " + String.join("\n> ", ls));
        Arbitrary<String> fence = Combinators.combine(Arbitraries.of("```", "~~~", "````"),
                Arbitraries.of("", "java", "bash"), words().list().ofMinSize(0).ofMaxSize(3),
                Arbitraries.of(true, true, false))
                .as((f, lang, lines, closed) -> f + lang + "\n" + String.join("\n", lines)
                        + (lines.isEmpty() ? "" : "\n") + (closed ? f : ""));
        Arbitrary<String> table = Combinators.combine(words(), words(), words().list().ofMinSize(0).ofMaxSize(3))
                .as((a, b, rows) -> {
                    StringBuilder sb = new StringBuilder("| " + a + " | " + b + " |\n|---|:--:|");
                    for (String r : rows) {
                        sb.append("\n| ").append(r).append(" | x |");
                    }
                    return sb.toString();
                });
        Arbitrary<String> footnote = Combinators.combine(Arbitraries.of("1", "n", "2"), words())
                .as((label, w) -> "[^" + label + "]: " + w);
        Arbitrary<String> refDef = Arbitraries.of("[foo]: https://example.com/foo", "[bar]: /assets/bar.png \"Bar\"",
                "[Foo]: /other");
        Arbitrary<String> html = Arbitraries.of("<div class=\"note\">\nnote\n</div>", "<!-- a comment -->",
                "<pre>\nraw\n</pre>", "<script>alert(1)</script>", "<img src=\"/assets/x.png\" onerror=\"x()\">",
                "<details>\n<summary>More</summary>\n\nInside *md*\n\n</details>");
        Arbitrary<String> other = Arbitraries.of("---", "***", "    indented code\n    more", "");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, para), net.jqwik.api.Tuple.of(3, atx), net.jqwik.api.Tuple.of(1, setext),
                net.jqwik.api.Tuple.of(2, list), net.jqwik.api.Tuple.of(1, quote), net.jqwik.api.Tuple.of(2, fence),
                net.jqwik.api.Tuple.of(1, table), net.jqwik.api.Tuple.of(1, footnote),
                net.jqwik.api.Tuple.of(1, refDef), net.jqwik.api.Tuple.of(1, html), net.jqwik.api.Tuple.of(1, other));
    }
}
