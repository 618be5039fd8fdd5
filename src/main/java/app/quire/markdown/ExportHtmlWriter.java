package app.quire.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.ScopedDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Export target only: writes the HTML of a parsed document straight into one StringBuilder, byte for byte what
 * flexmark's HtmlRenderer (as {@link MarkdownRenderer} configures it) writes for the export. flexmark routes every
 * character through its line formatter one by one; this writer appends runs and keeps only the two formatter rules
 * that can change the export output: spaces at the start of an output line are dropped (outside
 * {@code <pre>}-like raw content) and every '\n' ends a line. A document this writer is not sure to reproduce
 * (an unknown node class, a line that would be blank or only white space, options other than the ones checked
 * in the constructor) gives {@code null}, and the caller renders the whole document with flexmark.
 * Thread-safe: all per-document state lives in a {@link Pass}. See docs/decisions/0145.
 */
final class ExportHtmlWriter {
    /** Node classes this writer renders, by exact class (flexmark picks its renderer by exact class too). */
    private enum Kind {
        TEXT, TEXT_BASE, PARAGRAPH, SOFT_BREAK, HARD_BREAK, EMPHASIS, STRONG, CODE, HEADING, BLOCK_QUOTE,
        BULLET_LIST, ORDERED_LIST, LIST_ITEM, TASK_ITEM, FENCED_CODE, INDENTED_CODE, THEMATIC_BREAK, HTML_BLOCK,
        HTML_COMMENT_BLOCK, HTML_INLINE, HTML_ENTITY, LINK, IMAGE, LINK_REF, IMAGE_REF, AUTO_LINK, MAIL_LINK,
        REFERENCE, STRIKETHROUGH, FOOTNOTE, FOOTNOTE_BLOCK, TABLE, TABLE_HEAD, TABLE_BODY, TABLE_ROW, TABLE_CELL,
        TABLE_SEPARATOR
    }

    private static final Map<Class<?>, Kind> KINDS = new IdentityHashMap<>();

    static {
        KINDS.put(Text.class, Kind.TEXT);
        KINDS.put(TextBase.class, Kind.TEXT_BASE);
        KINDS.put(Paragraph.class, Kind.PARAGRAPH);
        KINDS.put(SoftLineBreak.class, Kind.SOFT_BREAK);
        KINDS.put(HardLineBreak.class, Kind.HARD_BREAK);
        KINDS.put(Emphasis.class, Kind.EMPHASIS);
        KINDS.put(StrongEmphasis.class, Kind.STRONG);
        KINDS.put(Code.class, Kind.CODE);
        KINDS.put(Heading.class, Kind.HEADING);
        KINDS.put(BlockQuote.class, Kind.BLOCK_QUOTE);
        KINDS.put(BulletList.class, Kind.BULLET_LIST);
        KINDS.put(OrderedList.class, Kind.ORDERED_LIST);
        KINDS.put(BulletListItem.class, Kind.LIST_ITEM);
        KINDS.put(OrderedListItem.class, Kind.LIST_ITEM);
        KINDS.put(TaskListItem.class, Kind.TASK_ITEM);
        KINDS.put(FencedCodeBlock.class, Kind.FENCED_CODE);
        KINDS.put(IndentedCodeBlock.class, Kind.INDENTED_CODE);
        KINDS.put(ThematicBreak.class, Kind.THEMATIC_BREAK);
        KINDS.put(HtmlBlock.class, Kind.HTML_BLOCK);
        KINDS.put(HtmlCommentBlock.class, Kind.HTML_COMMENT_BLOCK);
        KINDS.put(HtmlInline.class, Kind.HTML_INLINE);
        KINDS.put(HtmlInlineComment.class, Kind.HTML_INLINE);
        KINDS.put(HtmlEntity.class, Kind.HTML_ENTITY);
        KINDS.put(Link.class, Kind.LINK);
        KINDS.put(Image.class, Kind.IMAGE);
        KINDS.put(LinkRef.class, Kind.LINK_REF);
        KINDS.put(ImageRef.class, Kind.IMAGE_REF);
        KINDS.put(AutoLink.class, Kind.AUTO_LINK);
        KINDS.put(MailLink.class, Kind.MAIL_LINK);
        KINDS.put(Reference.class, Kind.REFERENCE);
        KINDS.put(Strikethrough.class, Kind.STRIKETHROUGH);
        KINDS.put(Footnote.class, Kind.FOOTNOTE);
        KINDS.put(FootnoteBlock.class, Kind.FOOTNOTE_BLOCK);
        KINDS.put(TableBlock.class, Kind.TABLE);
        KINDS.put(TableHead.class, Kind.TABLE_HEAD);
        KINDS.put(TableBody.class, Kind.TABLE_BODY);
        KINDS.put(TableRow.class, Kind.TABLE_ROW);
        KINDS.put(TableCell.class, Kind.TABLE_CELL);
        KINDS.put(TableSeparator.class, Kind.TABLE_SEPARATOR);
    }

