package app.quire.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.LinkNode;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * flexmark 0.64.8's autolink step for one text node ({@code AutolinkNodePostProcessor.process}), step for step,
 * except that the bare {@code scheme://} links are found in one pass ({@link SchemeLinks}) instead of with a
 * pattern that re-reads a long word from each of its word starts, and that offsets in the un-escaped text are
 * mapped back by binary search ({@link OriginalOffsets}) instead of a walk over all escapes per link
 * (docs/decisions/0190), and that the links are first looked for in the un-escaped text as a plain String
 * ({@link AutolinkLiteral}; flexmark's segmented sequence is built only for a run that has links, 0196). The node's text, with
 * the typographic, entity and text nodes that continue it, is un-escaped as flexmark does; autolink-java finds
 * URLs, {@code www.} hosts and mail addresses; the links replace the node by a {@code TextBase} of text and link
 * nodes. Same nodes, same HTML as flexmark's processor: compared in {@code AutolinkTextProcessorTest}.
 */
final class AutolinkTextProcessor {
    /** Regions up to which flexmark's own offset walk is used ({@link OriginalOffsets}); tests set -1. */
    static int offsetWalkLimit = OriginalOffsets.WALK_LIMIT;

    /** Shortest text placed from an escape map (0 always; tests set it above any text to use flexmark's mapper). */
    static int escapeMapLimit = 0;

    /** Shortest run placed from a {@link RunMap} (0 always; tests set it above any run to use flexmark's mapper). */
    static int runMapLimit = 0;

    /** Text nodes to skip: see {@link #markQuietTail}. */
    private final Set<Node> quiet = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Pattern ignoredLinks;
    private final boolean dropDummyIdentifier;
    private final LinkExtractor extractor = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();

    AutolinkTextProcessor(Document document) {
        String ignore = AutolinkExtension.IGNORE_LINKS.get(document);
        ignoredLinks = ignore.isEmpty() ? null : Pattern.compile(ignore);
        dropDummyIdentifier = Parser.INTELLIJ_DUMMY_IDENTIFIER.get(document);
    }

    void process(Node node) {
        if (quiet.remove(node)) {
            return; // a later node of a run already searched: nothing in the rest of the run can become a link
        }
        if (node.getAncestorOfType(DoNotDecorate.class, DoNotLinkDecorate.class) != null) {
            return;
        }
        BasedSequence nodeChars = node.getChars();
        Node last = node;
        List<Range> entities = new ArrayList<>();
        List<BasedSequence> parts = null;
        List<Node> runNodes = null;
        Node next = node.getNext();
        if ((next instanceof TypographicText || next instanceof HtmlEntity)
                && next.getChars().isContinuationOf(nodeChars)) {
            // flexmark takes in what continues the text without a space between, in case a link runs through it
            parts = new ArrayList<>();
            parts.add(nodeChars);
            runNodes = new ArrayList<>();
            runNodes.add(node);
            BasedSequence tail = nodeChars;
            for (Node n = next; n instanceof TypographicText || n instanceof HtmlEntity || n instanceof Text;
                    n = n.getNext()) {
                BasedSequence chars = n.getChars();
                if (!chars.isContinuationOf(tail) || chars.startsWith(" ") || tail.endsWith(" ")) {
                    break;
                }
                tail = chars;
                if (n instanceof HtmlEntity) {
                    entities.add(Range.of(chars.getStartOffset(), chars.getEndOffset()));
                }
                parts.add(chars);
                runNodes.add(n);
                last = n;
            }
        }

        // The links are found in the un-escaped characters as a String (linear); only a run that has links gets
        // flexmark's segmented sequences, whose builder is quadratic in the number of escapes (0196).
        CharSequence raw = parts == null ? nodeChars : joined(parts);
        String plain = AutolinkLiteral.of(raw, entities, dropDummyIdentifier);
        List<LinkSpan> found = new ArrayList<>();
        extractor.extractLinks(plain).forEach(found::add);
        List<LinkSpan> links = SchemeLinks.merge(found, SchemeLinks.find(plain));
        if (links.isEmpty()) {
            if (runNodes != null) {
                markQuietTail(raw, runNodes);
            }
            return;
        }
        if (runNodes != null) {
            markLinklessTexts(raw, runNodes);
        }
        if (last != node && ignoredLinks == null && links.get(0).getBeginIndex() >= nodeChars.length()
                && AutolinkLiteral.isUntouched(nodeChars)) {
            // flexmark's first link starts in a later node, so it leaves the run to that node's turn. Known here
            // without its segmented sequences (quadratic in the run's entities, once per node: n³ for a glued
            // run, 0201): nothing is un-escaped in this node, so its characters start the un-escaped text
            // unchanged and flexmark's mapper gives an index below the node's length back as itself.
            return;
        }

        BasedSequence text = parts == null ? nodeChars : SegmentedSequence.create(nodeChars, parts);
        // a lone text node with escapes only: links placed from an escape map (linear), else flexmark's mapper
        AutolinkLiteral.EscapeMap escapes = parts == null && !dropDummyIdentifier && nodeChars instanceof SubSequence
                && escapeMapLimit <= nodeChars.length() ? AutolinkLiteral.EscapeMap.of(nodeChars) : null;
        // a run with entities: offsets from a String-made map (linear) when every link's first and last character
        // is a character of the run, else flexmark's mapper (0201)
        RunMap runMap = escapes == null && parts != null && !dropDummyIdentifier && runMapLimit <= raw.length()
                && allSource(parts) ? RunMap.of(raw.toString(), entities) : null;
        if (runMap != null && !linksLieOnSource(runMap, links)) {
            runMap = null;
        }
        ReplacedTextMapper mapper = null;
        BasedSequence literal = null;
        if (escapes == null && runMap == null) {
            mapper = new ReplacedTextMapper(text);
            literal = Escaping.unescape(
                    entities.isEmpty() ? text : Escaping.unescapeHtml(text, entities, mapper), mapper);
            if (dropDummyIdentifier) {
                literal = Escaping.removeAll(literal, "\u001f", mapper);
            }
        }

        OriginalOffsets offsets = null; // made where flexmark first asks its mapper: at the first kept link
        TextBase textBase = node.getParent() instanceof TextBase parent ? parent : null;
        int done = 0; // the text before this offset is in textBase
        boolean linked = false;
        for (LinkSpan link : links) {
            CharSequence linkText = escapes != null || runMap != null
                    ? BasedSequence.of(plain.substring(link.getBeginIndex(), link.getEndIndex())).trimEnd()
                    : literal.subSequence(link.getBeginIndex(), link.getEndIndex()).trimEnd();
            if (ignoredLinks != null && ignoredLinks.matcher(linkText).matches()) {
                continue;
            }
            if (offsets == null && escapes == null && runMap == null) {
                offsets = OriginalOffsets.of(mapper, offsetWalkLimit);
            }
            int start = escapes != null ? escapes.originalOffset(link.getBeginIndex())
                    : runMap != null ? runMap.originalOffset(link.getBeginIndex())
                    : offsets.originalOffset(link.getBeginIndex());
            linked = true;
            if (done == 0 && last != node && start >= nodeChars.length()) {
                return; // the first link is in a later node: flexmark leaves it to that node's turn
            }
            if (textBase == null) {
                textBase = new TextBase(text);
                node.insertBefore(textBase);
            }
            if (start > done) {
                textBase.appendChild(new Text(text.subSequence(done, start)));
            }
            BasedSequence linkChars;
            if (escapes != null) {
                // every un-escaped character is a character of the text (an escape keeps its escaped character)
                int first = escapes.sourceIndex(link.getBeginIndex());
                int lastChar = escapes.sourceIndex(link.getBeginIndex() + linkText.length() - 1);
                linkChars = nodeChars.baseSubSequence(nodeChars.getIndexOffset(first),
                        nodeChars.getIndexOffset(lastChar) + 1);
            } else if (runMap != null) {
                // the run's characters lie one after the other in the source
                int first = runMap.sourceIndex(link.getBeginIndex());
                int lastChar = runMap.sourceIndex(link.getBeginIndex() + linkText.length() - 1);
                linkChars = nodeChars.baseSubSequence(nodeChars.getStartOffset() + first,
                        nodeChars.getStartOffset() + lastChar + 1);
            } else {
                BasedSequence based = (BasedSequence) linkText;
                linkChars = based.baseSubSequence(based.getStartOffset(), based.getEndOffset());
            }
            LinkNode linkNode;
            if (link.getType() == LinkType.EMAIL) {
                MailLink mail = new MailLink();
                mail.setText(linkChars);
                linkNode = mail;
            } else {
                AutoLink url = new AutoLink();
                url.setText(linkChars);
                url.setUrlChars(linkChars);
                linkNode = url;
            }
            linkNode.setCharsFromContent();
            linkNode.appendChild(new Text(linkChars));
            textBase.appendChild(linkNode);
            int end = link.getBeginIndex() + linkText.length();
            done = escapes != null ? escapes.originalOffset(end)
                    : runMap != null ? runMap.originalOffset(end) : offsets.originalOffset(end);
        }

        if (done > 0) {
            if (last != node) {
                // the nodes taken in up to the last link go; the text after it stays in the nodes after that
                int length = nodeChars.length();
                Node remove = node.getNext();
                while (remove != null) {
                    if (length >= done) {
                        text = text.subSequence(0, length);
                        break;
                    }
                    length += remove.getChars().length();
                    Node after = remove.getNext();
                    remove.unlink();
                    if (remove == last) {
                        break;
                    }
                    remove = after;
                }
            }
            if (done < text.length()) {
                textBase.appendChild(new Text(text.subSequence(done, text.length())));
            }
        }
        if (linked) {
            node.unlink();
        }
    }

    /**
     * Each later text node of a run is flexmark's start of a run to the same end, searched again: a run of n
     * entities glued to text ({@code x&amp;} repeated) cost n² (0196). The text nodes whose rest of the run has no
     * character that could be, or be un-escaped into, a link's start ({@link AutolinkLiteral#lastLinkStart}) are
     * skipped when their turn comes; flexmark finds no link there either.
     */
    private void markQuietTail(CharSequence raw, List<Node> runNodes) {
        int lastStart = AutolinkLiteral.lastLinkStart(raw);
        int offset = 0;
        for (Node n : runNodes) {
            if (offset > lastStart && offset > 0 && n.getClass() == Text.class) {
                quiet.add(n);
            }
            offset += n.getChars().length();
        }
    }

    /**
     * The later text nodes of a run in which no link can start when their turn comes, marked to be skipped
     * (0201): each one's turn would search the rest of the run again, n searches of up to n characters (and
     * flexmark's segmented sequences with them). A text node qualifies when, in the run that starts at it:
     * <ul>
     * <li>it has no '\\', '&amp;' or U+001F, so its characters start the un-escaped text unchanged (flexmark's
     *     entity ranges, base offsets used as indexes into the run, all lie past it), and none of ':', '@', 'w',
     *     'W': no link trigger of its own, no {@code www.} start;</li>
     * <li>no mail address: nothing in the run is or can be un-escaped into '@' (no '@', no '#', no
     *     {@code commat});</li>
     * <li>no URL starting in it: a URL starts at its scheme, which runs unbroken up to its ':' over letters,
     *     digits, '+', '-' and '.' (autolink-java's scan back from ':', flexmark's scheme pattern); the node has
     *     no ':', so the scheme would run on into the next node, an entity whose un-escaped first character
     *     ({@link AutolinkLiteral#decodesSafely}) is none of those.</li>
     * </ul>
     * Without a link start in it, flexmark's turn for the node changes nothing: no link, or a first link in a
     * later node.
     */
    private void markLinklessTexts(CharSequence raw, List<Node> runNodes) {
        if (ignoredLinks != null || !AutolinkLiteral.cannotMakeAt(raw)) {
            return;
        }
        for (int i = 1; i + 1 < runNodes.size(); i++) {
            Node n = runNodes.get(i);
            if (n.getClass() == Text.class && AutolinkLiteral.holdsNoLinkStart(n.getChars())
                    && runNodes.get(i + 1) instanceof HtmlEntity entity
                    && AutolinkLiteral.decodesSafely(entity.getChars(), runNodes.get(i + 1).getNext())) {
                quiet.add(n);
            }
        }
    }

    /** Whether every part is plain source text (a tab expanded into spaces, say, is not): run index = offset. */
    private static boolean allSource(List<BasedSequence> parts) {
        for (BasedSequence part : parts) {
            if (!(part instanceof SubSequence) || part.getEndOffset() - part.getStartOffset() != part.length()) {
                return false;
            }
        }
        return true;
    }

    /** Whether each link's first and last (un-escaped, end-trimmed) character is a copy of a run character. */
    private static boolean linksLieOnSource(RunMap map, List<LinkSpan> links) {
        for (LinkSpan link : links) {
            int length = BasedSequence.of(map.text.substring(link.getBeginIndex(), link.getEndIndex())).trimEnd()
                    .length();
            if (length == 0 || map.sourceIndex(link.getBeginIndex()) < 0
                    || map.sourceIndex(link.getBeginIndex() + length - 1) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The parts' characters, one after the other. */
    private static CharSequence joined(List<BasedSequence> parts) {
        StringBuilder sb = new StringBuilder();
        for (BasedSequence part : parts) {
            sb.append(part);
        }
        return sb;
    }
}
