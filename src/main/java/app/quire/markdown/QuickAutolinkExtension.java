package app.quire.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * flexmark's autolinker (bare URLs, mail addresses, {@code www.} hosts) behind a cheap test: a text node goes to
 * the autolink step ({@link AutolinkTextProcessor}: flexmark's {@code AutolinkNodePostProcessor} without its
 * quadratic scheme search, docs/decisions/0190) only when its characters, or those of the nodes that continue it
 * (text, entity and typographic nodes: the processor may merge them), could hold a link. The link finder only
 * starts at ':' (schemes), '@' (mail) or "www."; the processor first un-escapes entities ('&') and backslash
 * escapes, which can produce those, and it may drop IntelliJ's dummy identifier (U+001F). Text with none of these
 * is left exactly as the processor would leave it, so the output is unchanged; the processor costs ~40 % of a
 * C1-compiled export otherwise. See docs/decisions/0141.
 * It runs as a document post-processor that finds the text nodes itself (docs/decisions/0147): registered for
 * nodes, flexmark would first classify every node of every document (its only node post-processor here) just
 * to hand over the text nodes, in document order. The test reads the source's char array ({@link SourceChars}).
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

    /** A document post-processor: no node classification (docs/decisions/0147). */
    static final class Factory extends DocumentPostProcessorFactory {
        @Override
        public DocumentPostProcessor apply(Document document) {
            return new Processor(document);
        }
    }

    /**
     * Visits what flexmark's post-processor manager would hand a {@code Text} node post-processor: every node of
     * class {@code Text} in the tree before processing, in document order, skipping those unlinked meanwhile (the
     * processor removes the nodes it merges); nodes it adds are not visited. The autolink step is made for a
     * document only when a text node may hold a link.
     */
    static final class Processor extends DocumentPostProcessor {
        private final Document document;
        private final Source source;
        private AutolinkTextProcessor delegate;

        Processor(Document document) {
            this.document = document;
            source = new Source(SourceChars.of(document, document.getChars()));
        }

        @Override
        public Document processDocument(Document doc) {
            for (Node node : textNodes(doc)) {
                if (node.getParent() == null || !mayHoldLink(node, source)) {
                    continue;
                }
                if (delegate == null) {
                    delegate = new AutolinkTextProcessor(document);
                }
                delegate.process(node);
            }
            return doc;
        }
    }

    /** The nodes of class {@code Text} (not subclasses, as flexmark classifies them) in document order. */
    static List<Node> textNodes(Node root) {
        List<Node> texts = new ArrayList<>();
        Node node = root.getFirstChild();
        while (node != null) {
            if (node.getClass() == Text.class) {
                texts.add(node);
            }
            Node child = node.getFirstChild();
            if (child != null) {
                node = child;
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == root ? null : node.getNext();
        }
        return texts;
    }

    /** Scans text node characters: through the source's char array when a node is a plain slice of it. */
    static final class Source {
        private final SourceChars chars;

        Source(SourceChars chars) {
            this.chars = chars;
        }

        /** Scans a sequence: through the array when it is a plain slice of the source, else char by char. */
        int scan(BasedSequence seq, int ws) {
            if (chars != null && chars.isSliceOf(seq)) {
                return QuickAutolinkExtension.scan(chars.chars(), seq.getStartOffset(), seq.getEndOffset(), ws);
            }
            return QuickAutolinkExtension.scan(seq, ws);
        }
    }

    /** False only when neither the node nor the text nodes continuing it can yield a link. */
    static boolean mayHoldLink(Node node, Source source) {
        BasedSequence chars = node.getChars();
        int state = source.scan(chars, 0);
        for (Node next = node.getNext(); state >= 0 && mergeable(next); next = next.getNext()) {
            BasedSequence more = next.getChars();
            if (!more.isContinuationOf(chars)) {
                break;
            }
            state = source.scan(more, state);
            chars = more;
        }
        return state < 0;
    }

    /** The node kinds flexmark's processor merges into a text node's run (when they continue it). */
    private static boolean mergeable(Node node) {
        return node instanceof Text || node instanceof TypographicText || node instanceof HtmlEntity;
    }

    /** The characters {@link #step} does not simply answer 0 for. */
    private static final boolean[] MARKS = new boolean[128];

    static {
        for (char c : "@&\\\u001f:/wW.".toCharArray()) {
            MARKS[c] = true;
        }
    }

    /**
     * Scans for characters that may start or make a link; {@code state} describes the characters just before the
     * text (0 at the start of a run). Returns -1 if some were found, else the state at the end of the text:
     * the count of 'w's (any case, at most 3) in bits 0-1, and in bits 2-3 whether ':' (1) or ":/" (2) ends it.
     */
    static int scan(CharSequence text, int state) {
        for (int i = 0, n = text.length(); i < n; i++) {
            state = step(text.charAt(i), state);
            if (state < 0) {
                return -1;
            }
        }
        return state;
    }

    /** {@link #scan(CharSequence, int)} over {@code chars[from, to)}. */
    static int scan(char[] chars, int from, int to, int state) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 128 && !MARKS[c]) {
                state = 0;
            } else {
                state = step(c, state);
                if (state < 0) {
                    return -1;
                }
            }
        }
        return state;
    }

    /**
     * Link starts, after un-escaping: '@' (mail), "://" (URL schemes: autolink-java's URL scanner and flexmark's
     * URI pattern both need the two slashes right after the colon), "www." in any case. '&' and '\' may
     * un-escape into any of these, U+001F may be dropped between them: they count as link starts themselves.
     */
    private static int step(char c, int state) {
        switch (c) {
            case '@', '&', '\\', '\u001f':
                return -1;
            case ':':
                return 1 << 2;
            case '/':
                int colon = state >> 2;
                return colon == 2 ? -1 : colon == 1 ? 2 << 2 : 0;
            case 'w', 'W':
                return Math.min(3, (state & 3) + 1);
            case '.':
                return (state & 3) == 3 ? -1 : 0;
            default:
                return 0;
        }
    }
}
