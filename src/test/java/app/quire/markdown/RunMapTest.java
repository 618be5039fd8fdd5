package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link RunMap} against flexmark's two un-escaping passes through one text mapper (the calls of its autolink
 * step for a run of text and entity nodes): same text, same {@code originalOffset} at every index, and a source
 * index exactly where flexmark's character has a place in the source (docs/decisions/0201).
 */
class RunMapTest {
    @Provide
    Arbitrary<String> runs() {
        Arbitrary<String> pieces = Arbitraries.of("x", "a", "w", "#", ";", "&", "amp;", "&amp;", "&AMP;", "&#38;",
                "&#x26;", "&#64;", "&#58;", "&commat;", "&lt;", "&#123;", "&#x41;", "&#0;", "&#99999999;",
                "&bogus;", "&#;", "\\", "\\.", "\\*", "\\&", "\\\\", "\\@", "\\a", "64;", "#64;", "lt;", "1", " ",
                "@", ":", "//", ".", "é", "&eacute;", "&ngE;", "&#x1F600;", "http://b", "a@b.c");
        return pieces.list().ofMaxSize(25).map(list -> String.join("", list));
    }

    private static List<Range> entityRanges(String text, int shift) {
        List<Range> ranges = new ArrayList<>();
        Matcher m = Pattern.compile("&[#a-zA-Z0-9]+;").matcher(text);
        while (m.find()) {
            ranges.add(Range.of(m.start() + shift, m.end() + shift));
        }
        return ranges;
    }

    @Property(tries = 3000)
    void sameAsFlexmarksMapper(@ForAll("runs") String text, @ForAll @IntRange(min = -3, max = 12) int shift) {
        String prefix = "p".repeat(Math.max(0, shift));
        BasedSequence run = BasedSequence.of(prefix + text).subSequence(prefix.length());
        List<Range> entities = entityRanges(text, shift);
        ReplacedTextMapper mapper = new ReplacedTextMapper(run);
        BasedSequence literal = Escaping.unescape(
                entities.isEmpty() ? run : Escaping.unescapeHtml(run, entities, mapper), mapper);
        RunMap map = RunMap.of(text, entities);
        String name = text + " shift " + shift;
        assertThat(map.text).as(name).isEqualTo(literal.toString());
        for (int i = 0; i <= literal.length(); i++) {
            assertThat(map.originalOffset(i)).as("%s at %d", name, i).isEqualTo(mapper.originalOffset(i));
        }
        for (int i = 0; i < literal.length(); i++) {
            int offset = literal.getIndexOffset(i);
            int expected = offset < 0 ? -1 : offset - prefix.length();
            assertThat(map.sourceIndex(i)).as("%s char %d", name, i).isEqualTo(expected);
        }
    }

    @Test
    void entitiesHaveNoSourceEscapesKeepTheirCharacter() {
        RunMap map = RunMap.of("a&amp;b\\.c", List.of(Range.of(1, 6)));
        assertThat(map.text).isEqualTo("a&b.c");
        assertThat(map.sourceIndex(1)).isEqualTo(-1);
        assertThat(map.sourceIndex(3)).isEqualTo(8);
        assertThat(map.originalOffset(3)).isEqualTo(7);
        assertThat(map.originalOffset(5)).isEqualTo(10);
    }
}
