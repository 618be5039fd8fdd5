package app.quire.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MarkdownFormatterTest {
    private final MarkdownFormatter formatter = new MarkdownFormatter();

    /** Applies an action to the selection written as [..] in the text; returns the result with [..] again. */
    private String apply(FormatAction action, String marked) {
        int s = marked.indexOf('[');
        int e = marked.indexOf(']') - 1;
        String text = marked.replaceFirst("\\[", "").replaceFirst("]", "");
        TextEdit edit = formatter.format(action, text, s, e);
        String out = edit.applyTo(text);
        return out.substring(0, edit.selectionStart()) + "[" + out.substring(edit.selectionStart(), edit.selectionEnd())
                + "]" + out.substring(edit.selectionEnd());
    }

    @Test
    void boldWrapsAndUnwraps() {
        assertThat(apply(FormatAction.BOLD, "a [word] b")).isEqualTo("a **[word]** b");
        assertThat(apply(FormatAction.BOLD, "a **[word]** b")).isEqualTo("a [word] b");
        assertThat(apply(FormatAction.BOLD, "a [**word**] b")).isEqualTo("a [word] b");
    }

    @Test
    void boldDoesNotWrapOuterWhitespace() {
        assertThat(apply(FormatAction.BOLD, "a [word ]b")).isEqualTo("a **[word]** b");
    }

    @Test
    void emptySelectionInsertsMarkersAroundCaretAndRemovesThemAgain() {
        assertThat(apply(FormatAction.BOLD, "a [] b")).isEqualTo("a **[]** b");
        assertThat(apply(FormatAction.BOLD, "a **[]** b")).isEqualTo("a [] b");
    }

    @Test
    void italicAndBoldDoNotConfuseEachOther() {
        assertThat(apply(FormatAction.ITALIC, "**[word]**")).isEqualTo("***[word]***");
        assertThat(apply(FormatAction.ITALIC, "***[word]***")).isEqualTo("**[word]**");
        assertThat(apply(FormatAction.BOLD, "*[word]*")).isEqualTo("***[word]***");
    }

    @Test
    void codeSpanForOneLineAndFenceForSeveral() {
        assertThat(apply(FormatAction.CODE, "run [ls -l] now")).isEqualTo("run `[ls -l]` now");
        assertThat(apply(FormatAction.CODE, "run `[ls -l]` now")).isEqualTo("run [ls -l] now");
        assertThat(apply(FormatAction.CODE, "x\n[a = 1\nb = 2]\ny")).isEqualTo("x\n```\n[a = 1\nb = 2]\n```\ny");
        assertThat(apply(FormatAction.CODE, "x\n[```\na = 1\nb = 2\n```]\ny")).isEqualTo("x\n[a = 1\nb = 2]\ny");
    }

    @Test
    void linkSelectsTheUrlOrTakesASelectedUrlAsTarget() {
        TextEdit edit = formatter.format(FormatAction.LINK, "see the docs", 4, 12);
        assertThat(edit.applyTo("see the docs")).isEqualTo("see [the docs](url)");
        assertThat("see [the docs](url)".substring(edit.selectionStart(), edit.selectionEnd())).isEqualTo("url");
        TextEdit url = formatter.format(FormatAction.LINK, "go https://ex.com/x", 3, 19);
        assertThat(url.applyTo("go https://ex.com/x")).isEqualTo("go [](https://ex.com/x)");
        assertThat(url.selectionStart()).isEqualTo(4).isEqualTo(url.selectionEnd());
        TextEdit unlink = formatter.format(FormatAction.LINK, "a [t](u) b", 2, 8);
        assertThat(unlink.applyTo("a [t](u) b")).isEqualTo("a t b");
    }

    @Test
    void imageUsesBang() {
        TextEdit edit = formatter.format(FormatAction.IMAGE, "a cat", 2, 5);
        assertThat(edit.applyTo("a cat")).isEqualTo("a ![cat](url)");
    }

    @Test
    void headingsSetReplaceAndToggleOff() {
        assertThat(formatter.format(FormatAction.HEADING_2, "Process", 3, 3).applyTo("Process")).isEqualTo("## Process");
        assertThat(formatter.format(FormatAction.HEADING_3, "## Process", 3, 3).applyTo("## Process"))
                .isEqualTo("### Process");
        assertThat(formatter.format(FormatAction.HEADING_2, "## Process", 3, 3).applyTo("## Process"))
                .isEqualTo("Process");
    }

    @Test
    void closedHeadingsKeepTheirClosingSequence() {
        String text = "a\n## Process ##\nb";
        assertThat(formatter.format(FormatAction.HEADING_3, text, 5, 5).applyTo(text)).isEqualTo("a\n### Process ###\nb");
        assertThat(formatter.format(FormatAction.HEADING_2, text, 5, 5).applyTo(text)).isEqualTo("a\nProcess\nb");
    }

    @ParameterizedTest
    @EnumSource(value = FormatAction.class, names = {"QUOTE", "BULLET_LIST", "NUMBERED_LIST", "TASK_LIST"})
    void linePrefixesToggleBackToTheOriginal(FormatAction action) {
        String text = "intro\none\n\ntwo\nend";
        TextEdit on = formatter.format(action, text, 7, 14);
        String once = on.applyTo(text);
        assertThat(once).isNotEqualTo(text);
        TextEdit off = formatter.format(action, once, on.selectionStart(), on.selectionEnd());
        assertThat(off.applyTo(once)).isEqualTo(text);
    }

    @Test
    void listPrefixesLookRight() {
        String text = "one\ntwo";
        assertThat(formatter.format(FormatAction.NUMBERED_LIST, text, 0, 7).applyTo(text)).isEqualTo("1. one\n2. two");
        assertThat(formatter.format(FormatAction.TASK_LIST, text, 0, 7).applyTo(text)).isEqualTo("- [ ] one\n- [ ] two");
        assertThat(formatter.format(FormatAction.QUOTE, text, 0, 7).applyTo(text)).isEqualTo("> one\n> two");
        assertThat(formatter.format(FormatAction.BULLET_LIST, "1. one", 0, 0).applyTo("1. one")).isEqualTo("- one");
        assertThat(formatter.format(FormatAction.TASK_LIST, "- one", 0, 0).applyTo("- one")).isEqualTo("- [ ] one");
    }
}
