package app.quire.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class StyleSpansDiffTest {
    private final MarkdownHighlighter highlighter = new MarkdownHighlighter();

    private int[] diff(String before, String after) {
        StyleSpans<Collection<String>> old = highlighter.highlight(before);
        return StyleSpansDiff.changedRange(old, highlighter.highlight(after));
    }

    @Test
    void identicalSpansGiveNoRange() {
        assertThat(diff("# a\ntext", "# a\ntext")).isNull();
    }

    @Test
    void typingInPlainTextTouchesOnlyItsSpan() {
        String before = "# Head\n\nplain words here\n\n**bold**";
        String after = "# Head\n\nplain wordsX here\n\n**bold**";
        int[] range = diff(before, after);
        assertThat(range[0]).isGreaterThanOrEqualTo("# Head".length());
        assertThat(range[1]).isLessThanOrEqualTo(after.indexOf("**bold**"));
    }

    @Test
    void openingAFenceChangesTheRestOfTheText() {
        String before = "a\n\n# h\n\nb";
        String after = "a\n```\n# h\n\nb";
        int[] range = diff(before, after);
        assertThat(range[0]).isLessThanOrEqualTo(2);
        assertThat(range[1]).isGreaterThanOrEqualTo(after.indexOf("# h") + 3);
    }

    @Test
    void withoutPreviousSpansEverythingChanged() {
        StyleSpans<Collection<String>> now = highlighter.highlight("abc");
        assertThat(StyleSpansDiff.changedRange(null, now)).containsExactly(0, 3);
    }
}
