package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link LinkTitleIndex} must end every title where flexmark's title pattern does (decision 0185). */
class LinkTitleIndexTest {
    private static final Pattern FLEXMARK = new Parsing(new MutableDataSet()).LINK_TITLE;

    @Test
    void reproducesTheFlexmarkPatternInUse() {
        assertThat(FLEXMARK.pattern()).isEqualTo(LinkTitleIndex.PATTERN);
    }

    @Property(tries = 3000)
    void endsWhereThePatternEnds(@ForAll @StringLength(max = 40) @Chars({'"', '\'', '(', ')', '\\', '\0', '\n',
        'a', '!', '[', ' '}) String text) {
        assertSameEnds(text);
    }

    @Test
    void handPickedTexts() {
        for (String text : new String[] {"\"a\"", "\"a\\\"", "\"a\\\"b", "\"\\\\\"", "(a(b)c)", "(a\\)", "(a\\)b",
            "'a\\'b\\'", "\"a\0\"", "(x\n y)", "\"\\\\\\\"\"", "[a](b (".repeat(10) + ")", "(\\", "\"", ""}) {
            assertSameEnds(text);
        }
    }

    private static void assertSameEnds(String text) {
        LinkTitleIndex[] indexes = {LinkTitleIndex.of(text, '"'), LinkTitleIndex.of(text, '\''),
            LinkTitleIndex.of(text, ')')};
        for (int open = 0; open < text.length(); open++) {
            int kind = "\"'(".indexOf(text.charAt(open));
            if (kind < 0) {
                continue;
            }
            Matcher m = FLEXMARK.matcher(text);
            m.region(open, text.length());
            int expected = m.find() ? m.end() : -1;
            assertThat(indexes[kind].end(open)).as("title at %d of \"%s\"", open, text).isEqualTo(expected);
        }
    }
}
