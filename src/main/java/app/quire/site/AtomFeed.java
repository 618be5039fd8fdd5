package app.quire.site;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;

/** {@code feed.xml}: an Atom 1.0 feed of the newest posts with their full HTML. */
final class AtomFeed {
    private AtomFeed() {
    }

    /**
     * @param absolute turns a site path into an absolute URL (or an id when the site has no url)
     * @param content  the post's rendered body HTML
     */
    static String build(SiteConfig config, List<PostEntry> posts, Function<String, String> absolute,
            Function<PostEntry, String> content) {
        return build(config, null, "/feed.xml", "/", posts, absolute, content);
    }

    /**
     * A feed of one list of the site (a Hugo section or term: decision 0248).
     *
     * @param title    the feed's title; null for the site's own (its title)
     * @param selfPath the feed's site path, {@code page} the page it follows (its id and alternate link)
     * @param content  the post's rendered body HTML; null for entries with their summary only
     */
    static String build(SiteConfig config, String title, String selfPath, String page, List<PostEntry> posts,
            Function<String, String> absolute, Function<PostEntry, String> content) {
        ZonedDateTime updated = null;
        for (PostEntry e : posts) {
            ZonedDateTime u = e.lastModified() != null ? e.lastModified() : e.date();
            if (u != null && (updated == null || u.isAfter(updated))) {
                updated = u;
            }
        }
        StringBuilder x = new StringBuilder(64 * 1024);
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
        String home = absolute.apply("/");
        String alternate = absolute.apply(page);
        if (home.contains("://")) {
            x.append(" xml:base=\"").append(Html.escape(home)).append('"');
        }
        x.append(">\n");
        String feedTitle = title != null ? title : config.title().isEmpty() ? "Blog" : config.title();
        x.append("  <title>").append(Html.escape(feedTitle)).append("</title>\n");
        if (!config.description().isEmpty()) {
            x.append("  <subtitle>").append(Html.escape(config.description())).append("</subtitle>\n");
        }
        x.append("  <id>").append(Html.escape(alternate)).append("</id>\n");
        x.append("  <link href=\"").append(Html.escape(absolute.apply(selfPath))).append("\" rel=\"self\" type=\"application/atom+xml\"/>\n");
        x.append("  <link href=\"").append(Html.escape(alternate)).append("\" rel=\"alternate\" type=\"text/html\"/>\n");
        x.append("  <updated>").append(iso(updated)).append("</updated>\n");
        String author = !config.author().isEmpty() ? config.author() : config.title().isEmpty() ? "Unknown" : config.title();
        x.append("  <author><name>").append(Html.escape(author)).append("</name></author>\n");
        x.append("  <generator>Quire</generator>\n");
        for (PostEntry e : posts) {
            String link = absolute.apply(e.url());
            x.append("  <entry>\n");
            x.append("    <title type=\"html\">").append(Html.escape(Html.escape(e.title()))).append("</title>\n");
            x.append("    <link href=\"").append(Html.escape(link)).append("\" rel=\"alternate\" type=\"text/html\"/>\n");
            x.append("    <id>").append(Html.escape(link)).append("</id>\n");
            x.append("    <published>").append(iso(e.date())).append("</published>\n");
            x.append("    <updated>").append(iso(e.lastModified() != null ? e.lastModified() : e.date())).append("</updated>\n");
            if (!e.author().isEmpty()) {
                x.append("    <author><name>").append(Html.escape(e.author())).append("</name></author>\n");
            }
            for (String c : e.categories()) {
                x.append("    <category term=\"").append(Html.escape(c)).append("\"/>\n");
            }
            for (String t : e.tags()) {
                x.append("    <category term=\"").append(Html.escape(t)).append("\"/>\n");
            }
            if (!e.excerpt().isEmpty()) {
                x.append("    <summary type=\"html\">").append(Html.escape(Html.escape(e.excerpt()))).append("</summary>\n");
            }
            if (content != null) { // a list's feed (decision 0248) gives the summary only, as Hugo's do
                x.append("    <content type=\"html\" xml:base=\"").append(Html.escape(link)).append("\">")
                        .append(Html.escape(content.apply(e))).append("</content>\n");
            }
            x.append("  </entry>\n");
        }
        x.append("</feed>\n");
        return x.toString();
    }

    static String iso(ZonedDateTime d) {
        return d == null ? "1970-01-01T00:00:00Z" : ListingDates.iso(d); // = ISO_OFFSET_DATE_TIME (decision 0218)
    }
}
