package app.quire.site;

import java.util.List;
import java.util.Map;

/**
 * The built-in home, archive, 404 and page layouts written out in Java, inside the shell {@link BuiltInPostPage}
 * writes (decision 0215). With these and the written-out post page, an export of a site that uses the built-in
 * theme and has no Liquid in its posts never starts Liqp (its parser, ANTLR and Jackson): about a tenth of the
 * CPU of a cold 1,000-post export.
 *
 * <p>A layout is written out only when its text is the exact built-in one this class was written for (checked
 * by key), and a page only when every variable it reads has the type the exporter gives it (text, whole
 * numbers, lists of maps); otherwise {@link #render} returns null and the caller renders through Liquid.
 * BuiltInPagesProperties compares the two over many variables.
 */
final class BuiltInPages {
    /** InputKeys of the built-in layout texts written out here; another text switches that layout off. */
    static final Map<String, String> KEYS = Map.of(
            "home", "60f-860e3c24c7000e90",
            "archive", "290-5525360a676a24e2",
            "404", "e8-3452c1f078eb0fdf",
            "page", "c3-6c761a6ae7520dff");

    private final BuiltInPostPage shell;
    private final java.util.Set<String> layouts = new java.util.HashSet<>();

    /** For the theme's layout texts; {@code shell} must be enabled (the built-in default and post). */
    BuiltInPages(BuiltInPostPage shell, Map<String, String> texts) {
        this.shell = shell;
        KEYS.forEach((name, key) -> {
            String text = texts.get(name);
            if (text != null && InputKey.of(text).equals(key)) {
                layouts.add(name);
            }
        });
    }

    /** Whether {@link #render} writes this layout out (its text is the built-in one). */
    boolean writesOut(String layout) {
        return layouts.contains(layout);
    }

    /**
     * The page {@code layout} makes inside the shell, as {@code Theme.render} would with Liquid; null when the
     * layout is not written out or a variable has a type not written out here.
     */
    String render(String layout, Map<String, Object> vars,
            java.util.function.BiFunction<String, Map<String, Object>, String> liquid) {
        if (!layouts.contains(layout) || !(vars.get("site") instanceof Map<?, ?> site)) {
            return null;
        }
        Object baseurlValue = site.get("baseurl");
        if (!BuiltInPostPage.text(baseurlValue)) {
            return null;
        }
        String baseurl = baseurlValue == null ? "" : (String) baseurlValue;
        String content = switch (layout) {
            case "home" -> home(vars, site, baseurl);
            case "archive" -> archive(vars, baseurl);
            case "404" -> "<section class=\"not-found\">\n  <h1>Page not found</h1>\n  <p>The page you asked for is not "
                    + "here. It may have moved, or the address may be mistyped.</p>\n  <p><a href=\""
                    + BuiltInShell.relative(baseurl, "/") + "\">Back to the home page</a></p>\n</section>\n";
            case "page" -> page(vars);
            default -> null;
        };
        return content == null ? null : shell.shell(vars, content, liquid);
    }

    private static String page(Map<String, Object> vars) {
        if (!(vars.get("page") instanceof Map<?, ?> page) || !BuiltInPostPage.text(page.get("title"))
                || !BuiltInPostPage.text(page.get("content"))) {
            return null;
        }
        Object content = page.get("content");
        return "<article class=\"post page\">\n  <header class=\"post-header\">\n    <h1 class=\"post-title\">"
                + BuiltInPostPage.escape(page.get("title")) + "</h1>\n  </header>\n  <div class=\"post-body\">\n"
                + (content == null ? "" : (String) content) + "\n  </div>\n</article>\n";
    }

    private static String home(Map<String, Object> vars, Map<?, ?> site, String baseurl) {
        Object title = site.get("title");
        Object description = site.get("description");
        if (!(vars.get("paginator") instanceof Map<?, ?> paginator) || !BuiltInPostPage.text(title)
                || !BuiltInPostPage.text(description) || !(paginator.get("page") instanceof Integer page)
                || !(paginator.get("total_pages") instanceof Integer total)
                || !BuiltInPostPage.text(paginator.get("previous_page_path"))
                || !BuiltInPostPage.text(paginator.get("next_page_path")) || !summaries(paginator.get("posts"))) {
            return null;
        }
        StringBuilder b = new StringBuilder(8192);
        b.append("<h1 class=\"visually-hidden\">").append(BuiltInPostPage.escape(BuiltInShell.orDefault(title, "Blog")));
        if (page > 1) {
            b.append(", page ").append(page.intValue());
        }
        b.append("</h1>\n");
        if (page == 1 && description != null && !((String) description).isEmpty()) {
            b.append("<section class=\"intro\"><p>").append(BuiltInPostPage.escape(description)).append("</p></section>");
        }
        b.append("\n<section class=\"post-list\">\n");
        List<?> posts = paginator.get("posts") == null ? List.of() : (List<?>) paginator.get("posts");
        for (Object o : posts) {
            Map<?, ?> post = (Map<?, ?>) o;
            Object url = post.get("url");
            Object hero = post.get("heroimage");
            Object excerpt = post.get("excerpt");
            b.append("\n  <article class=\"card\">\n    ");
            if (hero != null) {
                b.append("<a class=\"card-image\" href=\"").append(relative(baseurl, url))
                        .append("\" tabindex=\"-1\" aria-hidden=\"true\"><img src=\"").append(relative(baseurl, hero))
                        .append("\" alt=\"\" loading=\"lazy\"></a>");
            }
            b.append("\n    <div class=\"card-body\">\n      <h2><a href=\"").append(relative(baseurl, url)).append("\">")
                    .append(BuiltInPostPage.escape(post.get("title"))).append("</a></h2>\n")
                    .append("      <p class=\"post-meta\"><time datetime=\"").append(text(post.get("date_iso")))
                    .append("\">").append(text(post.get("date_display"))).append("</time>");
            Object links = post.get("category_links");
            if (links != null) {
                for (Object l : (List<?>) links) {
                    Map<?, ?> c = (Map<?, ?>) l;
                    b.append(" <a class=\"chip\" href=\"").append(relative(baseurl, c.get("url"))).append("\">")
                            .append(BuiltInPostPage.escape(c.get("name"))).append("</a>");
                }
            }
            b.append("</p>\n      ");
            if (excerpt != null) {
                b.append("<p class=\"excerpt\">").append(BuiltInPostPage.escape(excerpt)).append("</p>");
            }
            b.append("\n    </div>\n  </article>\n");
        }
        b.append("\n</section>\n");
        if (total > 1) {
            Object previous = paginator.get("previous_page_path");
            Object next = paginator.get("next_page_path");
            b.append("\n<nav class=\"pager\" aria-label=\"Pages\">\n  ");
            if (previous != null) {
                b.append("<a rel=\"prev\" href=\"").append(relative(baseurl, previous)).append("\">\u2190 Newer</a>");
            } else {
                b.append("<span></span>");
            }
            b.append("\n  <span class=\"muted\">Page ").append(page.intValue()).append(" of ").append(total.intValue())
                    .append("</span>\n  ");
            if (next != null) {
                b.append("<a rel=\"next\" href=\"").append(relative(baseurl, next)).append("\">Older \u2192</a>");
            } else {
                b.append("<span></span>");
            }
            b.append("\n</nav>\n");
        }
        b.append("\n");
        return b.toString();
    }