    /** Thrown (never filled in) when the document needs flexmark's renderer. */
    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final Unsupported UNSUPPORTED = new Unsupported();

    /** Each thread's output buffer, kept between documents (no re-zeroing a large array per post). */
    private static final ThreadLocal<char[]> BUFFER = new ThreadLocal<>();
    private static final int MAX_KEPT_BUFFER = 1 << 20;
    private static final String JAVASCRIPT = "javascript:";

    /** The characters {@code Escaping.percentEncodeUrl} leaves alone ('%' is not one: it may be re-encoded). */
    private static final boolean[] URL_SAFE = new boolean[128];

    static {
        for (char c : ":/?#@!$&'()*+,;=-._~".toCharArray()) {
            URL_SAFE[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            URL_SAFE[c] = true;
            URL_SAFE[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            URL_SAFE[c] = true;
        }
    }

    /** Whether {@code chars[from, to)} holds a, b or c. */
    private static boolean contains(char[] chars, int from, int to, char a, char b, char c) {
        for (int i = from; i < to; i++) {
            char x = chars[i];
            if (x == a || x == b || x == c) {
                return true;
            }
        }
        return false;
    }

    /** {@code Escaping.percentEncodeUrl}, skipped when every character is one it leaves alone. */
    static String percentEncode(String url) {
        for (int i = 0, n = url.length(); i < n; i++) {
            char c = url.charAt(i);
            if (c >= 128 || !URL_SAFE[c]) {
                return Escaping.percentEncodeUrl(url);
            }
        }
        return url;
    }

    /** {@code Escaping.collapseWhitespace(s, true)}: runs of space, tab, CR, LF become one space; ends trimmed. */
    static String collapseWhitespace(String s) {
        int n = s.length();
        boolean plain = n == 0 || s.charAt(0) != ' ' && s.charAt(n - 1) != ' ';
        for (int i = 0; plain && i < n; i++) {
            char c = s.charAt(i);
            plain = c != '\t' && c != '\n' && c != '\r' && (c != ' ' || s.charAt(i + 1) != ' ');
        }
        if (plain) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        boolean ws = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                ws = true;
            } else {
                if (ws && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(c);
                ws = false;
            }
        }
        return sb.toString();
    }

    private final DataHolder options;
    private final DataHolder rendererOptions;
    private final boolean enabled;
    private final boolean percentEncodeUrls;
    private final String languageClassPrefix;
    private final Map<String, String> languageClassMap;
    private final HtmlRendererOptions html;
    private final Pattern suppressedLinks;
    /** The suppressed-links pattern is flexmark's default {@code javascript:.*}. */
    private final boolean defaultSuppressedLinks;
    private final String autolinkWwwPrefix;
    private final String noLanguageClass;
    private final String tableOpen;
    private final String taskItemOpen;
    private final String taskParagraphOpen;
    private final String doneMarker;
    private final String notDoneMarker;
    private final String footnoteRefPrefix;
    private final String footnoteRefSuffix;
    private final String footnoteLinkRefClass;
    private final String footnoteBackLinkRefClass;
    private final String footnoteBackRefString;

    /**
     * @param options the pipeline's options (for heading ids, as {@link MarkdownRenderer} gives them)
     * @param rendererOptions flexmark's renderer options ({@code HtmlRenderer.getOptions()})
     */
    ExportHtmlWriter(DataHolder options, DataHolder rendererOptions) {
        this.options = options;
        this.rendererOptions = rendererOptions;
        html = new HtmlRendererOptions(rendererOptions);
        percentEncodeUrls = html.percentEncodeUrls;
        languageClassPrefix = html.languageClassPrefix;
        languageClassMap = html.languageClassMap;
        suppressedLinks = html.suppressedLinks;
        defaultSuppressedLinks = suppressedLinks != null && suppressedLinks.pattern().equals("javascript:.*")
                && suppressedLinks.flags() == 0;
        autolinkWwwPrefix = html.autolinkWwwPrefix;
        noLanguageClass = html.noLanguageClass.trim();
        String tableClass = TablesExtension.CLASS_NAME.get(rendererOptions);
        tableOpen = tableClass.isEmpty() ? "<table>"
                : "<table class=\"" + Escaping.escapeHtml(tableClass, true) + "\">";
        String tightClass = TaskListExtension.TIGHT_ITEM_CLASS.get(rendererOptions);
        String looseClass = TaskListExtension.LOOSE_ITEM_CLASS.get(rendererOptions);
        String paragraphClass = TaskListExtension.PARAGRAPH_CLASS.get(rendererOptions);
        taskItemOpen = tightClass.isEmpty() ? "<li>" : "<li class=\"" + Escaping.escapeHtml(tightClass, true) + "\">";
        taskParagraphOpen = paragraphClass.isEmpty() ? "<p>"
                : "<p class=\"" + Escaping.escapeHtml(paragraphClass, true) + "\">";
        doneMarker = TaskListExtension.ITEM_DONE_MARKER.get(rendererOptions);
        notDoneMarker = TaskListExtension.ITEM_NOT_DONE_MARKER.get(rendererOptions);
        footnoteRefPrefix = FootnoteExtension.FOOTNOTE_REF_PREFIX.get(rendererOptions);
        footnoteRefSuffix = FootnoteExtension.FOOTNOTE_REF_SUFFIX.get(rendererOptions);
        footnoteLinkRefClass = FootnoteExtension.FOOTNOTE_LINK_REF_CLASS.get(rendererOptions);
        footnoteBackLinkRefClass = FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS.get(rendererOptions);
        footnoteBackRefString = FootnoteExtension.FOOTNOTE_BACK_REF_STRING.get(rendererOptions);
        // only the set-up whose output rules this writer copies; anything else always goes to flexmark
        enabled = html.softBreak.equals("\n") && html.hardBreak.equals("<br />\n")
                && html.strongEmphasisStyleHtmlOpen == null && html.strongEmphasisStyleHtmlClose == null
                && html.emphasisStyleHtmlOpen == null && html.emphasisStyleHtmlClose == null
                && html.codeStyleHtmlOpen == null && html.codeStyleHtmlClose == null
                && !html.escapeHtmlBlocks && !html.escapeHtmlCommentBlocks && !html.escapeInlineHtml
                && !html.escapeInlineHtmlComments && !html.suppressHtmlBlocks && !html.suppressHtmlCommentBlocks
                && !html.suppressInlineHtml && !html.suppressInlineHtmlComments
                && !html.doNotRenderLinksInDocument && html.renderHeaderId && html.generateHeaderIds
                && html.indentSize == 0 && html.formatFlags == LineAppendable.F_TRIM_LEADING_WHITESPACE
                && html.sourcePositionAttribute.isEmpty() && !html.sourcePositionParagraphLines
                && !html.sourceWrapHtmlBlocks && html.htmlBlockOpenTagEol && html.htmlBlockCloseTagEol
                && html.unescapeHtmlEntities && !html.noPTagsUseBr && html.maxTrailingBlankLines >= 0
                && !HtmlRenderer.OBFUSCATE_EMAIL.get(rendererOptions)
                && !HtmlRenderer.RECHECK_UNDEFINED_REFERENCES.get(rendererOptions)
                && !Parser.FENCED_CODE_CONTENT_BLOCK.get(rendererOptions)
                && !Parser.CODE_SOFT_LINE_BREAKS.get(rendererOptions)
                && !TablesExtension.COLUMN_SPANS.get(rendererOptions)
                && TaskListExtension.ITEM_DONE_CLASS.get(rendererOptions).isEmpty()
                && TaskListExtension.ITEM_NOT_DONE_CLASS.get(rendererOptions).isEmpty()
                && tightClass.equals(looseClass)
                && StrikethroughSubscriptExtension.STRIKETHROUGH_STYLE_HTML_OPEN.get(rendererOptions) == null
                && StrikethroughSubscriptExtension.STRIKETHROUGH_STYLE_HTML_CLOSE.get(rendererOptions) == null;
    }

    /** Whether the options are ones this writer reproduces; if not, {@link #render} always returns null. */
    boolean enabled() {
        return enabled;
    }

    /**
     * The export HTML of a document, identical to flexmark's, or null when the document holds something this
     * writer does not reproduce (the caller then renders it with flexmark). Does not change the document.
     */
    String render(Document document) {
        if (!enabled || RenderKeys.PREVIEW.get(document)) {
            return null;
        }
        try {
            return new Pass(document).run();
        } catch (Unsupported e) {
            return null;
        }
    }

    /** One render: the output, the line state flexmark's formatter would have, and the document's context. */
    private final class Pass {
        private final Document document;
        private final DataHolder context;
        private final ListOptions listOptions;
        private final HeadingIds ids;
        /** The document's source text and a copy of its chars, when the source is a String (it always is). */
        private final String base;
        private final char[] src;
        /** The output so far: {@code buf[0, len)}. */
        private char[] buf;
        private int len;
        private ReferenceRepository references;
        private FootnoteRepository footnotes;
        /** Start of the current output line in {@link #buf}. */
        private int lineStart;
        /** The current line holds something other than spaces and tabs. */
        private boolean lineText;
        /** Nesting of raw / pre-formatted output: spaces kept, blank lines kept. */
        private int pre;

        Pass(Document document) {
            this.document = document;
            // what flexmark's renderers get as their options
            context = new ScopedDataSet(document, rendererOptions);
            listOptions = ListOptions.get(context);
            ids = new HeadingIds(options);
            Object chars = document.getChars().getBase();
            base = chars instanceof String text ? text : null;
            // the parse's fast paths made the array already (SourceChars): the same chars, not copied again
            SourceChars parsed = base == null ? null : SourceChars.of(document, document.getChars());
            src = base == null ? null : parsed != null ? parsed.chars() : base.toCharArray();
            int size = document.getTextLength() + document.getTextLength() / 4 + 256;
            char[] kept = BUFFER.get();
            buf = kept != null && kept.length >= size ? kept : new char[size];
        }

        String run() {
            ids.generateIds(document);
            children(document);
            footnoteSection();
            line();
            String html = new String(buf, 0, len);
            BUFFER.set(buf.length <= MAX_KEPT_BUFFER ? buf : null);
            return html;
        }

        private void ensure(int more) {
            if (len + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
            }
        }

        private void put(char c) {
            ensure(1);
            buf[len++] = c;
        }

        private void put(String s) {
            int n = s.length();
            ensure(n);
            s.getChars(0, n, buf, len);
            len += n;
        }

        private void put(char[] chars, int from, int to) {
            int n = to - from;
            ensure(n);
            System.arraycopy(chars, from, buf, len, n);
            len += n;
        }

        /** The sequence's chars when it is a plain slice of the source: {@code [start, end)} of {@link #src}. */
        private boolean isSourceSlice(BasedSequence chars) {
            return src != null && chars instanceof SubSequence && chars.getBase() == base;
        }

        /** The sequence as a String, copied from the source when it is a slice of it. */
        private String source(BasedSequence chars) {
            if (isSourceSlice(chars)) {
                return new String(src, chars.getStartOffset(), chars.getEndOffset() - chars.getStartOffset());
            }
            return chars.toString();
        }

        /** {@code chars.unescape()}, without flexmark's regex when the slice has no '\\' and no '&'. */
        private String unescape(BasedSequence chars) {
            if (isSourceSlice(chars)) {
                int from = chars.getStartOffset();
                int to = chars.getEndOffset();
                if (!contains(src, from, to, '\\', '&', '&')) {
                    return new String(src, from, to - from);
                }
            }
            return chars.unescape();
        }

        // ---- output, with the rules of flexmark's line formatter (F_TRIM_LEADING_WHITESPACE, no indent)

        /** Ends the current line if it has anything (flexmark's {@code line()}). */
        private void line() {
            if (pre > 0 || len > lineStart) {
                newline();
            }
        }

        private void newline() {
            if (pre == 0 && !lineText) {
                // a blank or white-space-only line: flexmark's blank-line rules apply; not copied here
                throw UNSUPPORTED;
            }
            put('\n');
            lineStart = len;
            lineText = false;
        }

        /** A constant tag: starts with '<', holds no line break. */
        private void tag(String s) {
            put(s);
            lineText = true;
        }

        /** Markup or raw HTML, unescaped, through the line rules. */
        private void raw(String s) {
            char[] chars = s.toCharArray();
            emit(chars, 0, chars.length, false);
        }

        /** Text, HTML-escaped ({@code Escaping.escapeHtml(s, false)}), through the line rules. */
        private void text(String s) {
            char[] chars = s.toCharArray();
            emit(chars, 0, chars.length, true);
        }

        /** Raw pre-formatted text ({@code HtmlWriter.rawPre}). */
        private void rawPre(String s) {
            if (len > lineStart && !s.isEmpty() && s.charAt(0) == '\n') {
                line();
                s = s.substring(1);
            }
            pre++;
            raw(s);
            pre--;
        }

        /** Appends chars [from, to) with the line rules, escaping {@code & < > "} when asked. */
        private void emit(char[] s, int from, int to, boolean escape) {
            int run = from;
            // lineText in a local: a field store per character is most of this loop's cost under C1
            boolean text = lineText;
            for (int i = from; i < to; i++) {
                char c = s[i];
                if (c > '>') {
                    text = true;
                    continue;
                }
                switch (c) {
                    case '\n' -> {
                        put(s, run, i);
                        run = i + 1;
                        lineText = text;
                        newline();
                        text = lineText;
                    }
                    case ' ' -> {
                        if (!text && pre == 0) {
                            put(s, run, i);
                            run = i + 1;
                        }
                    }
                    case '\t' -> {
                        // kept, and the line still counts as white space
                    }
                    case '&', '<', '>', '"' -> {
                        text = true;
                        if (escape) {
                            put(s, run, i);
                            put(switch (c) {
                                case '&' -> "&amp;";
                                case '<' -> "&lt;";
                                case '>' -> "&gt;";
                                default -> "&quot;";
                            });
                            run = i + 1;
                        }
                    }
                    default -> text = true;
                }
            }
            lineText = text;
            put(s, run, to);
        }

        /** {@code name="value"} with flexmark's attribute escaping (entities kept); the tag is already open. */
        private void attr(String name, String value) {
            put(' ');
            put(name);
            put("=\"");
            char[] chars = value.toCharArray();
            if (contains(chars, 0, chars.length, '&', '<', '>') || contains(chars, 0, chars.length, '"', '"', '"')) {
                chars = Escaping.escapeHtml(value, true).toCharArray();
            }
            emit(chars, 0, chars.length, false);
            put('"');
            lineText = true; // the closing quote is text on the line, even after a line break in the value
        }

        // ---- nodes

        private void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                node(child);
            }
        }

