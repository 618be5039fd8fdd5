package app.quire.ui.preview;

import app.quire.markdown.ArticleHeaderHtml;
import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.PreviewSession;
import app.quire.markdown.RenderContext;
import app.quire.post.Post;

/**
 * Background half of the preview: renders a post text with a {@link PreviewSession} and diffs the result against
 * what the page shows. Use from one thread only (the preview's render thread).
 */
final class PreviewRenderer {
    private final MarkdownRenderer markdown;
    private final RenderContext context;
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
        session.update(postText);
        return PreviewUpdate.between(base, new ShownPreview(session.blocks(), header));
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
