package app.quire.site;

import app.quire.post.FrontMatter;
import app.quire.post.FrontMatterEditException;
import app.quire.post.Post;
import app.quire.post.PostFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Renaming a post whose URL changes can keep the old URL working (decision 0238): the old URL goes into the post's
 * {@code aliases} (Hugo) or {@code redirect_from} (Jekyll with the jekyll-redirect-from plugin), and the export
 * writes a redirect page there (decision 0228). The front matter is edited through {@link FrontMatter}, so only
 * the added entry changes; TOML and JSON front matter, which that layer does not edit, are not offered.
 */
public final class RenameRedirect {
    /** What renaming would do to the post's URL, and whether Quire can keep the old one working. */
    public record Offer(Path file, Path target, String oldUrl, String newUrl, String key, Availability availability,
            String why) {
        /** True when the rename moves the post to another URL. */
        public boolean urlChanges() {
            return oldUrl != null && newUrl != null && !oldUrl.equals(newUrl);
        }
    }

    /** Whether the old URL can be added. */
    public enum Availability {
        /** The URL stays (or the post has none): nothing to offer. */
        NOT_NEEDED,
        /** The old URL can be added to {@link Offer#key()}. */
        OFFERED,
        /** Already listed there: the redirect exists. */
        ALREADY_LISTED,
        /** The URL changes but Quire cannot add it; {@link Offer#why()} says why, in words for the dialog. */
        NOT_OFFERED
    }

    private RenameRedirect() {
    }

    /**
     * What renaming {@code file} to {@code newName} does to its URL (read from the file as saved).
     *
     * @throws java.nio.file.FileAlreadyExistsException when another file has that name (as {@link PostOperations#rename})
     */
    public static Offer plan(Site site, Path file, String newName) throws IOException {
        Path target = PostOperations.renameTarget(file, newName);
        String text = PostFile.open(file).text();
        String oldUrl = url(site, file, text);
        String newUrl = target.equals(file) ? oldUrl : url(site, target, text);
        if (oldUrl == null || newUrl == null || oldUrl.equals(newUrl)) {
            return new Offer(file, target, oldUrl, newUrl, null, Availability.NOT_NEEDED, "");
        }
        String key;
        if (site.shape() == SiteShape.HUGO) {
            key = "aliases";
        } else if (site.shape() == SiteShape.JEKYLL && usesRedirectPlugin(site)) {
            key = "redirect_from";
        } else {
            return new Offer(file, target, oldUrl, newUrl, null, Availability.NOT_OFFERED, site.shape()
                    == SiteShape.JEKYLL ? "The blog does not use the jekyll-redirect-from plugin (plugins: in "
                    + "_config.yml), so an old address cannot be kept." : "Plain blog folders have no redirects.");
        }
        FrontMatter fm = Post.parse(text).frontMatter();
        if (SiteConfig.strings(fm.values().get(key)).contains(oldUrl)) {
            return new Offer(file, target, oldUrl, newUrl, key, Availability.ALREADY_LISTED, "");
        }
        if (fm.kind() == FrontMatter.Kind.TOML || fm.kind() == FrontMatter.Kind.JSON) {
            String example = fm.kind() == FrontMatter.Kind.TOML ? key + " = [\"" + oldUrl + "\"]"
                    : "\"" + key + "\": [\"" + oldUrl + "\"]";
            return new Offer(file, target, oldUrl, newUrl, key, Availability.NOT_OFFERED, "This post's front matter is "
                    + fm.kind() + ", which Quire shows but does not edit, so it cannot add the old address for you. "
                    + "To keep it working, add " + example + " to the front matter yourself.");
        }
        if (!fm.editable()) {
            return new Offer(file, target, oldUrl, newUrl, key, Availability.NOT_OFFERED, "Quire cannot read this "
                    + "post's front matter, so it cannot add the old address; fix the front matter first.");
        }
        return new Offer(file, target, oldUrl, newUrl, key, Availability.OFFERED, "");
    }

    /**
     * Renames as planned; with {@code keepOldUrl} (and an {@link Availability#OFFERED} offer) the old URL is added
     * to the post's list first. Returns the new path.
     */
    public static Path rename(Offer offer, boolean keepOldUrl) throws IOException {
        if (keepOldUrl && offer.availability() == Availability.OFFERED) {
            PostFile pf = PostFile.open(offer.file());
            String edited = withUrl(pf.text(), offer.key(), offer.oldUrl());
            if (!edited.equals(pf.text())) {
                pf.save(edited);
            }
        }
        if (offer.target().equals(offer.file())) {
            return offer.file();
        }
        return Files.move(offer.file(), offer.target());
    }

    /**
     * The post text with {@code url} added to the front matter list {@code key} (made when absent; a single value
     * becomes a list); everything else byte for byte as written.
     *
     * @throws FrontMatterEditException when the front matter cannot be edited (TOML, JSON, broken YAML)
     */
    public static String withUrl(String postText, String key, String url) {
        Post post = Post.parse(postText);
        FrontMatter fm = post.frontMatter();
        if (SiteConfig.strings(fm.values().get(key)).contains(url)) {
            return postText;
        }
        return post.withFrontMatter(fm.withListItem(key, url)).text();
    }

    /** The post's site path (decoded, no baseurl), or null when it is not a post or page of the site. */
    private static String url(Site site, Path file, String text) {
        Optional<PostEntry> e = PostIndex.entryOf(site, file, text);
        if (e.isEmpty() || e.get().url() == null) {
            return null;
        }
        String decoded = Permalinks.decode(e.get().url());
        return decoded == null ? e.get().url() : decoded;
    }

    /** As the export decides it (decision 0228): the plugin named in {@code plugins:} or {@code gems:}. */
    static boolean usesRedirectPlugin(Site site) {
        return SiteConfig.strings(site.config().raw().get("plugins")).contains("jekyll-redirect-from")
                || SiteConfig.strings(site.config().raw().get("gems")).contains("jekyll-redirect-from");
    }
}
