package app.quire.markdown;

import java.nio.file.Path;

/**
 * Where a post lives, for resolving its links in the preview: site-root paths ({@code /assets/x.jpg}) against
 * {@code siteRoot}, relative ones against {@code postDir}; {@code postFile} is the post itself (for the Liquid
 * of a site's posts: its URL and name). Any may be null (unsaved post, loose file).
 */
public record RenderContext(Path siteRoot, Path postDir, Path postFile) {
    public static final RenderContext NONE = new RenderContext(null, null, null);

    public RenderContext(Path siteRoot, Path postDir) {
        this(siteRoot, postDir, null);
    }
}
