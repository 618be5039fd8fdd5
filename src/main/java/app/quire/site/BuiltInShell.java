package app.quire.site;

import java.util.List;
import java.util.Map;

/**
 * The site-only parts of the built-in default.liquid (the shell around every page) written out in Java, so that
 * an export of a site with the built-in theme never starts Liquid (decision 0215). Used by
 * {@link BuiltInPostPage}, which checks that the shell is the exact built-in text; the five parts are the text
 * around its page-dependent pieces (title, description, canonical link, content).
 *
 * <p>Only site values that are text (or missing) and a nav of the exporter's shape are written out; anything
 * else returns null and the caller renders the parts with Liquid, which then decides how such a value shows.
 * BuiltInPagesProperties compares the two.
 */
final class BuiltInShell {
    private BuiltInShell() {
    }

    /** The parts for this site and nav, or null when a value has a type not written out here. */
    static BuiltInPostPage.SiteParts siteParts(Map<?, ?> site, Object navValue) {
        if (!(navValue instanceof Map<?, ?> nav)) {
            return null;
        }
        Object title = site.get("title");
        Object description = site.get("description");
        Object url = site.get("url");
        Object baseurlValue = site.get("baseurl");
        Object author = site.get("author");
        Object lang = site.get("lang");
        Object categories = nav.get("categories");
        Object tags = nav.get("tags");
        Object pagesValue = nav.get("pages");
        if (!BuiltInPostPage.text(title) || !BuiltInPostPage.text(description) || !BuiltInPostPage.text(url)
                || !BuiltInPostPage.text(baseurlValue) || !BuiltInPostPage.text(author)
                || !BuiltInPostPage.text(lang) || !BuiltInPostPage.text(categories) || !BuiltInPostPage.text(tags)
                || !links(pagesValue)) {
            return null;
        }
        String baseurl = baseurlValue == null ? "" : (String) baseurlValue;
        List<?> pages = pagesValue == null ? List.of() : (List<?>) pagesValue;
        String escapedTitle = BuiltInPostPage.escape(title);
        String[] parts = new String[5];
        parts[0] = "<!DOCTYPE html>\n<html lang=\"" + orDefault(lang, "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"color-scheme\" content=\"light dark\">\n"
                + "<meta name=\"theme-color\" content=\"#fdfdfc\" media=\"(prefers-color-scheme: light)\">\n"
                + "<meta name=\"theme-color\" content=\"#121417\" media=\"(prefers-color-scheme: dark)\">\n<title>";
        parts[1] = escapedTitle + "</title>\n";
        parts[2] = "\n";
        StringBuilder b = new StringBuilder(2048);
        b.append("\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").append(escapedTitle)
                .append("\" href=\"").append(relative(baseurl, "/feed.xml")).append("\">\n")
                .append("<link rel=\"stylesheet\" href=\"").append(relative(baseurl, "/assets/quire/quire.css"))
                .append("\">\n<link rel=\"stylesheet\" href=\"")
                .append(relative(baseurl, "/assets/quire/highlight-light.min.css"))
                .append("\">\n<link rel=\"stylesheet\" href=\"")
                .append(relative(baseurl, "/assets/quire/highlight-dark.min.css"))
                .append("\" media=\"screen and (prefers-color-scheme: dark)\">\n</head>\n<body>\n")
                .append("<a class=\"skip-link\" href=\"#content\">Skip to content</a>\n")
                .append("<header class=\"site-header\">\n  <div class=\"wrap\">\n    <a class=\"site-title\" href=\"")
                .append(relative(baseurl, "/")).append("\">").append(BuiltInPostPage.escape(orDefault(title, "Blog")))
                .append("</a>\n    <nav class=\"site-nav\" aria-label=\"Site\">\n      ");
        for (int i = 0; i < Math.min(5, pages.size()); i++) {
            link(b, baseurl, pages.get(i)).append("\n      ");
        }
        b.append("\n      ");
        if (categories != null) {
            b.append("<a href=\"").append(relative(baseurl, (String) categories)).append("\">Categories</a>");
        }
        b.append("\n      ");
        if (tags != null) {
            b.append("<a href=\"").append(relative(baseurl, (String) tags)).append("\">Tags</a>");
        }
        b.append("\n      <a href=\"").append(relative(baseurl, "/feed.xml")).append("\">Feed</a>");
        if (pages.size() > 5) {
            b.append("\n      <details class=\"nav-more\"><summary>More</summary><div class=\"nav-more-list\">\n        ");
            for (int i = 5; i < pages.size(); i++) {
                link(b, baseurl, pages.get(i)).append("\n        ");
            }
            b.append("</div></details>");
        }
        b.append("\n    </nav>\n  </div>\n</header>\n<main id=\"content\" class=\"wrap\">\n");
        parts[3] = b.toString();
        b.setLength(0);
        b.append("\n</main>\n<footer class=\"site-footer\">\n  <div class=\"wrap\">\n    ");
        if (description != null && !((String) description).isEmpty()) {
            b.append("<p>").append(BuiltInPostPage.escape(description)).append("</p>");
        }
        b.append("\n    <p class=\"muted\">");
        if (author != null && !((String) author).isEmpty()) {
            b.append(BuiltInPostPage.escape(author)).append(" \u00b7 ");
        }
        b.append("Made with Quire</p>\n  </div>\n</footer>\n<script src=\"")
                .append(relative(baseurl, "/assets/quire/highlight.min.js")).append("\"></script>\n<script src=\"")
                .append(relative(baseurl, "/assets/quire/quire.js")).append("\"></script>\n</body>\n</html>\n");
        parts[4] = b.toString();
        String siteDescription = description == null ? ""
                : "<meta name=\"description\" content=\"" + BuiltInPostPage.escape(description) + "\">";
        return new BuiltInPostPage.SiteParts(site, nav, parts, siteDescription, url != null, baseurl,
                url == null ? "" : (String) url);
    }

    /** {@code <a href="{{ p.url | relative_url }}">{{ p.title | escape }}</a>} */
    private static StringBuilder link(StringBuilder b, String baseurl, Object page) {
        Map<?, ?> p = (Map<?, ?>) page;
        Object url = p.get("url");
        return b.append("<a href=\"").append(relative(baseurl, url == null ? "" : (String) url)).append("\">")
                .append(BuiltInPostPage.escape(p.get("title"))).append("</a>");
    }

    /** Liquid's {@code default} filter for a text or missing value: the fallback for nil and "". */
    static String orDefault(Object value, String fallback) {
        return value == null || ((String) value).isEmpty() ? fallback : (String) value;
    }

    static String relative(String baseurl, String value) {
        return LiquidFilters.relative(baseurl, value);
    }

    /** Null, or a list of {@code {title, url}} maps whose values are text or missing. */
    private static boolean links(Object v) {
        if (v == null) {
            return true;
        }
        if (!(v instanceof List<?> list)) {
            return false;
        }
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m) || !BuiltInPostPage.text(m.get("title"))
                    || !BuiltInPostPage.text(m.get("url"))) {
                return false;
            }
        }
        return true;
    }
}