        private void node(Node node) {
            Kind kind = KINDS.get(node.getClass());
            if (kind == null) {
                throw UNSUPPORTED;
            }
            switch (kind) {
                case TEXT -> plainText(node.getChars());
                case TEXT_BASE -> children(node);
                case PARAGRAPH -> paragraph((Paragraph) node);
                case SOFT_BREAK -> newlineRaw();
                case HARD_BREAK -> {
                    tag("<br />");
                    newline();
                }
                case EMPHASIS -> wrap(node, "<em>", "</em>");
                case STRONG -> wrap(node, "<strong>", "</strong>");
                case STRIKETHROUGH -> wrap(node, "<del>", "</del>");
                case CODE -> {
                    tag("<code>");
                    text(collapseWhitespace(source(((Code) node).getText())));
                    tag("</code>");
                }
                case HEADING -> heading((Heading) node);
                case BLOCK_QUOTE -> block(node, "<blockquote>", "</blockquote>");
                case BULLET_LIST -> block(node, "<ul>", "</ul>");
                case ORDERED_LIST -> {
                    int start = ((OrderedList) node).getStartNumber();
                    block(node, listOptions.isOrderedListManualStart() && start != 1
                            ? "<ol start=\"" + start + "\">" : "<ol>", "</ol>");
                }
                case LIST_ITEM -> listItem((ListItem) node);
                case TASK_ITEM -> taskItem((TaskListItem) node);
                case FENCED_CODE -> fencedCode((FencedCodeBlock) node);
                case INDENTED_CODE -> code(noLanguageClass,
                        ((IndentedCodeBlock) node).getContentChars().trimTailBlankLines().normalizeEndWithEOL());
                case THEMATIC_BREAK -> {
                    line();
                    tag("<hr />");
                    line();
                }
                case HTML_BLOCK -> {
                    if (node.hasChildren() || PreviewNodeRenderer.omitted(node, document)) {
                        throw UNSUPPORTED;
                    }
                    line();
                    line();
                    rawPre(((HtmlBlock) node).getContentChars().normalizeEOL());
                    line();
                    line();
                }
                case HTML_COMMENT_BLOCK, HTML_INLINE -> {
                    if (PreviewNodeRenderer.omitted(node, document)) {
                        throw UNSUPPORTED; // left out (decision 0235): flexmark's renderer writes the mark
                    }
                    rawPre(node.getChars().normalizeEOL());
                }
                case HTML_ENTITY -> text(node.getChars().unescape());
                case LINK -> link((Link) node);
                case IMAGE -> image((Image) node);
                case LINK_REF -> linkRef((LinkRef) node);
                case IMAGE_REF -> imageRef((ImageRef) node);
                case AUTO_LINK -> autoLink((AutoLink) node);
                case MAIL_LINK -> mailLink((MailLink) node);
                case REFERENCE, FOOTNOTE_BLOCK, TABLE_SEPARATOR -> {
                    // render nothing where they stand
                }
                case FOOTNOTE -> footnote((Footnote) node);
                case TABLE -> {
                    line();
                    tag(tableOpen);
                    line();
                    children(node);
                    line();
                    tag("</table>");
                    line();
                }
                case TABLE_HEAD -> tableLine(node, "<thead>", "</thead>");
                case TABLE_BODY -> tableLine(node, "<tbody>", "</tbody>");
                case TABLE_ROW -> tableLine(node, "<tr>", "</tr>");
                case TABLE_CELL -> tableCell((TableCell) node);
                default -> throw UNSUPPORTED;
            }
        }

