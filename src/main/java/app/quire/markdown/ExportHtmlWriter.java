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
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.ScopedDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import com.vladsch.flexmark.util.sequence.SubSequence;
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

    private final DataHolder options;
    private final DataHolder rendererOptions;
    private final boolean enabled;
    private final boolean percentEncodeUrls;
    private final String languageClassPrefix;
    private final Map<String, String> languageClassMap;
    private final HtmlRendererOptions html;
    private final Pattern suppressedLinks;
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
        autolinkWwwPrefix = html.autolinkWwwPrefix;
        noLanguageClass = html.noLanguageClass.trim();
        String tableClass = TablesExtension.CLASS_NAME.get(rendererOptions);
        tableOpen = tableClass.isEmpty() ? "<table>" : "<table class=\"" + Escaping.escapeHtml(tableClass, true) + "\">";
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
        private final StringBuilder out;
        private ReferenceRepository references;
        private FootnoteRepository footnotes;
        /** Start of the current output line in {@link #out}. */
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
            out = new StringBuilder(Math.max(256, document.getTextLength() + document.getTextLength() / 4));
        }

        String run() {
            ids.generateIds(document);
            children(document);
            footnoteSection();
            line();
            return out.toString();
        }

        // ---- output, with the rules of flexmark's line formatter (F_TRIM_LEADING_WHITESPACE, no indent)

        /** Ends the current line if it has anything (flexmark's {@code line()}). */
        private void line() {
            if (pre > 0 || out.length() > lineStart) {
                newline();
            }
        }

        private void newline() {
            if (pre == 0 && !lineText) {
                // a blank or white-space-only line: flexmark's blank-line rules apply; not copied here
                throw UNSUPPORTED;
            }
            out.append('\n');
            lineStart = out.length();
            lineText = false;
        }

        /** A constant tag: starts with '<', holds no line break. */
        private void tag(String s) {
            out.append(s);
            lineText = true;
        }

        /** Markup or raw HTML, unescaped, through the line rules. */
        private void raw(CharSequence s) {
            emit(s, 0, s.length(), false);
        }

        /** Text, HTML-escaped ({@code Escaping.escapeHtml(s, false)}), through the line rules. */
        private void text(CharSequence s) {
            emit(s, 0, s.length(), true);
        }

        /** Raw pre-formatted text ({@code HtmlWriter.rawPre}). */
        private void rawPre(String s) {
            if (out.length() > lineStart && !s.isEmpty() && s.charAt(0) == '\n') {
                line();
                s = s.substring(1);
            }
            pre++;
            raw(s);
            pre--;
        }

        /** Appends chars [from, to) with the line rules, escaping {@code & < > "} when asked. */
        private void emit(CharSequence s, int from, int to, boolean escape) {
            StringBuilder sb = out;
            int run = from;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c > '>') {
                    lineText = true;
                    continue;
                }
                switch (c) {
                    case '\n' -> {
                        sb.append(s, run, i);
                        run = i + 1;
                        newline();
                    }
                    case ' ' -> {
                        if (!lineText && pre == 0) {
                            sb.append(s, run, i);
                            run = i + 1;
                        }
                    }
                    case '\t' -> {
                        // kept, and the line still counts as white space
                    }
                    case '&', '<', '>', '"' -> {
                        lineText = true;
                        if (escape) {
                            sb.append(s, run, i).append(switch (c) {
                                case '&' -> "&amp;";
                                case '<' -> "&lt;";
                                case '>' -> "&gt;";
                                default -> "&quot;";
                            });
                            run = i + 1;
                        }
                    }
                    default -> lineText = true;
                }
            }
            sb.append(s, run, to);
        }

        /** {@code name="value"} with flexmark's attribute escaping (entities kept); the tag is already open. */
        private void attr(String name, CharSequence value) {
            out.append(' ').append(name).append("=\"");
            String v = value.toString();
            for (int i = 0, n = v.length(); i < n; i++) {
                char c = v.charAt(i);
                if (c == '&' || c == '<' || c == '>' || c == '"') {
                    v = Escaping.escapeHtml(v, true);
                    break;
                }
            }
            raw(v);
            out.append('"');
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
                    text(Escaping.collapseWhitespace(((Code) node).getText(), true));
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
                    if (node.hasChildren()) {
                        throw UNSUPPORTED;
                    }
                    line();
                    line();
                    rawPre(((HtmlBlock) node).getContentChars().normalizeEOL());
                    line();
                    line();
                }
                case HTML_COMMENT_BLOCK, HTML_INLINE -> rawPre(node.getChars().normalizeEOL());
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
            if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
                int from = chars.getStartOffset();
                int to = chars.getEndOffset();
                boolean plain = true;
                for (int i = from; i < to; i++) {
                    char c = base.charAt(i);
                    if (c == '\\' || c == '&' || c == '\r') {
                        plain = false;
                        break;
                    }
                }
                if (plain) {
                    emit(base, from, to, true);
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
            out.append("<h").append(level);
            lineText = true;
            if (id != null && !id.isEmpty()) {
                attr("id", id);
            }
            out.append('>');
            children(node);
            out.append("</h").append(level).append('>');
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
            out.append("<code");
            if (!cls.isEmpty()) {
                attr("class", cls);
            }
            out.append('>');
            text(content);
            tag("</code></pre>");
            pre--;
            line();
        }

        private boolean suppressed(CharSequence url) {
            return suppressedLinks != null && suppressedLinks.matcher(url).matches();
        }

        /** flexmark's link resolution for the export: no resolver changes the URL; percent-encoding if set. */
        private String resolve(String url) {
            return url.isEmpty() || !percentEncodeUrls ? url : Escaping.percentEncodeUrl(url);
        }

        private void link(Link node) {
            if (suppressed(node.getUrl())) {
                children(node);
                return;
            }
            openLink(resolve(node.getUrl().unescape()), node.getTitle());
            children(node);
            tag("</a>");
        }

        private void openLink(String href, BasedSequence title) {
            out.append("<a");
            lineText = true;
            attr("href", href);
            if (title.isNotNull()) {
                attr("title", title.unescape());
            }
            out.append('>');
        }

        private void image(Image node) {
            if (suppressed(node.getUrl())) {
                return;
            }
            String alt = new TextCollectingVisitor().collectAndGetText(node);
            String url = resolve(node.getUrl().unescape());
            if (!node.getUrlContent().isEmpty()) {
                url += Escaping.percentEncodeUrl(node.getUrlContent()).replace("+", "%2B").replace("%3D", "=")
                        .replace("%26", "&amp;");
            }
            img(url, alt, node.getTitle());
        }

        private void img(String src, String alt, BasedSequence title) {
            out.append("<img");
            lineText = true;
            attr("src", src);
            attr("alt", alt);
            if (title.isNotNull()) {
                attr("title", title.unescape());
            }
            out.append(" />");
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
            String url = reference.getUrl().unescape();
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
            String url = reference.getUrl().unescape();
            if (suppressed(url)) {
                return;
            }
            img(resolve(url), new TextCollectingVisitor().collectAndGetText(node), reference.getTitle());
        }

        private void autoLink(AutoLink node) {
            String text = node.getText().toString();
            if (suppressed(node.getUrl())) {
                text(text);
                return;
            }
            String url = resolve(text);
            out.append("<a");
            lineText = true;
            attr("href", url.startsWith("www.") ? autolinkWwwPrefix + url : url);
            out.append('>');
            text(text);
            tag("</a>");
        }

        private void mailLink(MailLink node) {
            String text = node.getText().unescape();
            if (suppressed(node.getUrl())) {
                text(text);
                return;
            }
            out.append("<a");
            lineText = true;
            attr("href", "mailto:" + resolve(text));
            out.append('>');
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
            out.append("<sup");
            lineText = true;
            attr("id", "fnref-" + ordinal + (reference == 0 ? "" : "-" + reference));
            out.append("><a");
            if (!footnoteLinkRefClass.isEmpty()) {
                attr("class", footnoteLinkRefClass);
            }
            attr("href", "#fn-" + ordinal);
            out.append('>');
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
                out.append('>');
                line();
                children(block);
                for (int i = 0, n = block.getFootnoteReferences(); i < n; i++) {
                    line();
                    tag("<a");
                    attr("href", "#fnref-" + ordinal + (i == 0 ? "" : "-" + i));
                    if (!footnoteBackLinkRefClass.isEmpty()) {
                        attr("class", footnoteBackLinkRefClass);
                    }
                    out.append('>');
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
            out.append('<').append(name);
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
            out.append('>');
            children(node);
            out.append("</").append(name).append('>');
        }
    }
}
