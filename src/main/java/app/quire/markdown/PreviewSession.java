package app.quire.markdown;

import app.quire.post.Post;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the blocks last shown in a preview and turns each new text into a minimal {@link PreviewPatch}.
 * Not thread-safe: use it from one (background) thread.
 * SKELETON: re-renders the whole body and diffs; the markdown/ work makes it re-render only changed blocks.
 */
public final class PreviewSession {
    private final MarkdownRenderer renderer;
    private final RenderContext context;
    private List<PreviewBlock> shown = List.of();

    public PreviewSession(MarkdownRenderer renderer, RenderContext context) {
        this.renderer = renderer;
        this.context = context;
    }

    /** The blocks as they stand after the last update. */
    public List<PreviewBlock> blocks() {
        return shown;
    }

    /** Renders the whole post text (front matter included) and returns what changed since the last call. */
    public PreviewPatch update(String postText) {
        Post post = Post.parse(postText);
        List<PreviewBlock> next = renderer.toPreviewBlocks(post.body(), post.bodyStartLine(), context);
        int prefix = 0;
        int max = Math.min(shown.size(), next.size());
        while (prefix < max && shown.get(prefix).equals(next.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && shown.get(shown.size() - 1 - suffix).equals(next.get(next.size() - 1 - suffix))) {
            suffix++;
        }
        PreviewPatch patch = new PreviewPatch(prefix, shown.size() - prefix - suffix,
                new ArrayList<>(next.subList(prefix, next.size() - suffix)));
        shown = next;
        return patch;
    }
}