        /** The soft break ({@code "\n"}) as raw output. */
        private void newlineRaw() {
            newline();
        }

        /** A text node: {@code text(normalizeEOL(chars.unescape()))}, copied straight from the source if plain. */
        private void plainText(BasedSequence chars) {
            if (isSourceSlice(chars)) {
                int from = chars.getStartOffset();
                int to = chars.getEndOffset();
                if (!contains(src, from, to, '\\', '&', '\r')) {
                    emit(src, from, to, true);
                    return;
                }
            }
            text(Escaping.normalizeEOL(chars.unescape()));
        }

        private void wrap(Node node, String open, String close) {
            tag(open);
            children(node);
            tag(close);
        }

        /** {@code tagIndent}/{@code tagLineIndent}: the tags on lines of their own. */
        private void block(Node node, String open, String close) {
            line();
            tag(open);
            line();
            children(node);
            line();
            tag(close);
            line();
        }

        /** {@code withCondIndent().tagLine(...)}: line before the open tag and after the close tag. */
        private void tableLine(Node node, String open, String close) {
            line();
            tag(open);
            children(node);
            tag(close);
            line();
        }

        private void paragraph(Paragraph node) {
            if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) {
                return;
            }
            if (node.getParent() instanceof ParagraphItemContainer container
                    && container.isParagraphWrappingDisabled(node, listOptions, context)) {
                children(node);
            } else {
                line();
                tag("<p>");
                children(node);
                tag("</p>");
                line();
            }
        }

        private void heading(Heading node) {
            String level = String.valueOf(node.getLevel());
            String id = ids.getId(node);
            line();
            put("<h");
            put(level);
            lineText = true;
            if (id != null && !id.isEmpty()) {
                attr("id", id);
            }
            put('>');
            children(node);
            put("</h");
            put(level);
            put('>');
            line();
        }

        private void listItem(ListItem node) {
            line();
            tag("<li>");
            BasedSequence suffix = node.getMarkerSuffix();
            if (!suffix.isEmpty()) {
                text(suffix.unescape());
            }
            children(node);
            tag("</li>");
            line();
        }

        private void taskItem(TaskListItem node) {
            String marker = node.isItemDoneMarker() ? doneMarker : notDoneMarker;
            if (listOptions.isTightListItem(node)) {
                line();
                tag(taskItemOpen);
                raw(marker);
                children(node);
                tag("</li>");
                line();
            } else {
                line();
                tag(taskItemOpen);
                line();
                line();
                tag(taskParagraphOpen);
                raw(marker);
                children(node);
                tag("</p>");
                line();
                line();
                tag("</li>");
                line();
            }
        }

        private void fencedCode(FencedCodeBlock node) {
            BasedSequence info = node.getInfo();
            String cls;
            if (info.isNotNull() && !info.isBlank()) {
                String language = node.getInfoDelimitedByAny(html.languageDelimiterSet).unescape();
                cls = languageClassMap.getOrDefault(language, languageClassPrefix + language);
            } else {
                cls = noLanguageClass;
            }
            code(cls, node.getContentChars().normalizeEOL());
        }

        private void code(String cls, String content) {
            line();
            tag("<pre>");
            pre++;
            put("<code");
            if (!cls.isEmpty()) {
                attr("class", cls);
            }
            put('>');
            text(content);
            tag("</code></pre>");
            pre--;
            line();
        }

        private boolean suppressed(CharSequence url) {
            if (suppressedLinks == null) {
                return false;
            }
            if (defaultSuppressedLinks) {
                // the default pattern "javascript:.*" cannot match what does not start so
                int n = JAVASCRIPT.length();
                if (url.length() < n) {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    if (url.charAt(i) != JAVASCRIPT.charAt(i)) {
                        return false;
                    }
                }
            }
            return suppressedLinks.matcher(url).matches();
        }

        /** flexmark's link resolution for the export: no resolver changes the URL; percent-encoding if set. */
        private String resolve(String url) {
            return url.isEmpty() || !percentEncodeUrls ? url : percentEncode(url);
        }

        private void link(Link node) {
            if (suppressed(node.getUrl())) {
                children(node);
                return;
            }
            openLink(resolve(unescape(node.getUrl())), node.getTitle());
            children(node);
            tag("</a>");
        }

        private void openLink(String href, BasedSequence title) {
            put("<a");
            lineText = true;
            attr("href", href);
            if (title.isNotNull()) {
                attr("title", unescape(title));
            }
            put('>');
        }

        private void image(Image node) {
            if (suppressed(node.getUrl())) {
                return;
            }
            String alt = InlineText.alt(node);
            String url = resolve(unescape(node.getUrl()));
            if (!node.getUrlContent().isEmpty()) {
                url += Escaping.percentEncodeUrl(node.getUrlContent()).replace("+", "%2B").replace("%3D", "=")
                        .replace("%26", "&amp;");
            }
            img(url, alt, node.getTitle());
        }

        private void img(String src, String alt, BasedSequence title) {
            put("<img");
            lineText = true;
            attr("src", src);
            attr("alt", alt);
            if (title.isNotNull()) {
                attr("title", unescape(title));
            }
            put(" />");
        }

        private ReferenceRepository references() {
            if (references == null) {
                references = Parser.REFERENCES.get(context);
            }
            return references;
        }

        private void linkRef(LinkRef node) {
            if (!node.isDefined()) {
                // no resolver knows undefined references: flexmark writes the source text
                if (!node.hasChildren()) {
                    text(node.getChars().unescape());
                } else {
                    text(node.getChars().prefixOf(node.getChildChars()).unescape());
                    children(node);
                    text(node.getChars().suffixOf(node.getChildChars()).unescape());
                }
                return;
            }
            Reference reference = node.getReferenceNode(references());
            String url = unescape(reference.getUrl());
            if (suppressed(url)) {
                children(node);
                return;
            }
            openLink(resolve(url), reference.getTitle());
            children(node);
            tag("</a>");
        }

        private void imageRef(ImageRef node) {
            if (!node.isDefined()) {
                text(node.getChars().unescape());
                return;
            }
            Reference reference = node.getReferenceNode(references());
            String url = unescape(reference.getUrl());
            if (suppressed(url)) {
                return;
            }
            img(resolve(url), InlineText.alt(node), reference.getTitle());
        }

        private void autoLink(AutoLink node) {
            String text = node.getText().toString();
            if (suppressed(node.getUrl())) {
                text(text);
                return;
            }
            String url = resolve(text);
            put("<a");
            lineText = true;
            attr("href", url.startsWith("www.") ? autolinkWwwPrefix + url : url);
            put('>');
            text(text);
            tag("</a>");
        }

        private void mailLink(MailLink node) {
            String text = unescape(node.getText());
            if (suppressed(node.getUrl())) {
                text(text);
                return;
            }
            put("<a");
            lineText = true;
            attr("href", "mailto:" + resolve(text));
            put('>');
            text(text);
            tag("</a>");
        }

        private FootnoteRepository footnotes() {
            if (footnotes == null) {
                footnotes = FootnoteExtension.FOOTNOTES.get(context);
                // what flexmark's footnote renderer does when it is made for a render (idempotent)
                footnotes.resolveFootnoteOrdinals();
            }
            return footnotes;
        }

        private void footnote(Footnote node) {
            footnotes();
            FootnoteBlock block = node.getFootnoteBlock();
            if (block == null) {
                raw("[^");
                children(node);
                raw("]");
                return;
            }
            int ordinal = block.getFootnoteOrdinal();
            int reference = node.getReferenceOrdinal();
            put("<sup");
            lineText = true;
            attr("id", "fnref-" + ordinal + (reference == 0 ? "" : "-" + reference));
            put("><a");
            if (!footnoteLinkRefClass.isEmpty()) {
                attr("class", footnoteLinkRefClass);
            }
            attr("href", "#fn-" + ordinal);
            put('>');
            raw(footnoteRefPrefix + ordinal + footnoteRefSuffix);
            tag("</a></sup>");
        }

        /** flexmark's footnote section at the end of the body (the BODY_BOTTOM phase). */
        private void footnoteSection() {
            List<FootnoteBlock> blocks = footnotes().getReferencedFootnoteBlocks();
            if (blocks.isEmpty()) {
                return;
            }
            line();
            tag("<div class=\"footnotes\">");
            line();
            line();
            tag("<hr />");
            line();
            line();
            tag("<ol>");
            line();
            for (FootnoteBlock block : blocks) {
                int ordinal = block.getFootnoteOrdinal();
                line();
                tag("<li");
                attr("id", "fn-" + ordinal);
                put('>');
                line();
                children(block);
                for (int i = 0, n = block.getFootnoteReferences(); i < n; i++) {
                    line();
                    tag("<a");
                    attr("href", "#fnref-" + ordinal + (i == 0 ? "" : "-" + i));
                    if (!footnoteBackLinkRefClass.isEmpty()) {
                        attr("class", footnoteBackLinkRefClass);
                    }
                    put('>');
                    raw(footnoteBackRefString);
                    tag("</a>");
                }
                line();
                tag("</li>");
                line();
            }
            line();
            tag("</ol>");
            line();
            line();
            tag("</div>");
            line();
        }

        private void tableCell(TableCell node) {
            String name = node.isHeader() ? "th" : "td";
            put('<');
            put(name);
            lineText = true;
            TableCell.Alignment alignment = node.getAlignment();
            if (alignment != null) {
                attr("align", switch (alignment) {
                    case LEFT -> "left";
                    case CENTER -> "center";
                    case RIGHT -> "right";
                    default -> throw UNSUPPORTED;
                });
            }
            put('>');
            children(node);
            put("</");
            put(name);
            put('>');
        }
    }
}
