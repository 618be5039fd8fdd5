package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nibor.autolink.LinkSpan;

/**
 * Quire's autolink step ({@link AutolinkTextProcessor} behind {@link QuickAutolinkExtension}) against stock
 * flexmark's {@code AutolinkExtension}: same tree, same HTML, on texts around the scheme search and the link
 * merge (docs/decisions/0190).
 */
class AutolinkTextProcessorTest {
    /** flexmark's own scheme pattern (0.64.8), the reference for {@link SchemeLinks#find}. */
    private static final Pattern FLEXMARK_SCHEME = Pattern.compile("\\b([a-z][a-z0-9+.-]*://)(?:\\s|$)");

    private static final class Pair {
        final Parser stock;
        final Parser quire;
        final HtmlRenderer html;

        Pair(DataHolder extra) {
            MutableDataSet stockOptions = new MutableDataSet(extra).set(Parser.EXTENSIONS,
                    List.of(AutolinkExtension.create()));
            MutableDataSet quireOptions = new MutableDataSet(extra).set(Parser.EXTENSIONS,
                    List.of(QuickAutolinkExtension.create()));
            stock = Parser.builder(stockOptions).build();
            quire = Parser.builder(quireOptions).build();
            html = HtmlRenderer.builder(stockOptions).build();
        }

        /** Same tree and HTML, with flexmark's offset walk and with the binary search from the first region. */
        void assertSame(String markdown) {
            assertSameOnce(markdown);
            AutolinkTextProcessor.offsetWalkLimit = -1;
            try {
                assertSameOnce(markdown);
            } finally {
                AutolinkTextProcessor.offsetWalkLimit = OriginalOffsets.WALK_LIMIT;
            }
        }

        private void assertSameOnce(String markdown) {
            assertThat(OldVsNewAstTest.ast(quire, markdown)).as(markdown)
                    .isEqualTo(OldVsNewAstTest.ast(stock, markdown));
            assertThat(html.render(quire.parse(markdown))).as(markdown)
                    .isEqualTo(html.render(stock.parse(markdown)));
        }
    }

    private static final Pair PLAIN = new Pair(new MutableDataSet());
    private static final Pair IGNORING = new Pair(new MutableDataSet()
            .set(AutolinkExtension.IGNORE_LINKS, "(?:www\\.x.*|.*\\.org)"));
    private static final Pair DUMMY = new Pair(new MutableDataSet().set(Parser.INTELLIJ_DUMMY_IDENTIFIER, true));

