package app.quire.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Heading ids in document order: the slug of the heading text, then {@code -1}, {@code -2}... for repeats.
 * Unlike flexmark's own generator it can start from counts seen earlier in the document
 * ({@link RenderKeys#HEADING_SEEDS}), so a slice of a document gets the same ids as the whole document.
 * One instance per render.
 */
final class HeadingIds implements HtmlIdGenerator {
    private final String toDashChars;
    private final String nonDashChars;
    private final boolean noDupedDashes;
    private final boolean nonAsciiToLowercase;
    private final Map<Node, String> ids = new IdentityHashMap<>();

    HeadingIds(DataHolder options) {
        toDashChars = HtmlRenderer.HEADER_ID_GENERATOR_TO_DASH_CHARS.get(options);
        nonDashChars = HtmlRenderer.HEADER_ID_GENERATOR_NON_DASH_CHARS.get(options);
        noDupedDashes = HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES.get(options);
        nonAsciiToLowercase = HtmlRenderer.HEADER_ID_GENERATOR_NON_ASCII_TO_LOWERCASE.get(options);
    }

    /** The base id (before de-duplication) of a heading. */
    String baseId(Heading heading) {
        return HeaderIdGenerator.generateId(refText(heading).trim(), toDashChars, nonDashChars,
                noDupedDashes, nonAsciiToLowercase);
    }

    /** {@link #baseId} from flexmark's {@code getAnchorRefText} always (the reference in tests). */
    String baseIdByFlexmark(Heading heading) {
        return HeaderIdGenerator.generateId(heading.getAnchorRefText().trim(), toDashChars, nonDashChars,
                noDupedDashes, nonAsciiToLowercase);
    }

    /**
     * {@code heading.getAnchorRefText()}. flexmark collects it through a segmented sequence builder that is
     * quadratic in the number of escapes and entities (decision 0196: {@code # } then 100,000 {@code x\. } took
     * 5.5 s); a heading whose only child is a plain text node has as its text that node's characters un-escaped
     * as flexmark's sequence un-escaping does, which {@link AutolinkLiteral} makes in linear time. A longer heading
     * with markup goes through {@link CollectedText}: flexmark's own steps in linear time (decision 0243).
     */
    static String refText(Heading heading) {
        Node child = heading.getFirstChild();
        if (child != null && child == heading.getLastChild() && child.getClass() == Text.class) {
            return AutolinkLiteral.of(child.getChars(), List.of(), false);
        }
        if (heading.getChars().length() < InlineText.minLength) {
            return heading.getAnchorRefText();
        }
        // flexmark's getAnchorRefText: its collector with the heading-id flags, here in linear time (0243)
        boolean trimStart = HtmlRenderer.HEADER_ID_REF_TEXT_TRIM_LEADING_SPACES.get(heading.getDocument());
        boolean trimEnd = HtmlRenderer.HEADER_ID_REF_TEXT_TRIM_TRAILING_SPACES.get(heading.getDocument());
        return CollectedText.of(heading, TextContainer.F_FOR_HEADING_ID
                + (trimStart ? 0 : TextContainer.F_NO_TRIM_REF_TEXT_START)
                + (trimEnd ? 0 : TextContainer.F_NO_TRIM_REF_TEXT_END));
    }

    @Override
    public void generateIds(Document document) {
        Map<String, Integer> seeds = RenderKeys.HEADING_SEEDS.get(document);
        Map<String, Integer> counts = seeds == null ? new HashMap<>() : new HashMap<>(seeds);
        // headings only live in block containers: walk blocks, skip inline content
        Deque<Node> stack = new ArrayDeque<>();
        pushChildren(stack, document);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Heading heading) {
                String base = baseId(heading);
                if (!base.isEmpty()) {
                    int seen = counts.getOrDefault(base, 0);
                    ids.put(node, seen == 0 ? base : base + "-" + seen);
                    counts.put(base, seen + 1);
                }
            } else if (node.hasChildren() && !(node instanceof com.vladsch.flexmark.ast.Paragraph)) {
                pushChildren(stack, node);
            }
        }
    }

    private static void pushChildren(Deque<Node> stack, Node parent) {
        List<Node> children = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof com.vladsch.flexmark.util.ast.Block) {
                children.add(c);
            }
        }
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(children.get(i));
        }
    }

    /** Base ids of all headings inside a top-level block, in order. */
    List<String> basesIn(Node block) {
        List<String> bases = new ArrayList<>(1);
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(block);
        while (!stack.isEmpty()) {
            Node node = stack.pop();
            if (node instanceof Heading heading) {
                String base = baseId(heading);
                if (!base.isEmpty()) {
                    bases.add(base);
                }
            } else if (node.hasChildren() && !(node instanceof com.vladsch.flexmark.ast.Paragraph)) {
                pushChildren(stack, node);
            }
        }
        return bases;
    }

    @Override
    public String getId(Node node) {
        return ids.get(node);
    }

    @Override
    public String getId(CharSequence text) {
        return HeaderIdGenerator.generateId(text, toDashChars, nonDashChars, noDupedDashes, nonAsciiToLowercase);
    }
}
