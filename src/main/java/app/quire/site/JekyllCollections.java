package app.quire.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Jekyll site's {@code collections:} that are written out ({@code output: true}): the documents in
 * {@code _NAME/} become pages at the collection's {@code permalink} (default {@code /:collection/:path} with the
 * ending of the site's permalink style, as Jekyll does). Collections without {@code output} are not written,
 * as in Jekyll; {@code posts} is not one of these.
 */
final class JekyllCollections {
    /** One written-out collection: its name and URL pattern (null: Jekyll's default). */
    record Collection(String name, String permalink) {
        String folder() {
            return "_" + name;
        }
    }

    private JekyllCollections() {
    }

    /**
     * The site's {@code collections_dir} (Jekyll's folder for {@code _posts}, {@code _drafts} and every
     * collection), as a relative path without slashes at its ends; empty when unset, or when it is absolute or
     * climbs out of the site with {@code ..} (Jekyll would read outside the site; Quire reads the root instead).
     */
    static String dir(SiteConfig config) {
        Object raw = config.raw().get("collections_dir");
        if (!(raw instanceof String s)) {
            return "";
        }
        String d = s.strip().replace('\\', '/');
        if (d.startsWith("/") || d.matches("[A-Za-z]:.*")) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String seg : d.split("/")) {
            if (seg.equals("..") || seg.chars().anyMatch(c -> c < 0x20)) {
                return "";
            }
            if (!seg.isEmpty() && !seg.equals(".")) {
                out.append(out.length() > 0 ? "/" : "").append(seg);
            }
        }
        return out.toString();
    }

    /**
     * A site-relative path as seen from the {@code collections_dir} ({@code my_coll/_posts/x.md} is
     * {@code _posts/x.md}); null when the site has one and the path lies outside it; the path itself without one.
     */
    static String inside(String dir, String rel) {
        if (dir.isEmpty()) {
            return rel;
        }
        return rel.startsWith(dir + "/") ? rel.substring(dir.length() + 1) : null;
    }

    static List<Collection> of(SiteConfig config) {
        Object raw = config.raw().get("collections");
        List<Collection> out = new ArrayList<>();
        if (raw instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String name = String.valueOf(e.getKey());
                if (e.getValue() instanceof Map<?, ?> meta && isTrue(meta.get("output")) && usable(name)) {
                    Object permalink = meta.get("permalink");
                    out.add(new Collection(name, permalink instanceof String p && !p.isBlank() ? p : null));
                }
            }
        }
        return out;
    }

    private static boolean isTrue(Object v) {
        return Boolean.TRUE.equals(v) || "true".equals(String.valueOf(v).toLowerCase(Locale.ROOT));
    }

    private static boolean usable(String name) {
        return !name.equals("posts") && !name.equals("drafts") && name.matches("[\\w-]+");
    }

    /** The collection a site-relative path lies in (its first folder is {@code _NAME}), or null. */
    static Collection containing(List<Collection> collections, String rel) {
        for (Collection c : collections) {
            if (rel.startsWith(c.folder() + "/")) {
                return c;
            }
        }
        return null;
    }

    /**
     * A document's URL: its collection's pattern with {@code :collection}, {@code :path} (inside the folder,
     * without extension), {@code :name} and {@code :title} (the file name, slugged; {@code :title} takes a
     * {@code slug:}), {@code :output_ext}; date placeholders from {@code parts} when the document has a date.
     */
    static String url(Collection c, String rel, Object permalinkStyle, Permalinks.Parts parts, String slug) {
        String inside = PostIndex.withoutExtension(rel.substring(c.folder().length() + 1));
        String name = Slugs.jekyllDefault(inside.substring(inside.lastIndexOf('/') + 1));
        String pattern = c.permalink() != null ? c.permalink()
                : "/:collection/:path" + Permalinks.jekyllEnding(permalinkStyle);
        String url = pattern.replace(":collection", c.name()).replace(":path", inside).replace(":name", name)
                .replace(":title", slug != null ? slug : name).replace(":output_ext", ".html");
        if (url.indexOf(':') >= 0 && parts.date() != null) {
            url = Permalinks.expand(url, parts, SiteShape.JEKYLL);
        }
        return url.startsWith("/") ? url : "/" + url;
    }
}
