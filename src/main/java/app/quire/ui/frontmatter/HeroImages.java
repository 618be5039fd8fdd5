package app.quire.ui.frontmatter;

import app.quire.media.ImageFormat;
import app.quire.media.ImageImporter;
import app.quire.media.ImageSettings;
import app.quire.media.ImageTarget;
import app.quire.media.LocalImages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Hero image paths, without JavaFX: resolves a front matter path against the site folder and brings a chosen file
 * into the site through {@link ImageImporter}, the one import path shared with paste, drop and Insert Image.
 */
public final class HeroImages {
    /** Where chosen images are copied in a Jekyll site, relative to its root. */
    public static final String POSTS_IMAGE_FOLDER = "assets/images/posts";

    private HeroImages() {
    }

    /**
     * The local file a front matter image path points at: site-root paths ({@code /assets/...}) against the site
     * folder, relative paths against the post's folder. Empty for URLs or when nothing can be resolved.
     */
    public static Optional<Path> resolve(String path, Path siteRoot, Path postFolder) {
        return LocalImages.resolve(path, siteRoot, postFolder);
    }

    /**
     * The front matter path for a chosen file, through the one image import ({@link ImageImporter}): its site path
     * when it is inside the site, otherwise the URL of the copy stored by the site's convention (Jekyll:
     * {@code /assets/images/posts/<uuid>.jpg}; identical content stored once, a different file never overwritten).
     *
     * @throws IOException when the file is not an image or cannot be stored; the site is then unchanged
     */
    public static String importInto(Path siteRoot, Path chosen) throws IOException {
        return importInto(siteRoot, null, chosen);
    }

    /** As {@link #importInto(Path, Path)}, for a post in {@code postFolder} (relative conventions use it). */
    public static String importInto(Path siteRoot, Path postFolder, Path chosen) throws IOException {
        ImageTarget site = ImageTarget.of(siteRoot, null);
        ImageTarget target = postFolder == null ? site : new ImageTarget(site.siteRoot(), site.shape(),
                postFolder.toAbsolutePath().normalize(), null, site.slug(), site.date());
        String url = new ImageImporter(target, ImageSettings.forTarget(target)).importFile(chosen).url();
        // Without a post, a relative URL is relative to the site root: written site-root for the front matter.
        return postFolder == null && !url.startsWith("/") ? "/" + url : url;
    }

    /** True for file names the form accepts as images. */
    public static boolean isImage(Path file) {
        return ImageFormat.hasImageExtension(file.getFileName().toString());
    }
}
