package app.quire.markdown;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;

/**
 * flexmark's list factory with a nesting limit of {@link #MAX_DEPTH} list items. flexmark's block parser finds
 * each line's next non-space character again for every open container, from where the previous container left
 * off, so a line indented for nesting depth d costs d times its indentation: lists nested 1,000 levels (a 1 MB
 * post) took seconds, 2,000 levels a minute (cubic in the depth; docs/decisions/0184). No extension point
 * reaches that loop, so the depth is bounded instead: a list item that would open deeper than the limit is not
 * started and its line stays text of the deepest item (as a lazy continuation of its paragraph, or as its own
 * paragraph), which keeps every line's cost to the limit times its length. Documents nested no deeper than
 * the limit parse exactly as with flexmark's factory. The start offsets of lines kept as text are recorded on the
 * document ({@link #FLATTENED}) so the preview can say so; the source text is never changed.
 */
final class DeepListGuard extends ListBlockParser.Factory {
    /** Deepest list item nesting that is parsed as lists (far beyond any ordinary post). */
    static final int MAX_DEPTH = 64;

    /** Start offsets (ascending) of the lines not started as list items because of the limit; null when none. */
    static final NullableDataKey<Flattened> FLATTENED = new NullableDataKey<>("QUIRE_FLATTENED_LIST_LINES");

    /** Makes the builder use this factory instead of flexmark's (the options must turn flexmark's off). */
    static void install(Parser.Builder builder) {
        builder.customBlockParserFactory(new DeepListGuard());
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory flexmark = super.apply(options);
        return (state, matched) -> {
            // the active parsers hold at least two per list level (list and item): cheap test first
            if (state.getActiveBlockParsers().size() > 2 * MAX_DEPTH
                    && itemDepth(matched.getBlockParser().getBlock()) >= MAX_DEPTH) {
                if (looksLikeItem(state)) {
                    Flattened lines = FLATTENED.get(state.getProperties());
                    if (lines == null) {
                        lines = new Flattened();
                        state.getProperties().set(FLATTENED, lines);
                    }
                    lines.add(state.getLine().getStartOffset());
                }
                return BlockStart.none();
            }
            return flexmark.tryStart(state, matched);
        };
    }

    /** A bullet or a digit first: a line flexmark might have started as an item (only for the note). */
    private static boolean looksLikeItem(ParserState state) {
        BasedSequence line = state.getLine();
        int i = state.getNextNonSpaceIndex();
        if (i >= line.length()) {
            return false;
        }
        char c = line.charAt(i);
        return c == '-' || c == '+' || c == '*' || c >= '0' && c <= '9';
    }

    /** List items among the node and its ancestors. */
    static int itemDepth(Node node) {
        int depth = 0;
        for (Node n = node; n != null && !(n instanceof Document); n = n.getParent()) {
            if (n instanceof ListItem) {
                depth++;
            }
        }
        return depth;
    }

    /** Ascending source offsets of flattened lines. */
    static final class Flattened {
        private int[] offsets = new int[16];
        private int size;

        void add(int offset) {
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
            }
            offsets[size++] = offset;
        }

        /** Whether a flattened line starts in {@code [from, to)}. */
        boolean anyIn(int from, int to) {
            int i = Arrays.binarySearch(offsets, 0, size, from);
            int at = i >= 0 ? i : -i - 1;
            return at < size && offsets[at] < to;
        }

        int size() {
            return size;
        }
    }
}
