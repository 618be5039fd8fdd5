package app.quire.markdown;

/**
 * Maps an image or link target as written in a post to what the preview can load: site-root paths
 * ({@code /assets/x.jpg}) against the site folder, relative ones against the post's folder; others unchanged.
 * SKELETON: the markdown/ work completes it (encoding, hostile paths) and wires it into the renderer.
 */
public final class ImageSources {
    private ImageSources() {
    }

    public static String resolve(String src, RenderContext context) {
        if (src.startsWith("/") && !src.startsWith("//") && context.siteRoot() != null) {
            return context.siteRoot().resolve(src.substring(1)).toUri().toString();
        }
        if (!src.contains(":") && !src.startsWith("/") && !src.startsWith("#") && context.postDir() != null) {
            return context.postDir().resolve(src).toUri().toString();
        }
        return src;
    }

}
