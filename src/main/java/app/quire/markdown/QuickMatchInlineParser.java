package app.quire.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's default inline parser with one cost removed: its {@code match} and {@code matchWithGroups} call
 * {@code Matcher.toMatchResult()}, which on Java 17 copies the whole paragraph into a new String on every
 * successful match (each link's white-space skip, each code span), just to read the match bounds. Here the
 * bounds come from the matcher itself; the results are the same. See docs/decisions/0142.
 * Runs of plain text ({@code parseString}, the inline parser's hottest loop) are scanned over the source's char
 * array ({@link SourceChars}) with an ASCII table of the special characters, when the paragraph text is a plain
 * slice of the source; the run ends at the same character as flexmark's loop (docs/decisions/0146).
 */
final class QuickMatchInlineParser extends CommonmarkInlineParser {
    private static final InlineParserFactory FACTORY = QuickMatchInlineParser::new;

    private SourceChars source;
    /** {@code specialCharacters} for chars below 128, as of {@link #tableOf}. */
    private final boolean[] special = new boolean[128];
    private BitSet tableOf;
    /** The last {@code input} checked, and whether it is a slice of the source. */
    private BasedSequence checked;
    private boolean slice;
    /** The {@code input} whose link destinations were scanned, the characters scanned so far, and its index. */
    private BasedSequence scanned;
    private long scannedChars;
    private LinkDestinationIndex destinations;
    /** The {@code input} whose link titles were read, and its title indexes by closer ({@code " ' )}). */
    private BasedSequence titled;
    private LinkTitleIndex[] titles;
    /** Whether flexmark's title pattern is the one {@link LinkTitleIndex} reproduces. */
    private final boolean knownTitlePattern;
    /** Whether flexmark's link label pattern is the one {@link LinkLabelMatch} reproduces. */
    private final boolean knownLabelPattern;

    /**
     * Makes the builder use this parser. flexmark adds its own link-reference-definition pre-processor only
     * when its default inline parser is used, so it is added here, after the extensions' pre-processors as
     * flexmark would.
     */
    static void install(Parser.Builder builder, DataHolder options) {
        builder.customInlineParserFactory(FACTORY);
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
    }

    QuickMatchInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData referenceLinkProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, referenceLinkProcessors,
                inlineParserExtensions);
        knownTitlePattern = LinkTitleIndex.PATTERN.equals(myParsing.LINK_TITLE.pattern());
        knownLabelPattern = LinkLabelMatch.PATTERN.equals(myParsing.LINK_LABEL.pattern());
    }

    @Override
    public void initializeDocument(Document document) {
        super.initializeDocument(document);
        source = SourceChars.of(document, document.getChars());
    }

    /** flexmark's loop (stop at the first special character), reading the source array when it can. */
    @Override
    protected boolean parseString() {
        if (input != checked) {
            checked = input;
            slice = source != null && source.isSliceOf(input);
        }
        if (!slice) {
            return super.parseString();
        }
        BitSet bits = specialCharacters;
        if (bits != tableOf) {
            for (int c = 0; c < special.length; c++) {
                special[c] = bits.get(c);
            }
            tableOf = bits;
        }
        char[] chars = source.chars();
        int offset = input.getStartOffset();
        int begin = index;
        int i = begin + offset;
        int end = input.length() + offset;
        while (i < end) {
            char c = chars[i];
            if (c < 128 ? special[c] : bits.get(c)) {
                break;
            }
            i++;
        }
        index = i - offset;
        if (begin == index) {
            return false;
        }
        appendText(input, begin, index);
        return true;
    }

    /**
     * flexmark joins the pieces of a text run with a sequence builder ({@code SegmentedSequence.create}), which
     * for pieces that follow each other in the source yields the plain slice from the first piece's start to the
     * last one's end; that slice is made directly here. Anything else goes to flexmark.
     */
    @Override
    public boolean flushTextNode() {
        ArrayList<BasedSequence> pieces = currentText;
        if (pieces == null || pieces.isEmpty()) {
            return super.flushTextNode();
        }
        BasedSequence first = pieces.get(0);
        BasedSequence last = first;
        for (BasedSequence piece : pieces) {
            if (!(piece instanceof SubSequence) || piece.isEmpty() || piece.getBase() != first.getBase()
                    || piece != first && piece.getStartOffset() != last.getEndOffset()) {
                return super.flushTextNode();
            }
            last = piece;
        }
        block.appendChild(new Text(first.baseSubSequence(first.getStartOffset(), last.getEndOffset())));
        currentText = null;
        return true;
    }

    /**
     * flexmark's link destination, from its own scan until the scans of one text have read more than twice its
     * length plus {@link #SCAN_ALLOWANCE}; then from a {@link LinkDestinationIndex} of the text, which answers
     * every later start at once with the same result (docs/decisions/0182). Ordinary text never gets there.
     */
    @Override
    public BasedSequence parseLinkDestination() {
        if (input != scanned) {
            scanned = input;
            scannedChars = 0;
            destinations = null;
        }
        if (destinations == null) {
            if (scannedChars <= 2L * input.length() + scanAllowance
                    || !LinkDestinationIndex.supports(linkDestinationParser)) {
                BasedSequence destination = super.parseLinkDestination();
                scannedChars += destination == null ? 0 : destination.length() + 1;
                return destination;
            }
            destinations = LinkDestinationIndex.of(input, linkDestinationParser);
        }
        BasedSequence angled = match(myParsing.LINK_DESTINATION_ANGLES);
        if (angled != null) {
            return angled;
        }
        int stop = destinations.stop(index);
        if (stop < 0) {
            return super.parseLinkDestination();
        }
        BasedSequence destination = input.subSequence(index, stop);
        index = stop;
        return destination;
    }

    /**
     * flexmark's link title, read from a {@link LinkTitleIndex} of the text for the opener's closer (built on the
     * first title of that kind in the text): flexmark's pattern re-reads the rest of the text at every link and
     * recurses once per character (decision 0185). Same result as the pattern, which is used instead if flexmark
     * ever changes it.
     */
    @Override
    public BasedSequence parseLinkTitle() {
        if (index >= input.length() || !knownTitlePattern) {
            return super.parseLinkTitle();
        }
        char open = input.charAt(index);
        int kind = open == '"' ? 0 : open == '\'' ? 1 : open == '(' ? 2 : -1;
        if (kind < 0) {
            return null;
        }
        if (input != titled) {
            titled = input;
            titles = new LinkTitleIndex[3];
        }
        if (titles[kind] == null) {
            titles[kind] = LinkTitleIndex.of(input, open == '(' ? ')' : open);
        }
        int end = titles[kind].end(index);
        if (end < 0) {
            return null;
        }
        BasedSequence title = input.subSequence(index, end);
        index = end;
        return title;
    }

    /**
     * flexmark's emphasis processing, skipped when no delimiter lies above {@code stackBottom}: flexmark then walks
     * down past the bottom through the whole delimiter stack and processes nothing, after every link or link
     * reference it makes (quadratic for {@code *[a](} repeated: 40,000 took 3.8 s; decision 0185).
     */
    @Override
    public void processDelimiters(Delimiter stackBottom) {
        if (stackBottom != null && lastDelimiter == stackBottom) {
            return;
        }
        super.processDelimiters(stackBottom);
    }

    /** Characters the destination scans of one text may read beyond twice its length before it is indexed. */
    static final int SCAN_ALLOWANCE = 4096;
    /** {@link #SCAN_ALLOWANCE}, or less in tests that want the index used on small inputs. */
    static volatile int scanAllowance = SCAN_ALLOWANCE;

    @Override
    public BasedSequence match(Pattern re) {
        if (re == myParsing.LINK_LABEL && knownLabelPattern) {
            // the pattern backtracks exponentially on escapes in a label that never closes (0197)
            int end = index >= input.length() ? -1 : LinkLabelMatch.matchEnd(input, index, input.length());
            if (end < 0) {
                return null;
            }
            BasedSequence label = input.subSequence(index, end);
            index = end;
            return label;
        }
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        groups[0] = input.subSequence(matcher.start(), matcher.end());
        for (int i = 1; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** The next match of {@code re} from the current index, which moves past it; null when there is none. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
