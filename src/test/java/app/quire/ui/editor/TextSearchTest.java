package app.quire.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class TextSearchTest {
    @Test
    void literalIgnoresCaseUnlessAsked() {
        assertThat(new TextSearch("aws", false, false, false).findAll("AWS aws Aws")).hasSize(3);
        assertThat(new TextSearch("aws", true, false, false).findAll("AWS aws Aws")).hasSize(1);
        assertThat(new TextSearch("a.b", false, false, false).findAll("a.b axb")).hasSize(1);
    }

    @Test
    void wholeWord() {
        assertThat(new TextSearch("badge", false, true, false).findAll("badge badges a-badge"))
                .extracting(TextSearch.Match::start).containsExactly(0, 15);
    }

    @Test
    void regexGroupsExpandInReplacements() {
        assertThat(new TextSearch("(\\d+)%", false, false, true).findAll("80% and 5%", "$1 percent"))
                .extracting(TextSearch.Match::replacement).containsExactly("80 percent", "5 percent");
        assertThat(new TextSearch("x", false, false, false).findAll("x", "$1\\"))
                .extracting(TextSearch.Match::replacement).containsExactly("$1\\");
    }

    @Test
    void emptyMatchesAreSkippedAndInvalidRegexThrows() {
        assertThat(new TextSearch("a*", false, false, true).findAll("baab")).hasSize(1);
        assertThatThrownBy(() -> new TextSearch("(", false, false, true)).isInstanceOf(PatternSyntaxException.class);
    }
}
