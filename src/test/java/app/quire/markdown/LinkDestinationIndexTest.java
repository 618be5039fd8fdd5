package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.parser.internal.LinkDestinationParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * {@link LinkDestinationIndex} must stop every scan exactly where flexmark's own destination scan stops, for
 * every start that is not inside an escape (decision 0182).
 */
class LinkDestinationIndexTest {
    /** The destination parser as flexmark's inline parser makes it with Quire's options. */
    private static final LinkDestinationParser FLEXMARK = new LinkDestinationParser(true, false, false, false);

    @Property(tries = 2000)
    void stopsWhereFlexmarkStops(@ForAll @StringLength(max = 60) @Chars({'(', ')', '\\', ' ', '\t', '\n', 'a',
        '[', ']', '<', '>', '"', '\u0001', '\u00e9'}) @CharRange(from = '!', to = '#') String text) {
        assertSameStops(text);
    }

    @Test
    void handPickedTexts() {
        for (String text : new String[] {"", "(", ")", "\\", "\\(", "\\\\(", "a(b)c)d", "[a](".repeat(20),
            "((a)", "(a))", "x\\)y)z", "a b", "a\\ b", "\\\\\\)", "(\\()", "a\u0000b"}) {
            assertSameStops(text);
        }
    }

    @Test
    void quireUsesTheSettingsTheIndexSupports() {
        assertThat(LinkDestinationIndex.supports(FLEXMARK)).isTrue();
        assertThat(LinkDestinationIndex.supports(new LinkDestinationParser(true, true, false, false))).isFalse();
        assertThat(LinkDestinationIndex.supports(new LinkDestinationParser(true, false, true, false))).isFalse();
    }

    private static void assertSameStops(String text) {
        BasedSequence input = BasedSequence.of(text);
        LinkDestinationIndex index = LinkDestinationIndex.of(input, FLEXMARK);
        int answered = 0;
        for (int start = 0; start <= text.length(); start++) {
            int stop = index.stop(start);
            if (stop < 0) {
                // only right after an escaping backslash
                assertThat(text.charAt(start - 1)).as("start %d of %s", start, text).isEqualTo('\\');
                continue;
            }
            answered++;
            int expected = start + FLEXMARK.parseLinkDestination(input, start).length();
            assertThat(stop).as("start %d of \"%s\"", start, text).isEqualTo(expected);
        }
        assertThat(answered).isPositive();
    }
}
