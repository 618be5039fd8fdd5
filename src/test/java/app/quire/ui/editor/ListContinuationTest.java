package app.quire.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListContinuationTest {
    private final ListContinuation lists = new ListContinuation();

    /** Presses Enter at the end of the text; returns the new text or null when Enter keeps its meaning. */
    private String enterAtEnd(String text) {
        Optional<TextEdit> edit = lists.enter(text, text.length());
        edit.ifPresent(e -> assertThat(e.selectionStart()).isEqualTo(e.applyTo(text).length() - tailLength(text, e)));
        return edit.map(e -> e.applyTo(text)).orElse(null);
    }

    private static int tailLength(String text, TextEdit e) {
        return text.length() - e.to();
    }

    @Test
    void bulletsContinueWithTheSameMarker() {
        assertThat(enterAtEnd("- one")).isEqualTo("- one\n- ");
        assertThat(enterAtEnd("  * nested")).isEqualTo("  * nested\n  * ");
    }

    @Test
    void numbersIncrementAndKeepTheDelimiter() {
        assertThat(enterAtEnd("9. nine")).isEqualTo("9. nine\n10. ");
        assertThat(enterAtEnd("1) one")).isEqualTo("1) one\n2) ");
    }

    @Test
    void tasksContinueUnchecked() {
        assertThat(enterAtEnd("- [x] done")).isEqualTo("- [x] done\n- [ ] ");
    }

    @Test
    void quotesContinue() {
        assertThat(enterAtEnd("> said")).isEqualTo("> said\n> ");
        assertThat(enterAtEnd("> - quoted item")).isEqualTo("> - quoted item\n> - ");
    }

    @Test
    void emptyItemEndsTheList() {
        assertThat(enterAtEnd("- one\n- ")).isEqualTo("- one\n");
        assertThat(enterAtEnd("- [ ] a\n- [ ] ")).isEqualTo("- [ ] a\n");
        assertThat(enterAtEnd("> a\n> ")).isEqualTo("> a\n");
    }

    @Test
    void plainTextAndCaretInsideTheMarkerKeepEnter() {
        assertThat(enterAtEnd("plain")).isNull();
        assertThat(lists.enter("- one", 1)).isEmpty();
        assertThat(enterAtEnd("-not a list")).isNull();
    }

    @Test
    void enterInTheMiddleOfAnItemSplitsIt() {
        Optional<TextEdit> edit = lists.enter("- onetwo", 5);
        assertThat(edit).isPresent();
        assertThat(edit.get().applyTo("- onetwo")).isEqualTo("- one\n- two");
    }

    @Test
    void tabIndentsListItemsByTheirMarkerWidth() {
        TextEdit edit = lists.indent("- a\n- b", 6, 6);
        assertThat(edit.applyTo("- a\n- b")).isEqualTo("- a\n  - b");
        assertThat(edit.selectionStart()).isEqualTo(8);
        assertThat(lists.indent("1. a\n1. b", 8, 8).applyTo("1. a\n1. b")).isEqualTo("1. a\n   1. b");
        TextEdit back = lists.outdent("- a\n  - b", 8, 8);
        assertThat(back.applyTo("- a\n  - b")).isEqualTo("- a\n- b");
        assertThat(back.selectionStart()).isEqualTo(6);
    }

    @Test
    void tabOutsideListsInsertsSpacesToTheNextStop() {
        assertThat(lists.indent("ab", 2, 2).applyTo("ab")).isEqualTo("ab  ");
        assertThat(lists.indent("x\ny", 0, 3).applyTo("x\ny")).isEqualTo("    x\n    y");
        assertThat(lists.outdent("    x\n  y", 0, 9).applyTo("    x\n  y")).isEqualTo("x\ny");
    }
}
