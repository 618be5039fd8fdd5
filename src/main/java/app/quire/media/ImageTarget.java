package app.quire.media;

import app.quire.post.PostNames;
import app.quire.site.Site;
import app.quire.site.SiteShape;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The post an image is imported for: the site root (null for a post outside any site), the site shape, the post's
 * folder and file (null while unsaved), its slug and date for the naming placeholders.
 */
public record ImageTarget(Path siteRoot, SiteShape shape, Path postDir, Path postFile, String slug, LocalDate date) {

    /** Detects the site shape with {@link Site#open}; a post without a site is treated as a plain folder. */
    public static ImageTarget of(Path siteRoot, Path postFile) throws IOException {
        Path root = siteRoot == null ? null : siteRoot.toAbsolutePath().normalize();
        SiteShape shape = root == null ? SiteShape.PLAIN : Site.open(root).shape();
        Path file = postFile == null ? null : postFile.toAbsolutePath().normalize();
        Path dir = file != null ? file.getParent() : root;
        if (dir == null) {
            throw new ImageImportException("Save the post first: an unsaved post outside a blog folder has no place "
                    + "for images.");
        }
        String slug = "post";
        LocalDate date = LocalDate.now();
        if (file != null) {
            String name = file.getFileName().toString();
            Optional<PostNames.JekyllName> j = PostNames.parseJekyll(name);
            if (j.isPresent()) {
                slug = j.get().slug();
                date = j.get().date();
            } else if (PostNames.stem(name).toLowerCase(Locale.ROOT).equals("index") && file.getParent() != null
                    && file.getParent().getFileName() != null) {
                slug = file.getParent().getFileName().toString();
            } else {
                slug = PostNames.stem(name);
            }
        }
        return new ImageTarget(root, shape, dir, file, slug, date);
    }

    /** A Hugo page bundle: the post is {@code index.md} in its own folder under content/. */
    public boolean isHugoBundle() {
        return shape == SiteShape.HUGO && postFile != null
                && PostNames.stem(postFile.getFileName().toString()).equalsIgnoreCase("index");
    }
}
