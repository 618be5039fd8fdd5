package app.quire.ui.preview;

import app.quire.markdown.ArticleHeaderHtml;
import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.PreviewBlock;
import app.quire.markdown.PreviewSession;
import app.quire.markdown.RenderContext;
import app.quire.markdown.ShownLines;
import app.quire.post.Post;
import app.quire.site.PreviewLiquid;
import java.util.List;

/**
 * Background half of the preview: renders a post text with a {@link PreviewSession} and diffs the result against
 * what the page shows. Use from one thread only (the preview's render thread).
 */
final class PreviewRenderer {
    private final MarkdownRenderer markdown;
    private final RenderContext context;
    /** The Liquid of the site's posts (null: not in a site, or its config could not be read); found on need. */
    private PreviewLiquid liquid;
    private boolean liquidLooked;
    private PreviewSession session;
    private boolean omitRawHtml;
    private volatile boolean resetRequested;
    private volatile java.time.ZoneId publishZone;

    PreviewRenderer(MarkdownRenderer markdown, RenderContext context) {
        this.markdown = markdown;
        this.context = context;
    }

    /** The update that brings a page showing {@code base} to this text. */
    PreviewUpdate render(String postText, ShownPreview base) {
        boolean omit = omitsRawHtml();
        if (session == null || resetRequested || omit != omitRawHtml) {
            resetRequested = false;
            omitRawHtml = omit;
            session = new PreviewSession(markdown, context, omit);
        }
        String header = ArticleHeaderHtml.render(Post.parse(postText), context, publishZone);
        String shown = withLiquid(postText);
        session.update(shown);
        List<PreviewBlock> blocks = session.blocks();
        if (shown != postText) { // Liquid rendered: number the blocks in the editor's lines
            blocks = ShownLines.between(postText, shown).renumber(blocks);
        }
        return PreviewUpdate.between(base, new ShownPreview(blocks, header));
    }

    /** The text with its body's Liquid rendered as the export will (a site's post), else as it is. */
    private String withLiquid(String postText) {
        if (!PreviewLiquid.mayHaveLiquid(postText)) {
            return postText;
        }
        PreviewLiquid site = siteLiquid();
        return site == null ? postText : site.render(postText, context.postFile());
    }

    /** The site's Liquid (null: not in a site); its config is read on this render thread, once. */
    private PreviewLiquid siteLiquid() {
        if (!liquidLooked) {
            liquidLooked = true;
            liquid = SiteLiquids.forSite(context.siteRoot());
        }
        return liquid;
    }

    /** The export leaves raw HTML out (a Hugo site without unsafe): the preview marks where (decision 0235). */
    private boolean omitsRawHtml() {
        if (context.siteRoot() == null) {
            return false;
        }
        PreviewLiquid site = siteLiquid();
        return site != null && site.omitsRawHtml();
    }

    /** The zone whose day the header shows for a date with an offset (null: the day as written). */
    void setPublishZone(java.time.ZoneId zone) {
        publishZone = zone;
    }

    /** Starts over with a fresh session on the next render (after a failure left the old one in doubt). */
    void reset() {
        resetRequested = true;
    }
}
