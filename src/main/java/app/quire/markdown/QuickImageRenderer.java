package app.quire.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.html.Attributes;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Images through flexmark's renderer (the preview, and any export flexmark renders) with the alt text from
 * {@link InlineText} instead of flexmark's text collector, which is quadratic in the escapes and entities of the
 * alt text (docs/decisions/0201). flexmark 0.64.8's {@code CoreNodeRenderer} steps for {@code Image} and a
 * defined {@code ImageRef}, in its order (link resolving, attributes, source position); a short alt text or an
 * undefined reference goes to flexmark's renderer (alt texts with markup too before decision 0243). Same HTML:
 * compared in {@code InlineTextTest} and {@code EscapesAndEntitiesTest}.
 */
final class QuickImageRenderer implements NodeRenderer {
    /** Stateless: one instance serves every render. */
    private final Set<NodeRenderingHandler<?>> handlers = Set.of(
            new NodeRenderingHandler<>(Image.class, this::renderImage),
            new NodeRenderingHandler<>(ImageRef.class, this::renderImageRef));

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }

    /** The alt text if this class should render the image, else null (flexmark renders it). */
    private static String altOrNull(com.vladsch.flexmark.util.ast.Node node) {
        return node.getChars().length() < InlineText.minLength ? null : InlineText.alt(node);
    }

    private void renderImage(Image node, NodeRendererContext context, HtmlWriter html) {
        String alt = altOrNull(node);
        if (alt == null) {
            context.delegateRender();
            return;
        }
        if (context.isDoNotRenderLinks() || CoreNodeRenderer.isSuppressedLinkPrefix(node.getUrl(), context)) {
            return;
        }
        ResolvedLink resolved = context.resolveLink(LinkType.IMAGE, node.getUrl().unescape(), null, null);
        String url = resolved.getUrl();
        if (!node.getUrlContent().isEmpty()) {
            url += Escaping.percentEncodeUrl(node.getUrlContent()).replace("+", "%2B").replace("%3D", "=")
                    .replace("%26", "&amp;");
        }
        html.attr("src", url);
        html.attr("alt", alt);
        if (node.getTitle().isNotNull()) {
            resolved = resolved.withTitle(node.getTitle().unescape());
        }
        html.attr(resolved.getNonNullAttributes());
        html.srcPos(node.getChars()).withAttr(resolved).tagVoid("img");
    }

    private void renderImageRef(ImageRef node, NodeRendererContext context, HtmlWriter html) {
        String alt = node.isDefined() && !HtmlRenderer.RECHECK_UNDEFINED_REFERENCES.get(context.getOptions())
                ? altOrNull(node) : null;
        if (alt == null) {
            context.delegateRender();
            return;
        }
        Reference reference = node.getReferenceNode(Parser.REFERENCES.get(context.getDocument()));
        String url = reference.getUrl().unescape();
        boolean suppressed = CoreNodeRenderer.isSuppressedLinkPrefix(url, context);
        ResolvedLink resolved = context.resolveLink(LinkType.IMAGE, url, null, null);
        if (reference.getTitle().isNotNull()) {
            resolved = resolved.withTitle(reference.getTitle().unescape());
        }
        if (context.isDoNotRenderLinks() || suppressed) {
            return;
        }
        Attributes attributes = resolved.getNonNullAttributes();
        html.attr("src", resolved.getUrl());
        html.attr("alt", alt);
        attributes = context.extendRenderingNodeAttributes(reference, AttributablePart.NODE, attributes);
        html.attr(attributes);
        html.srcPos(node.getChars()).withAttr(resolved).tagVoid("img");
    }
}
