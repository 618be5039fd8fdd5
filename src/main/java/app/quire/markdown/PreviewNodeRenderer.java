package app.quire.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The preview target's node rendering; for the export every handler delegates to flexmark's own renderer.
 * In the preview the document is rendered block by block into {@link RenderKeys#PREVIEW_OUT}, raw HTML is
 * sanitised, top-level HTML blocks get a wrapper element (so every block is one element that can carry line
 * attributes) and footnote definitions are shown where they are written.
 */
final class PreviewNodeRenderer implements NodeRenderer {
    /** Separates the blocks in a preview render's output. */
    static final String BLOCK_MARK = "<!--quire-block-->";

    static boolean isPreview(NodeRendererContext context) {
        return RenderKeys.PREVIEW.get(context.getDocument());
    }

    /** Stateless: one instance serves every render (flexmark asks for the handlers once per render). */
    private final Set<NodeRenderingHandler<?>> handlers = Set.of(
            new NodeRenderingHandler<>(Document.class, this::renderDocument),
            new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlBlock.class, this::renderHtmlBlock),
            new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlCommentBlock.class, this::renderHtmlBlock),
            new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlInline.class, this::renderHtmlInline),
            new NodeRenderingHandler<>(com.vladsch.flexmark.ast.HtmlInlineComment.class, this::renderHtmlInline),
            new NodeRenderingHandler<>(FootnoteBlock.class, this::renderFootnote));

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }

    private void renderDocument(Document document, NodeRendererContext context, HtmlWriter html) {
        if (!isPreview(context)) {
            context.delegateRender();
            return;
        }
        // Render in the one writer (sub-contexts lose the node for attribute providers) and mark each block's
        // end; the sanitiser removes the marker from raw HTML, and text never contains an unescaped '<'.
        List<Node> blocks = new ArrayList<>();
        html.raw(BLOCK_MARK).line();
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Reference) {
                continue; // renders nothing; not a preview block
            }
            blocks.add(child);
            context.render(child);
            html.line().raw(BLOCK_MARK).line();
        }
        document.set(RenderKeys.PREVIEW_NODES, blocks);
    }

    private void renderHtmlBlock(HtmlBlockBase node, NodeRendererContext context, HtmlWriter html) {
        if (!isPreview(context)) {
            if (omittedInExport(node, context)) {
                html.line().raw(RawHtml.OMITTED).line();
                if (RawHtml.hasClosingLine(node.getChars())) {
                    html.raw(RawHtml.OMITTED).line(); // goldmark writes the block's closing line's mark too
                }
            } else {
                context.delegateRender();
            }
            return;
        }
        String safe = omittedInPreview(node, context)
                ? RawHtml.marker("HTML left out", RawHtml.OMITTED_TIP)
                : HtmlSanitizer.sanitize(node.getChars().toString(), sources(context)).strip();
        if (node.getParent() instanceof Document) {
            html.attr("class", "html-block").withAttr().tag("div");
            html.rawPre(safe); // as written: a <pre> keeps its indentation
            html.closeTag("div").line();
        } else {
            html.line().rawPre(safe).line();
        }
    }

    private void renderHtmlInline(HtmlInlineBase node, NodeRendererContext context, HtmlWriter html) {
        if (!isPreview(context)) {
            if (omittedInExport(node, context)) {
                html.raw(RawHtml.OMITTED);
            } else {
                context.delegateRender();
            }
            return;
        }
        if (omittedInPreview(node, context)) {
            html.raw(RawHtml.marker("HTML", RawHtml.OMITTED_TIP));
            return;
        }
        html.raw(HtmlSanitizer.sanitize(node.getChars().toString(), sources(context)));
    }

    /** Export: the document's raw HTML filter leaves this node out (decision 0235). */
    static boolean omittedInExport(Node node, NodeRendererContext context) {
        return omitted(node, context.getDocument());
    }

    /** As {@link #omittedInExport}, for a document. */
    static boolean omitted(Node node, Document document) {
        RawHtml.Filter filter = RenderKeys.RAW_HTML_FILTER.get(document);
        int shift = RenderKeys.RAW_HTML_SHIFT.get(document);
        return filter != null && !filter.keep(node.getStartOffset() + shift, node.getEndOffset() + shift);
    }

    /** Preview: the export will leave this node out (the site omits raw HTML and Quire did not write it). */
    private static boolean omittedInPreview(Node node, NodeRendererContext context) {
        Document document = context.getDocument();
        if (!RenderKeys.OMIT_RAW_HTML.get(document)) {
            return false;
        }
        java.util.Deque<String> open = RenderKeys.QUIRE_OPEN.get(document);
        if (open == null) {
            open = new java.util.ArrayDeque<>();
            document.set(RenderKeys.QUIRE_OPEN, open);
        }
        return !RawHtml.isOwn(node.getChars(), open);
    }

    /** Raw HTML's image sources resolved as Markdown images are (site root, Hugo's static/, beside the post). */
    private static java.util.function.UnaryOperator<String> sources(NodeRendererContext renderer) {
        RenderContext context = RenderKeys.CONTEXT.get(renderer.getDocument());
        return context == null ? null : src -> ImageSources.resolve(src, context);
    }

    private void renderFootnote(FootnoteBlock node, NodeRendererContext context, HtmlWriter html) {
        if (!isPreview(context)) {
            context.delegateRender();
            return;
        }
        int ordinal = node.getFootnoteOrdinal();
        html.attr("class", "footnote-definition");
        if (ordinal > 0) {
            html.attr("id", "fn-" + ordinal);
        }
        html.withAttr().tag("div");
        html.raw("<span class=\"footnote-label\">")
                .text(ordinal > 0 ? String.valueOf(ordinal) : node.getText().toString()).raw("</span>");
        context.renderChildren(node);
        html.closeTag("div").line();
    }
}
