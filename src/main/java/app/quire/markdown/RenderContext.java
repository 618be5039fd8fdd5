package app.quire.markdown;

import java.nio.file.Path;

/**
 * Where a post lives, for resolving its links in the preview: site-root paths ({@code /assets/x.jpg}) against
 * {@code siteRoot}, relative ones against {@code postDir}. Either may be null (unsaved post, loose file).
 */
public record RenderContext(Path siteRoot, Path postDir) {
    public static final RenderContext NONE = new RenderContext(null, null);
}
