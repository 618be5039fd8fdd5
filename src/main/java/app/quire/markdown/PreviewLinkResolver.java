package app.quire.markdown;

import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Preview only: link and image targets through {@link ImageSources} (site-root and relative paths become
 * file: URIs); script URLs are neutralised. The export leaves targets as written.
 */
final class PreviewLinkResolver implements LinkResolver {
    private final boolean preview;
    private final RenderContext context;

    PreviewLinkResolver(LinkResolverBasicContext basic) {
        preview = RenderKeys.PREVIEW.get(basic.getDocument());
        context = RenderKeys.CONTEXT.get(basic.getDocument());
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext basic, ResolvedLink link) {
        if (!preview || !(link.getLinkType() == LinkType.LINK || link.getLinkType() == LinkType.IMAGE)) {
            return link;
        }
        String url = link.getUrl();
        if (!HtmlSanitizer.isSafeUrlValue(url, false)) {
            return link.withUrl("#");
        }
        return link.withUrl(ImageSources.resolve(url, context));
    }
}
