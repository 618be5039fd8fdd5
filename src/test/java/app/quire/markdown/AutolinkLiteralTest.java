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
 * {@link AutolinkLiteral} against flexmark's own un-escaping with a text mapper (the calls flexmark's autolink
 * step makes): same characters; and its link-start bound is sound: no text from past it un-escapes into one
 * (docs/decisions/0196).
 */
class AutolinkLiteralTest {
    /** What flexmark's step searches: unescapeHtml over the ranges, unescape, U+001F removed. */
    static String flexmarkLiteral(BasedSequence text, List<Range> entities, boolean dummy) {
        ReplacedTextMapper mapper = new ReplacedTextMapper(text);
        BasedSequence literal = Escaping.unescape(
                entities.isEmpty() ? text : Escaping.unescapeHtml(text, entities, mapper), mapper);
        if (dummy) {
            literal = Escaping.removeAll(literal, "\u001f", mapper);
        }
        return literal.toString();
    }

    @Provide
    Arbitrary<String> escapy() {
        Arbitrary<String> pieces = Arbitraries.of("x", "a", "w", "W", "#", ";", "&", "amp;", "&amp;", "&AMP;",
                "&#38;", "&#x26;", "&#64;", "&#x40;", "&#58;", "&#119;", "&commat;", "&colon;", "&lt;", "&#123;",
                "&#x41;", "&#0;", "&#99999999;", "&#xD800;", "&bogus;", "&#;", "&#x;", "\\", "\\.", "\\*", "\\&",
                "\\\\", "\\@", "\\:", "\\a", "64;", "#64;", "#x40;", "x40;", "commat;", "1", "9", " ", "\u001f",
                "@", ":", "//", ".", "é", "&eacute;", "&#x1F600;");
        return pieces.list().ofMaxSize(25).map(list -> String.join("", list));
    }

    /** Entity-shaped pieces' ranges, in the text's own indexes shifted by {@code shift} (as base offsets are). */
    private static List<Range> entityRanges(String text, int shift) {
        List<Range> ranges = new ArrayList<>();
        Matcher m = Pattern.compile("&[#a-zA-Z0-9]+;").matcher(text);
        while (m.find()) {
            ranges.add(Range.of(m.start() + shift, m.end() + shift));
        }
        return ranges;
    }

    @Property(tries = 3000)
    void sameCharactersAsFlexmarksUnescaping(@ForAll("escapy") String text, @ForAll boolean dummy,
            @ForAll @IntRange(min = -3, max = 12) int shift) {
        String prefix = "p".repeat(Math.max(0, shift));
        BasedSequence run = BasedSequence.of(prefix + text).subSequence(prefix.length());
        // ranges as the processor passes them (base offsets), misaligned or clamped as they may be in flexmark
        List<Range> entities = entityRanges(text, shift);
        assertThat(AutolinkLiteral.of(run, entities, dummy)).as("%s shift %d", text, shift)
                .isEqualTo(flexmarkLiteral(run, entities, dummy));
        assertThat(AutolinkLiteral.of(run, List.of(), dummy)).as(text)
                .isEqualTo(flexmarkLiteral(run, List.of(), dummy));
    }

    @Property(tries = 3000)
    void noTextPastTheBoundUnescapesIntoALinkStart(@ForAll("escapy") String text, @ForAll boolean dummy,
            @ForAll @IntRange(min = 0, max = 12) int shift) {
        int bound = AutolinkLiteral.lastLinkStart(text);
        for (int from = bound + 1; from < text.length(); from++) {
            String rest = text.substring(from);
            // every alignment of the entity ranges the processor might pass for this rest
            for (int s = 0; s <= shift; s++) {
                String literal = flexmarkLiteral(BasedSequence.of(rest), entityRanges(rest, s), dummy);
                assertThat(literal).as("%s from %d (bound %d)", text, from, bound)
                        .doesNotContain("@", ":", "w", "W");
            }
        }
    }

    @Test
    void theBoundFindsLinkStartsHiddenInEntities() {
        assertThat(AutolinkLiteral.lastLinkStart("x&amp;x&amp;x&#123;y\\.z")).isEqualTo(-1);
        assertThat(AutolinkLiteral.lastLinkStart("ab@cd&amp;")).isEqualTo(2);
        assertThat(AutolinkLiteral.lastLinkStart("ab&#64;cd")).isEqualTo(2);
        assertThat(AutolinkLiteral.lastLinkStart("ab&#x3a;cd")).isEqualTo(2);
        assertThat(AutolinkLiteral.lastLinkStart("ab&amp;#64;cd")).isEqualTo(2); // formed anew in the 2nd pass
        assertThat(AutolinkLiteral.lastLinkStart("ab&#35;x")).isEqualTo(2); // decodes to '#': may join an entity
        assertThat(AutolinkLiteral.lastLinkStart("www")).isEqualTo(2);
    }

    @Test
    void literalOfEscapesAndEntities() {
        // flexmark 0.64.8's sequence decoder gives numeric entities in brackets; its autolinker searches that
        assertThat(AutolinkLiteral.of("x\\. &amp; &#123; &#x41; \\a &bogus;", List.of(), false))
                .isEqualTo("x. & [{] [A] \\a &bogus;");
        assertThat(AutolinkLiteral.of("a\u001fb", List.of(), true)).isEqualTo("ab");
        assertThat(AutolinkLiteral.of("a\u001fb", List.of(), false)).isEqualTo("a\u001fb");
    }
}
