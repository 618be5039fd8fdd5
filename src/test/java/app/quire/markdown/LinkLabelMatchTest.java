package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link LinkLabelMatch} against flexmark's link label pattern itself (decision 0197). */
class LinkLabelMatchTest {
    private static final Pattern FLEXMARK = new Parsing(new MutableDataSet()).LINK_LABEL;

    private static int regexEnd(String s, int from) {
        Matcher m = FLEXMARK.matcher(s);
        m.region(from, s.length());
        return m.find() ? m.end() : -1;
    }

    @Test
    void recognisesFlexmarksPattern() {
        assertThat(FLEXMARK.pattern()).isEqualTo(LinkLabelMatch.PATTERN);
    }

    @Provide
    Arbitrary<String> labels() {
        // few backslashes per text, so that the regex's 2^k search stays small
        Arbitrary<String> pieces = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.of("a", "b c", "x", "\n", "é", "\uD83D\uDE00", "\uD83D", "*")),
                net.jqwik.api.Tuple.of(3, Arbitraries.of("[", "]", "\\", "\\.", "\\]", "\\[", "\\\\", "\\!", "\\a")));
        return pieces.list().ofMaxSize(40).map(list -> "[" + String.join("", list));
    }

    @Property(tries = 3000)
    void sameMatchAsTheRegex(@ForAll("labels") String text, @ForAll @IntRange(min = 0, max = 3) int from) {
        String s = "ab\\".substring(0, Math.min(from, 3)) + text;
        int start = Math.min(from, 3);
        assertThat(LinkLabelMatch.matchEnd(s, start, s.length())).as(s).isEqualTo(regexEnd(s, start));
    }

    /** Around the 999-unit limit, with a few escapes and brackets near it. */
    @Property(tries = 400)
    void sameMatchNearTheUnitLimit(@ForAll @IntRange(min = 985, max = 1000) int plain, @ForAll("labels") String tail) {
        String s = "[" + "a".repeat(plain) + tail.substring(1);
        assertThat(LinkLabelMatch.matchEnd(s, 0, s.length())).as(s).isEqualTo(regexEnd(s, 0));
    }

    @Test
    void labelsThatNeverCloseEndQuickly() {
        // the regex would try 2^k ways here; the search remembers what failed
        assertThat(LinkLabelMatch.matchEnd("[" + "x\\. ".repeat(50_000), 0, 200_001)).isEqualTo(-1);
        String closing = "[" + "x\\. ".repeat(200) + "]";
        assertThat(LinkLabelMatch.matchEnd(closing, 0, closing.length())).isEqualTo(closing.length());
        assertThat(LinkLabelMatch.matchEnd("[a\\]", 0, 4)).isEqualTo(4); // the backslash alone, then ']'
        assertThat(LinkLabelMatch.matchEnd("[a\\]b]", 0, 6)).isEqualTo(6);
    }
}
