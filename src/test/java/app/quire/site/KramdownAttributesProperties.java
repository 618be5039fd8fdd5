package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.PreviewBlock;
import app.quire.markdown.PreviewSession;
import app.quire.markdown.RenderContext;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * With kramdown attribute lists, the incremental preview still equals a full render after any edits (the marks
 * of a list's own line apply across blocks), every line keeps its number, and no mark is ever shown.
 */
class KramdownAttributesProperties {
    private static final MarkdownRenderer RENDERER = MarkdownRenderer.shared();

    record Edit(double where, boolean insert, String text, int length) {
    }

    private static String marked(String body) {
        return KramdownMarks.strip(body, "", 0, new ArrayList<>());
    }

    @Property(tries = 300)
    void slicesEqualTheFullRender(@ForAll("bodies") String body, @ForAll("edits") List<Edit> edits) {
        PreviewSession session = new PreviewSession(RENDERER, RenderContext.NONE);
        String text = body;
        for (int step = 0; step <= edits.size(); step++) {
            if (step > 0) {
                text = apply(text, edits.get(step - 1));
            }
            String shown = marked(text);
            assertThat(shown.split("\n", -1)).hasSameSizeAs(text.split("\n", -1));
            session.update(shown);
            app.quire.post.Post post = app.quire.post.Post.parse(shown); // as the session cuts off front matter
            List<PreviewBlock> full = RENDERER.toPreviewBlocks(post.body(), post.bodyStartLine(), RenderContext.NONE);
            assertThat(session.blocks()).as("after edits on%n%s", text).isEqualTo(full);
            assertThat(full).allSatisfy(b -> assertThat(b.html().replaceAll("<!--quire-attr:[^>]*-->", ""))
                    .as("a mark shows only as a comment").doesNotContain("quire-attr"));
        }
    }

    private static String apply(String text, Edit edit) {
        int at = Math.max(0, Math.min(text.length(), (int) Math.floor(edit.where() * (text.length() + 1))));
        int end = Math.min(text.length(), at + edit.length());
        return edit.insert() ? text.substring(0, at) + edit.text() + text.substring(at)
                : text.substring(0, at) + text.substring(end);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> block = Arbitraries.of("A paragraph.", "Two\nlines.", "## Head ##", "* one\n* two",
                "> quote", "| a | b |\n|---|---|\n| 1 | 2 |", "```\ncode\n```", "![i](/p.png){: .center}",
                "[x](http://u){:target=\"_blank\"} and *em*{: .e}", "{: .lead}", "{: #id .a}", "{: .b}",
                "{:ref: .refd}", "{: ref}");
        return block.list().ofMinSize(1).ofMaxSize(12).flatMap(list -> Arbitraries.of("\n", "\n\n").list()
                .ofSize(list.size()).map(seps -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < list.size(); i++) {
                        sb.append(i > 0 ? seps.get(i) : "").append(list.get(i));
                    }
                    return sb.toString();
                }));
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> snippets = Arbitraries.of("a", "\n", "\n\n", "{: .x}\n", "\n{: .y}", "#", "* ", "> ",
                "{:", "}", "`");
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(true, false), snippets,
                Arbitraries.integers().between(1, 8)).as(Edit::new).list().ofMinSize(1).ofMaxSize(6);
    }
}