    static Stream<String> texts() {
        List<String> t = new ArrayList<>(List.of(
                // bare URLs and schemes
                "see http://example.com now", "http://example.com/a?b=c&d=e#f", "https://a.b/c.",
                "ftp://x.y/z, and http://q.r/s)", "(http://a.b/c)", "http://a.b/c!!!", "http://a.b/c?",
                "a:// b", "a://", "x://\n", "x://\ty", "x:// x:// x://", "a:b", "a:b:c://", "mailto:x@y.z",
                "A://", "Ab://", "1a://", "_a://", "é a:// ", "éa:// ", "-a:// ", "+a.b-c://", "a+://",
                ".a://", "a..b://", "www.a://", "x://y", "x:///", "x://\u2028", "x://\u2028y", "x://\u0085",
                "x://\r\n", "a\u0301b://", "a \u0301b://", "𝒜a://", "a:/ /", "a: //", "http://", "http:// x",
                "http://a http://b https://c", "word http://a.b/c word https://d.e/f word",
                // www. hosts
                "www.example.com", "www.a", "www.a.", "www.awww.a", "www.a www.b.c", "Www.x.y", "WWW.x.y",
                "wwww.x.y", "xwww.x.y", "www.x.y/path?q=1.", "www.x.y)", "(www.x.y)", "www.x.y.",
                "www.x\\.y", "www.x&#46;y", "www&#46;x.y", "www.x.org/a", "www.xyz.com", "www.x_y.z",
                // mail
                "a@b.c", "a@b", "a.b@c.d.", "x@y.z@w.v", "@a.b", "a@", "mail me: me@my.site!",
                "first.last+tag@sub.domain.example", "a@b.c:// x", "a@b.c.org",
                // entities, escapes, punctuation
                "&amp;http://a.b", "http://a.b&amp;c", "a&#58;// x", "a&colon;// x", "http&#x3a;//a.b",
                "\\http://a.b", "http:\\/\\/a.b", "x\\://", "www\\.a.b", "a\\@b.c", "&lt;http://a.b&gt;",
                "&copy; www.x.y &copy;", "http://a.b/&amp;&amp;", "x://&nbsp;", "x://&#32;",
                "x:// &amp;", "a&amp;b://", "http://a.b/c\\", "http://a.b/\\*c\\*",
                "a@b.c\\! ".repeat(40), "http://a\\. ".repeat(40), "a&amp;http://b ".repeat(40),
                "\\!x@y.z&amp;".repeat(40), "www.a\\.b&#46;c ".repeat(40),
                // long words with dots, mixed
                "www.a".repeat(40), "x.www.".repeat(40), "a.b.c.d.e.f.g.h://", "a.".repeat(50) + "://",
                "www.a".repeat(20) + "://", "www.a".repeat(20) + ":// x", "a:// ".repeat(30),
                "http://a ".repeat(20), "a@b.c ".repeat(20), "x.y://z ".repeat(10) + "www.q.r",
                "*http://a.b/* _www.c.d_ `http://e.f` [g](http://h.i) <http://j.k>",
                "line one http://a.b\nline two www.c.d\nline three e@f.g",
                "> quote http://a.b\n\n- item www.c.d\n- item x://\n",
                "| a | http://b.c |\n|---|---|\n| x:// | www.y.z |\n"));
        return t.stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void parsesAsStockFlexmark(String markdown) {
        PLAIN.assertSame(markdown);
        PLAIN.assertSame(markdown + " x:// www.q.r http://s.t/");
        IGNORING.assertSame(markdown);
        DUMMY.assertSame(markdown);
        DUMMY.assertSame(markdown.replace(".", ".\u001f").replace(":", "\u001f:"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void findsTheSchemesFlexmarksPatternFinds(String text) {
        assertThat(SchemeLinks.find(text)).as(text).isEqualTo(regexSchemes(text));
    }

    /** Offsets mapped back through entity, escape and dummy-identifier replacements, as flexmark's mapper does. */
    @Property(tries = 1000)
    void offsetsMapBackAsFlexmarksMapperDoes(@ForAll("linkyText") String text, @ForAll boolean entities,
            @ForAll boolean dummy) {
        BasedSequence original = BasedSequence.of(text);
        ReplacedTextMapper mapper = new ReplacedTextMapper(original);
        BasedSequence literal = original;
        if (entities) {
            List<Range> ranges = new ArrayList<>();
            Matcher m = Pattern.compile("&[#a-z0-9]+;").matcher(text);
            while (m.find()) {
                ranges.add(Range.of(m.start(), m.end()));
            }
            if (!ranges.isEmpty()) {
                literal = Escaping.unescapeHtml(original, ranges, mapper);
            }
        }
        literal = Escaping.unescape(literal, mapper);
        if (dummy) {
            literal = Escaping.removeAll(literal, "\u001f", mapper);
        }
        OriginalOffsets offsets = OriginalOffsets.of(mapper, -1);
        for (int i = 0; i <= literal.length(); i++) {
            assertThat(offsets.originalOffset(i)).as("%s at %d", text, i).isEqualTo(mapper.originalOffset(i));
        }
    }

    @Test
    void theWholePipelineAutolinksAsBefore() {
        String md = "Links: http://a.b/c, www.d.e and f@g.h; x:// and " + "www.a".repeat(50) + " end.\n";
        assertThat(MarkdownRenderer.shared().toHtml(md)).isEqualTo(LegacyPipeline.renderer().toHtml(md))
                .contains("<a href=\"http://a.b/c\">", "<a href=\"mailto:f@g.h\">", "<a href=\"x://\">");
    }

    private static int[] regexSchemes(CharSequence text) {
        List<Integer> found = new ArrayList<>();
        Matcher m = FLEXMARK_SCHEME.matcher(text);
        while (m.find()) {
            found.add(m.start(1));
            found.add(m.end(1));
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    @Provide
    Arbitrary<String> smallAlphabet() {
        return Arbitraries.strings().withChars('w', '.', 'a', ':', '/', '@', ' ', 'h', 't', 'p', 's')
                .ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> linkyText() {
        Arbitrary<String> pieces = Arbitraries.of("w", "www.", ".", "a", "b", ":", "/", "://", "@", " ", "http",
                "s", "x.y", "-", "+", "_", "A", "1", "\\", "&amp;", "&#46;", "&#58;", "é", "\u0301", "\n", "\t",
                "(", ")", "*", "`", "!", "?", ",", "\u001f", "<", ">");
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }

    @Property(tries = 1500)
    void randomSmallAlphabetTextsParseAsStockFlexmark(@ForAll("smallAlphabet") String markdown) {
        PLAIN.assertSame(markdown);
        assertThat(SchemeLinks.find(markdown)).isEqualTo(regexSchemes(markdown));
    }

    @Property(tries = 1500)
    void randomLinkyTextsParseAsStockFlexmark(@ForAll("linkyText") String markdown) {
        PLAIN.assertSame(markdown);
        DUMMY.assertSame(markdown);
        IGNORING.assertSame(markdown);
        assertThat(SchemeLinks.find(markdown)).isEqualTo(regexSchemes(markdown));
    }

    /** The two-cursor merge puts every scheme match where flexmark's match-by-link loop puts it. */
    @Property(tries = 1000)
    void theMergeAgreesWithTheOneByOneLoop(@ForAll("spans") List<int[]> linkSpans,
            @ForAll("spans") List<int[]> schemeSpans) {
        List<LinkSpan> links = new ArrayList<>();
        for (int[] s : linkSpans) {
            links.add(new SchemeLinks.Span(s[0], s[1]));
        }
        int[] schemes = new int[schemeSpans.size() * 2];
        for (int k = 0; k < schemeSpans.size(); k++) {
            schemes[2 * k] = schemeSpans.get(k)[0];
            schemes[2 * k + 1] = schemeSpans.get(k)[1];
        }
        assertThat(SchemeLinks.merge(links, schemes)).isEqualTo(SchemeLinks.mergeOneByOne(links, schemes));
    }

    /** Ordered, disjoint spans (as autolink-java's links and the scheme matches are), with gaps of 0-3. */
    @Provide
    Arbitrary<List<int[]>> spans() {
        return Arbitraries.integers().between(0, 3).list().ofMaxSize(24).map(gaps -> {
            List<int[]> spans = new ArrayList<>();
            int at = 0;
            for (int k = 0; k + 1 < gaps.size(); k += 2) {
                int start = at + gaps.get(k);
                int end = start + 1 + gaps.get(k + 1);
                spans.add(new int[] {start, end});
                at = end;
            }
            return spans;
        });
    }

    @Property(tries = 300)
    void outOfOrderLinksFallBackToTheOneByOneLoop(@ForAll @IntRange(min = 0, max = 20) int a,
            @ForAll @IntRange(min = 0, max = 20) int b) {
        List<LinkSpan> links = List.of(new SchemeLinks.Span(10, 14), new SchemeLinks.Span(2, 30));
        int[] schemes = {Math.min(a, b), Math.max(a, b) + 1};
        assertThat(SchemeLinks.merge(links, schemes)).isEqualTo(SchemeLinks.mergeOneByOne(links, schemes));
    }
}
