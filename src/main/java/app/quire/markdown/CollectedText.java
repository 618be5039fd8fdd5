package app.quire.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlankLineBreakNode;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.LineBreakNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.SpaceInsertingSequenceBuilder;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.ast.Visitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import com.vladsch.flexmark.util.sequence.builder.BasedSegmentBuilder;
import com.vladsch.flexmark.util.sequence.builder.SegmentBuilderBase;
import com.vladsch.flexmark.util.sequence.builder.SequenceBuilder;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The text flexmark 0.64.8's {@code TextCollectingVisitor} collects from a node (an image's alt text, a heading's
 * id text), made by flexmark's own builders and steps in linear time (docs/decisions/0243).
 * <p>
 * flexmark's segment builder grows its array of segments to exactly the size it needs on every new segment
 * ({@code prevSize + prevSize >> 1} is {@code prevSize}), so n segments cost n² copies: a heading or alt text with
 * markup and n backslash escapes or entities was quadratic twice, once where a text node is un-escaped (one
 * segment per escape) and once where the collector adds those segments to its own builder. Here both builders are
 * flexmark's, with the same appends in the same order, only given room for their segments first, so the text is
 * the same by construction:
 * <ul>
 * <li>the walk over the nodes makes the same calls as flexmark's collector (a node under
 * {@code DoNotCollectText} is skipped; the last node is set; a block adds a line end to text already collected; a
 * text container collects its own text and, when it asks for it, its children, then its end text; a line break
 * node adds a line end when needed), into a {@code SpaceInsertingSequenceBuilder} made with the same options;</li>
 * <li>a plain {@link Text} node (unless the flags ask for node text) is un-escaped by flexmark's
 * {@code Escaping.unescape} with a text mapper that records the pieces flexmark's mapper records and builds the
 * result from them as flexmark's does ({@code SegmentedSequence.create} over the original's builder), and the
 * result is appended, as {@code Text.collectText} does.</li>
 * </ul>
 * The room is made by setting the builder's segment array (a protected field of {@code SegmentBuilderBase}) to
 * a larger empty one before anything is appended. If a later flexmark lacks that field, nothing is pre-sized: the
 * text stays the same, only the time goes back to quadratic. Compared with flexmark's collector in
 * {@code CollectedTextTest}.
 */
final class CollectedText {
    private static final System.Logger LOG = System.getLogger(CollectedText.class.getName());
    private static final Field PARTS = partsField();

    private CollectedText() {
    }

    /** {@code new TextCollectingVisitor().collectAndGetText(node, flags)}, in linear time. */
    static String of(Node node, int flags) {
        BasedSequence chars = node.getChars();
        SpaceInsertingSequenceBuilder out = SpaceInsertingSequenceBuilder.emptyBuilder(chars, flags);
        makeRoom(out.getSegmentBuilder(), 2 * chars.length() + 16);
        new Walk(out, flags).visit(node);
        return out.toString();
    }

    /** The walk of flexmark's collector, with plain text nodes un-escaped by {@link #unescaped}. */
    private static final class Walk extends NodeVisitor {
        private final SpaceInsertingSequenceBuilder out;
        private final int flags;

        Walk(SpaceInsertingSequenceBuilder out, int flags) {
            this.out = out;
            this.flags = flags;
        }

        @Override
        public void processNode(Node node, boolean withChildren, BiConsumer<Node, Visitor<Node>> processor) {
            if (node.isOrDescendantOfType(DoNotCollectText.class)) {
                return;
            }
            out.setLastNode(node);
            if (node instanceof Block && out.isNotEmpty()) {
                out.appendEol();
            }
            if (node instanceof TextContainer container) {
                if (collect(node, container)) {
                    if (node instanceof BlankLineBreakNode && out.isNotEmpty()) {
                        out.appendEol();
                    }
                    processChildren(node, processor);
                }
                container.collectEndText(out, flags, this);
            } else {
                processChildren(node, processor);
            }
            if (node instanceof LineBreakNode && out.needEol()) {
                out.appendEol();
            }
        }

        /** The container's own text, as its {@code collectText}; true when its children are to be collected. */
        private boolean collect(Node node, TextContainer container) {
            if (node.getClass() != Text.class || (flags & TextContainer.F_NODE_TEXT) != 0) {
                return container.collectText(out, flags, this);
            }
            BasedSequence text = unescaped(node.getChars());
            if (!text.isEmpty()) {
                out.append(text);
            }
            return false;
        }
    }

    /** {@code Escaping.unescape(chars, new ReplacedTextMapper(chars))}, with room made for its segments. */
    static BasedSequence unescaped(BasedSequence chars) {
        return Escaping.unescape(chars, new RoomyMapper(chars));
    }

    /**
     * A text mapper that keeps its own list of the pieces flexmark's mapper keeps (a piece of the original for
     * original text, the replacement for replaced text) and makes the replaced sequence from that list the way
     * flexmark's mapper does, in a builder given room first. flexmark's own list is only reachable through
     * getters that first build the sequence the slow way.
     */
    private static final class RoomyMapper extends ReplacedTextMapper {
        private final BasedSequence original;
        private final List<BasedSequence> pieces = new ArrayList<>();

        RoomyMapper(BasedSequence original) {
            super(original);
            this.original = original;
        }

        @Override
        public void addReplacedText(int startIndex, int endIndex, BasedSequence replacedSequence) {
            super.addReplacedText(startIndex, endIndex, replacedSequence);
            pieces.add(replacedSequence);
        }

        @Override
        public void addOriginalText(int startIndex, int endIndex) {
            super.addOriginalText(startIndex, endIndex);
            if (startIndex < endIndex) {
                pieces.add(original.subSequence(startIndex, endIndex));
            }
        }

        @Override
        public BasedSequence getReplacedSequence() {
            if (pieces.isEmpty()) {
                return BasedSequence.NULL;
            }
            SequenceBuilder builder = original.getBuilder();
            makeRoom(builder.getSegmentBuilder(), 2 * pieces.size() + 16);
            builder.addAll(pieces);
            return SegmentedSequence.create(builder);
        }
    }

    /** Gives an empty builder room for {@code segments} segments (nothing when it has that or is not empty). */
    private static void makeRoom(BasedSegmentBuilder builder, int segments) {
        if (PARTS == null || builder.size() != 0) {
            return;
        }
        try {
            int[] parts = (int[]) PARTS.get(builder);
            if (parts.length < 2 * segments) {
                PARTS.set(builder, Arrays.copyOf(parts, 2 * segments));
            }
        } catch (IllegalAccessException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "flexmark's segment builder not pre-sized", e);
        }
    }

    private static Field partsField() {
        try {
            Field f = SegmentBuilderBase.class.getDeclaredField("parts");
            if (f.getType() != int[].class) {
                return null;
            }
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "flexmark's segment builder has no parts array to pre-size", e);
            return null;
        }
    }
}
