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
    private volatile boolean resetRequested;
    private volatile java.time.ZoneId publishZone;

    PreviewRenderer(MarkdownRenderer markdown, RenderContext context) {
        this.markdown = markdown;
        this.context = context;
    }

    /** The update that brings a page showing {@code base} to this text. */
    PreviewUpdate render(String postText, ShownPreview base) {
        if (session == null || resetRequested) {
            resetRequested = false;
            session = new PreviewSession(markdown, context);
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
        if (!liquidLooked) {
            liquidLooked = true;
            liquid = SiteLiquids.forSite(context.siteRoot()); // reads the site config: on this render thread
        }
        return liquid == null ? postText : liquid.render(postText, context.postFile());
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
