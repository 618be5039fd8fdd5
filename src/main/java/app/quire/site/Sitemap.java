package app.quire.site;

import java.util.List;
import java.util.function.Function;

/** {@code sitemap.xml} (sitemaps.org 0.9): the home page, every post and every page. */
final class Sitemap {
    private Sitemap() {
    }

    static String build(List<PostEntry> posts, List<PostEntry> pages, Function<String, String> absolute) {
        StringBuilder x = new StringBuilder(posts.size() * 120 + 200);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        x.append("  <url><loc>").append(Html.escape(absolute.apply("/"))).append("</loc></url>\n");
        for (List<PostEntry> list : List.of(posts, pages)) {
            for (PostEntry e : list) {
                x.append("  <url><loc>").append(Html.escape(absolute.apply(e.url()))).append("</loc>");
                if (e.date() != null && e.kind() == PostEntry.Kind.POST) {
                    x.append("<lastmod>").append(AtomFeed.iso(e.lastModified() != null ? e.lastModified() : e.date()))
                            .append("</lastmod>");
                }
                x.append("</url>\n");
            }
        }
        x.append("</urlset>\n");
        return x.toString();
    }
}
