package app.quire.site;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One post or page of the index: what listings, archives and feeds need, without its body (bodies are read
 * again when the page is rendered, so the index stays small at thousands of posts).
 *
 * @param source     path relative to the site root, '/'-separated (used in problem reports)
 * @param fileSlug   the file name without date prefix and extension (Jekyll's :title source)
 * @param url        site path without baseurl, percent-encoded ({@code /posts/hello/})
 * @param outputPath file under OUT, '/'-separated ({@code posts/hello/index.html})
 * @param hash       SHA-256 of the file's bytes (hex), the page's main input for incremental export
 * @param excerpt    plain text summary: the description, or the start of the first paragraph
 * @param liquid     true when the body contains Liquid markup ({{ or {%)
 * @param siteLists  true when that Liquid reads the site's post lists ({@code site.posts}, {@code site.categories},
 *                   {@code site.tags}, {@code site.related_posts}): the page then depends on every post
 */
public record PostEntry(String source, Path file, Kind kind, String title, ZonedDateTime date,
        ZonedDateTime lastModified, boolean draft, List<String> categories, List<String> tags, String fileSlug,
        String section, String author, String heroImage, String excerpt, Map<String, Object> data, String url,
        String outputPath, String hash, boolean liquid, boolean siteLists) {

    /** An entry whose Liquid (if any) does not read the site's post lists. */
    public PostEntry(String source, Path file, Kind kind, String title, ZonedDateTime date,
            ZonedDateTime lastModified, boolean draft, List<String> categories, List<String> tags, String fileSlug,
            String section, String author, String heroImage, String excerpt, Map<String, Object> data, String url,
            String outputPath, String hash, boolean liquid) {
        this(source, file, kind, title, date, lastModified, draft, categories, tags, fileSlug, section, author,
                heroImage, excerpt, data, url, outputPath, hash, liquid, false);
    }

    /** A dated post in listings and feeds, or a standalone page (Jekyll's about.md). */
    public enum Kind { POST, PAGE }
}
