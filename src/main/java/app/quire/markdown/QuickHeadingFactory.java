package app.quire.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * flexmark's heading parser with one cost removed. On every line that could start a block inside a paragraph
 * (one not starting with a letter: {@code [}, a digit, {@code *}...) flexmark's heading factory asks for the
 * whole paragraph's text, which is joined anew each time, only to test that there is a paragraph before a
 * setext underline ({@code ===} or {@code ---}). A paragraph of 100,000 such lines (link reference definitions,
 * a pasted log) cost quadratic time. Here the factory gets the paragraph's text only on a line that may be a
 * setext underline; on any other line it gets none, which it does not use there. Same dependencies and same
 * headings as flexmark's; installed in place of flexmark's own ({@link Parser#HEADING_PARSER} off).
 * See docs/decisions/0183.
 */
final class QuickHeadingFactory extends HeadingParser.Factory {

    /** Makes the builder use this factory instead of flexmark's (the options must turn flexmark's off). */
    static void install(Parser.Builder builder) {
        builder.customBlockParserFactory(new QuickHeadingFactory());
    }

    /** The factory made for the last heading options seen, with those options (one per parser in practice). */
    private volatile Made made;

    /**
     * flexmark makes its heading factory anew for every document, compiling three regular expressions each time
     * (1 % of a cold export). The factory holds nothing but those patterns and five heading options, so it is
     * made once per distinct set of those options and shared: documents are parsed on several threads, and
     * both the patterns and the factory's fields are read-only.
     */
    @Override
    public BlockParserFactory apply(DataHolder options) {
        Options key = Options.of(options);
        Made m = made;
        if (m == null || !m.options().equals(key)) {
            BlockParserFactory flexmark = super.apply(options);
            m = new Made(key, (state, matched) -> flexmark.tryStart(state, new SetextOnly(matched, state)));
            made = m;
        }
        return m.factory();
    }

    /** Everything flexmark's heading factory reads from the options (its patterns and its own checks). */
    private record Options(boolean noAtxSpace, boolean noEmptyWithoutSpace, boolean noLeadSpace,
            boolean canInterruptItemParagraph, int setextMarkerLength) {
        static Options of(DataHolder o) {
            return new Options(Parser.HEADING_NO_ATX_SPACE.get(o), Parser.HEADING_NO_EMPTY_HEADING_WITHOUT_SPACE.get(o),
                    Parser.HEADING_NO_LEAD_SPACE.get(o), Parser.HEADING_CAN_INTERRUPT_ITEM_PARAGRAPH.get(o),
                    Parser.HEADING_SETEXT_MARKER_LENGTH.get(o));
        }
    }

    private record Made(Options options, BlockParserFactory factory) {
    }

    /**
     * True when the line's text from its first non-space character is only '=' or only '-' characters followed
     * by spaces or tabs: what every setext underline looks like (flexmark's pattern may ask for more).
     */
    static boolean maybeUnderline(ParserState state) {
        BasedSequence line = state.getLine();
        int i = state.getNextNonSpaceIndex();
        int n = line.length();
        if (i >= n) {
            return false;
        }
        char marker = line.charAt(i);
        if (marker != '=' && marker != '-') {
            return false;
        }
        while (i < n && line.charAt(i) == marker) {
            i++;
        }
        while (i < n) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            i++;
        }
        return true;
    }

    /** The matched block parser, with the paragraph text only where a setext underline may follow it. */
    private static final class SetextOnly implements MatchedBlockParser {
        private final MatchedBlockParser matched;
        private final ParserState state;

        SetextOnly(MatchedBlockParser matched, ParserState state) {
            this.matched = matched;
            this.state = state;
        }

        @Override
        public BlockParser getBlockParser() {
            return matched.getBlockParser();
        }

        @Override
        public BasedSequence getParagraphContent() {
            return maybeUnderline(state) ? matched.getParagraphContent() : null;
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
            return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
            return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
            return matched.getParagraphDataHolder();
        }
    }
}