    private static String archive(Map<String, Object> vars, String baseurl) {
        if (!(vars.get("archive") instanceof Map<?, ?> archive) || !BuiltInPostPage.text(archive.get("heading"))
                || !terms(archive.get("terms")) || !summaries(archive.get("posts"))
                || !BuiltInPostPage.text(archive.get("intro"))) {
            return null;
        }
        StringBuilder b = new StringBuilder(4096);
        b.append("<section class=\"archive\">\n  <h1>").append(BuiltInPostPage.escape(archive.get("heading")))
                .append("</h1>\n  ");
        if (archive.get("intro") != null) {
            b.append("<div class=\"archive-intro\">").append(archive.get("intro")).append("</div>");
        }
        b.append("\n  ");
        if (archive.get("terms") != null) { // an empty list is true in Liquid
            b.append("\n  <ul class=\"terms\">\n  ");
            for (Object o : (List<?>) archive.get("terms")) {
                Map<?, ?> t = (Map<?, ?>) o;
                b.append("<li><a href=\"").append(relative(baseurl, t.get("url"))).append("\">")
                        .append(BuiltInPostPage.escape(t.get("name"))).append(" <span class=\"count\">")
                        .append(text(t.get("count"))).append("</span></a></li>\n  ");
            }
            b.append("</ul>\n  ");
        }
        b.append("\n  ");
        if (archive.get("posts") != null) {
            b.append("\n  <ul class=\"archive-list\">\n  ");
            for (Object o : (List<?>) archive.get("posts")) {
                Map<?, ?> post = (Map<?, ?>) o;
                b.append("<li><time datetime=\"").append(text(post.get("date_iso"))).append("\">")
                        .append(text(post.get("date_short"))).append("</time> <a href=\"")
                        .append(relative(baseurl, post.get("url"))).append("\">")
                        .append(BuiltInPostPage.escape(post.get("title"))).append("</a></li>\n  ");
            }
            b.append("</ul>\n  ");
        }
        b.append("\n</section>\n");
        return b.toString();
    }

    /** Liquid's output of a text, whole number or missing value. */
    private static String text(Object v) {
        return v == null ? "" : v.toString();
    }

    private static String relative(String baseurl, Object value) {
        return BuiltInShell.relative(baseurl, value == null ? "" : (String) value);
    }

    /** Null, or a list of post summaries whose values read here are text (category links: name/url text). */
    private static boolean summaries(Object v) {
        if (v == null) {
            return true;
        }
        if (!(v instanceof List<?> list)) {
            return false;
        }
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m)) {
                return false;
            }
            for (String k : List.of("title", "url", "heroimage", "excerpt", "date_iso", "date_display", "date_short")) {
                if (!BuiltInPostPage.text(m.get(k))) {
                    return false;
                }
            }
            Object links = m.get("category_links");
            if (links != null && !(links instanceof List)) {
                return false;
            }
            if (links != null) {
                for (Object l : (List<?>) links) {
                    if (!(l instanceof Map<?, ?> c) || !BuiltInPostPage.text(c.get("name"))
                            || !BuiltInPostPage.text(c.get("url"))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Null, or a list of {@code {name, url, count}} maps: text, text, whole number (or missing). */
    private static boolean terms(Object v) {
        if (v == null) {
            return true;
        }
        if (!(v instanceof List<?> list)) {
            return false;
        }
        for (Object o : list) {
            if (!(o instanceof Map<?, ?> m) || !BuiltInPostPage.text(m.get("name")) || !BuiltInPostPage.text(m.get("url"))
                    || !(m.get("count") == null || m.get("count") instanceof Integer || m.get("count") instanceof String)) {
                return false;
            }
        }
        return true;
    }
}
