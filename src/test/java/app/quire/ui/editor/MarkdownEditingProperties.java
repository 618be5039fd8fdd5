package app.quire.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.fxmisc.richtext.model.StyleSpans;

/** Random Markdown-ish text: the pure editing classes never throw and keep their invariants. */
class MarkdownEditingProperties {
    private final MarkdownHighlighter highlighter = new MarkdownHighlighter();
    private final MarkdownFormatter formatter = new MarkdownFormatter();
    private final ListContinuation lists = new ListContinuation();

    @Provide
    Arbitrary<String> markdownish() {
        return Arbitraries.strings().withChars("#*_`~[]()!<>-+=: \n\t|\\ax1.").ofMaxLength(120)
                .edgeCases(c -> c.add("---\na: b\n---"));
    }

    @Property(tries = 500)
    void spansCoverTheWholeText(@ForAll("markdownish") String text) {
        StyleSpans<Collection<String>> spans = highlighter.highlight(text);
        assertThat(spans.length()).isEqualTo(text.length());
    }

    @Property(tries = 300)
    void everyFormatGivesAValidEditAndSelection(@ForAll("markdownish") String text,
            @ForAll @IntRange(min = 0, max = 120) int a, @ForAll @IntRange(min = 0, max = 120) int b,
            @ForAll FormatAction action) {
        int s = Math.min(Math.min(a, b), text.length());
        int e = Math.min(Math.max(a, b), text.length());
        TextEdit edit = formatter.format(action, text, s, e);
        String out = edit.applyTo(text);
        assertThat(edit.selectionStart()).isBetween(0, edit.selectionEnd());
        assertThat(edit.selectionEnd()).isLessThanOrEqualTo(out.length());
    }

    @Property(tries = 300)
    void boldTwiceOnAWordRestoresTheText(@ForAll("markdownish") String prefix,
            @ForAll @net.jqwik.api.constraints.AlphaChars @net.jqwik.api.constraints.StringLength(min = 1, max = 10) String word) {
        String text = prefix + " " + word + " end";
        int s = prefix.length() + 1;
        TextEdit once = formatter.format(FormatAction.BOLD, text, s, s + word.length());
        String bold = once.applyTo(text);
        TextEdit twice = formatter.format(FormatAction.BOLD, bold, once.selectionStart(), once.selectionEnd());
        assertThat(twice.applyTo(bold)).isEqualTo(text);
    }

    @Property(tries = 300)
    void listKeysNeverThrow(@ForAll("markdownish") String text, @ForAll @IntRange(min = 0, max = 120) int caret) {
        int c = Math.min(caret, text.length());
        lists.enter(text, c).ifPresent(e -> assertThat(e.applyTo(text)).isNotNull());
        assertThat(lists.indent(text, c, c).applyTo(text)).isNotNull();
        assertThat(lists.outdent(text, 0, c).applyTo(text)).isNotNull();
    }
}
