package app.quire.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * flexmark's autolinker (bare URLs, mail addresses, {@code www.} hosts) behind a cheap test: a text node goes to
 * flexmark's {@link AutolinkNodePostProcessor} only when its characters, or those of the nodes that continue it
 * (text, entity and typographic nodes: the processor may merge them), could hold a link. The link finder only
 * starts at ':' (schemes), '@' (mail) or "www."; the processor first un-escapes entities ('&') and backslash
 * escapes, which can produce those, and it may drop IntelliJ's dummy identifier (U+001F). Text with none of these
 * is left exactly as the processor would leave it, so the output is unchanged; the processor costs ~40 % of a
 * C1-compiled export otherwise. See docs/decisions/0141.
 */
final class QuickAutolinkExtension implements Parser.ParserExtension {
    private QuickAutolinkExtension() {
    }

    static QuickAutolinkExtension create() {
        return new QuickAutolinkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options of its own; AutolinkExtension.IGNORE_LINKS is read by the wrapped processor
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Registered like flexmark's own factory: for Text nodes, no dependencies. */
    static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Processor(document);
        }
    }

    /** Creates flexmark's processor for a document only when a text node may hold a link. */
    static final class Processor extends NodePostProcessor {
        private final Document document;
        private final Source source;
        private AutolinkNodePostProcessor delegate;

        Processor(Document document) {
            this.document = document;
            source = new Source(document.getChars().getBase());
        }

        @Override
        public void process(NodeTracker state, Node node) {
            if (!mayHoldLink(node, source)) {
                return;
            }
            if (delegate == null) {
                delegate = new AutolinkNodePostProcessor(document);
            }
            delegate.process(state, node);
        }
    }

    /**
     * The document's source text as a char array, made on first use: scanning an array is several times faster
     * than {@code BasedSequence.charAt} when only C1 compiles the code.
     */
    static final class Source {
        private final Object base;
        private char[] chars;

        Source(Object base) {
            this.base = base;
        }

        /** Scans a sequence: through the array when it is a plain slice of the source, else char by char. */
        int scan(BasedSequence seq, int ws) {
            if (seq instanceof SubSequence && base instanceof String text && seq.getBase() == base) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                return QuickAutolinkExtension.scan(chars, seq.getStartOffset(), seq.getEndOffset(), ws);
            }
            return QuickAutolinkExtension.scan(seq, ws);
        }
    }

    /** False only when neither the node nor the text nodes continuing it can yield a link. */
    static boolean mayHoldLink(Node node, Source source) {
        BasedSequence chars = node.getChars();
        int ws = source.scan(chars, 0);
        for (Node next = node.getNext(); ws >= 0 && mergeable(next); next = next.getNext()) {
            BasedSequence more = next.getChars();
            if (!more.isContinuationOf(chars)) {
                break;
            }
            ws = source.scan(more, ws);
            chars = more;
        }
        return ws < 0;
    }

    /** The node kinds flexmark's processor merges into a text node's run (when they continue it). */
    private static boolean mergeable(Node node) {
        return node instanceof Text || node instanceof TypographicText || node instanceof HtmlEntity;
    }

    /**
     * Scans for a character that may start or make a link; {@code ws} counts the 'w's just before the text.
     * Returns -1 if one was found, else the count of 'w's (any case) at the end of the text.
     */
    static int scan(CharSequence text, int ws) {
        for (int i = 0, n = text.length(); i < n; i++) {
            ws = step(text.charAt(i), ws);
            if (ws < 0) {
                return -1;
            }
        }
        return ws;
    }

    /** {@link #scan(CharSequence, int)} over {@code chars[from, to)}. */
    static int scan(char[] chars, int from, int to, int ws) {
        for (int i = from; i < to; i++) {
            ws = step(chars[i], ws);
            if (ws < 0) {
                return -1;
            }
        }
        return ws;
    }

    private static int step(char c, int ws) {
        switch (c) {
            case ':', '@', '&', '\\', '\u001f':
                return -1;
            case 'w', 'W':
                return ws + 1;
            case '.':
                return ws >= 3 ? -1 : 0;
            default:
                return 0;
        }
    }
}
