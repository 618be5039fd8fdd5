package app.quire.site;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The built-in {@code post} layout inside the built-in {@code default} shell, written out in Java (option 4 of
 * docs/decisions/0155-post-pages-without-two-liquid-layouts.md). Liqp spent ~6 % of a large export rendering these two
 * small templates per page. The parts of the shell that depend only on {@code site} and {@code nav} are still
 * rendered by Liquid, once per export; the page-dependent parts are done here with the semantics of the
 * filters they use ({@code escape}: {@code & < > "}; Quire's own {@code relative_url} and {@code absolute_url}).
 *
 * <p>Used only when both layouts are the exact built-in texts this class was written for (checked by content)
 * and every page variable has the type the exporter gives it; otherwise {@link #render} returns null and the
 * caller renders through Liquid. ThemeSpliceTest compares the two over many page variables.
 */
final class BuiltInPostPage {
    /** The built-in post.liquid this class writes out; any other text switches it off. */
    static final String POST = """
            <article class="post">
              <header class="post-header">
                <h1 class="post-title">{{ page.title | escape }}</h1>
                <p class="post-meta">
                  {% if page.date_iso %}<time datetime="{{ page.date_iso }}">{{ page.date_display }}</time>{% endif %}
                  {% if page.author %}<span class="author">\u00b7 {{ page.author | escape }}</span>{% endif %}
                  {% for c in page.category_links %}<a class="chip" href="{{ c.url | relative_url }}">\
            {{ c.name | escape }}</a>{% endfor %}
                </p>
              </header>
              {% if page.heroimage %}<figure class="hero"><img src="{{ page.heroimage | relative_url }}" alt="">\
            </figure>{% endif %}
              <div class="post-body">
            {{ page.content }}
              </div>
              {% if page.tag_links.size > 0 %}
              <p class="post-tags">{% for t in page.tag_links %}<a class="tag" href="{{ t.url | relative_url }}">\
            #{{ t.name | escape }}</a> {% endfor %}</p>
              {% endif %}
              {% if page.previous or page.next %}
              <nav class="post-nav" aria-label="More posts">
                {% if page.previous %}<a class="prev" href="{{ page.previous.url | relative_url }}"><span>Older</span>\
            {{ page.previous.title | escape }}</a>{% endif %}
                {% if page.next %}<a class="next" href="{{ page.next.url | relative_url }}"><span>Newer</span>\
            {{ page.next.title | escape }}</a>{% endif %}
              </nav>
              {% endif %}
            </article>
            """;
    /** The page-dependent pieces of the built-in default.liquid; each must occur in it exactly once. */
    static final String TITLE = "{% if page.title %}{{ page.title | escape }} \u00b7 {% endif %}";
    static final String DESCRIPTION = "{% if page.excerpt %}<meta name=\"description\" content=\""
            + "{{ page.excerpt | escape }}\">{% elsif site.description %}<meta name=\"description\" content=\""
            + "{{ site.description | escape }}\">{% endif %}";
    private static final String SITE_DESCRIPTION = "{% if site.description %}<meta name=\"description\" content=\""
            + "{{ site.description | escape }}\">{% endif %}";
    static final String CANONICAL = "{% if site.url %}<link rel=\"canonical\" href=\"{{ page.url | absolute_url }}\">"
            + "{% endif %}";
    static final String CONTENT = "{{ content }}";
    /** InputKey of the built-in default.liquid the cut was checked against; another text switches this off. */
    static final String DEFAULT_KEY = "a4b-90f3e4e36ca1011c";

    /** The shell's text cut at the page-dependent pieces, or null when it is not the expected shape. */
    private final String[] shellParts;

    /** The shell's site-only parts rendered for one site and nav (the same maps for a whole export). */
    record SiteParts(Object site, Object nav, String[] rendered, String siteDescription, boolean siteUrl,
            String baseurl, String url) {
    }

    private volatile SiteParts siteParts;

    /** For the given built-in texts; {@link #enabled()} is false when they are not the ones written out here. */
    BuiltInPostPage(String postText, String defaultText) {
        this.shellParts = postText.equals(POST) ? cut(defaultText) : null;
    }

    boolean enabled() {
        return shellParts != null;
    }

    /**
     * default.liquid cut into the five site-only parts around TITLE, DESCRIPTION, CANONICAL and CONTENT; null
     * unless it is the built-in text this class was checked against (its key below), where those parts read
     * only {@code site} and {@code nav} and open no block another part closes.
     */
    private static String[] cut(String shell) {
        if (!InputKey.of(shell).equals(DEFAULT_KEY)) {
            return null;
        }
        String[] marks = {TITLE, DESCRIPTION, CANONICAL, CONTENT};
        String[] parts = new String[marks.length + 1];
        int from = 0;
        for (int i = 0; i < marks.length; i++) {
            int at = shell.indexOf(marks[i], from);
            if (at < 0) {
                return null;
            }
            parts[i] = shell.substring(from, at);
            from = at + marks[i].length();
        }
        parts[marks.length] = shell.substring(from);
        return parts;
    }

    /**
     * The page as UTF-8 with {@code content} as its body, or null when a variable has a type this renderer does
     * not write out (the caller then uses Liquid). {@code liquid} renders a site-only template with
     * {@code site} and {@code nav} (once per export).
     */
    byte[] render(Map<String, Object> vars, Map<String, Object> page, String content,
            java.util.function.BiFunction<String, Map<String, Object>, String> liquid) {
        if (shellParts == null || !(vars.get("site") instanceof Map) || vars.get("nav") == null) {
            return null;
        }
        Object title = page.get("title");
        Object url = page.get("url");
        Object dateIso = page.get("date_iso");
        Object dateDisplay = page.get("date_display");
        Object author = page.get("author");
        Object hero = page.get("heroimage");
        Object excerpt = page.get("excerpt");
        Object categories = page.get("category_links");
        Object tags = page.get("tag_links");
        Object previous = page.get("previous");
        Object next = page.get("next");
        if (empty(title) || empty(dateIso) || empty(author) || empty(hero) || empty(excerpt)) {
            return null; // "" in an if: left to Liquid
        }
        if (title == null || url == null || !text(title) || !text(url) || !text(dateIso) || !text(dateDisplay)
                || !text(author) || !text(hero) || !text(excerpt) || !links(categories) || !(tags instanceof List) || !links(tags)
                || !neighbour(previous) || !neighbour(next)) {
            return null;
        }
        SiteParts s = siteParts(vars, liquid);
        StringBuilder b = new StringBuilder(4096);
        head(b, s, title, excerpt, url); // a String title is always true in Liquid
        b.append("<article class=\"post\">\n  <header class=\"post-header\">\n    <h1 class=\"post-title\">")
                .append(escape(title)).append("</h1>\n    <p class=\"post-meta\">\n      ");
        if (dateIso != null) {
            b.append("<time datetime=\"").append((String) dateIso).append("\">")
                    .append(dateDisplay == null ? "" : (String) dateDisplay).append("</time>");
        }
        b.append("\n      ");
        if (author != null) {
            b.append("<span class=\"author\">\u00b7 ").append(escape(author)).append("</span>");
        }
        b.append("\n      ");
        for (Object c : (List<?>) categories) {
            Map<?, ?> m = (Map<?, ?>) c;
            b.append("<a class=\"chip\" href=\"").append(relative(s, m.get("url"))).append("\">")
                    .append(escape(m.get("name"))).append("</a>");
        }
        b.append("\n    </p>\n  </header>\n  ");
        if (hero != null) {
            b.append("<figure class=\"hero\"><img src=\"").append(relative(s, hero)).append("\" alt=\"\"></figure>");
        }
        b.append("\n  <div class=\"post-body\">\n");
        String head = b.toString();
        b.setLength(0);
        b.append("\n  </div>\n  ");
        if (!((List<?>) tags).isEmpty()) {
            b.append("\n  <p class=\"post-tags\">");
            for (Object t : (List<?>) tags) {
                Map<?, ?> m = (Map<?, ?>) t;
                b.append("<a class=\"tag\" href=\"").append(relative(s, m.get("url"))).append("\">#")
                        .append(escape(m.get("name"))).append("</a> ");
            }
            b.append("</p>\n  ");
        }
        b.append("\n  ");
        if (previous != null || next != null) {
            b.append("\n  <nav class=\"post-nav\" aria-label=\"More posts\">\n    ");
            neighbours(b, s, previous, next);
            b.append("\n  </nav>\n  ");
        }
        b.append("\n</article>\n");
        b.append(s.rendered[4]);
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] c = content.getBytes(StandardCharsets.UTF_8);
        byte[] t = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[h.length + c.length + t.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(c, 0, all, h.length, c.length);
        System.arraycopy(t, 0, all, h.length + c.length, t.length);
        return all;
    }

    /** The older and newer links inside the post-nav (either may be null, not both). */
    private static void neighbours(StringBuilder b, SiteParts s, Object previous, Object next) {
        if (previous != null) {
            Map<?, ?> m = (Map<?, ?>) previous;
            b.append("<a class=\"prev\" href=\"").append(relative(s, m.get("url"))).append("\"><span>Older</span>")
                    .append(escape(m.get("title"))).append("</a>");
        }
        b.append("\n    ");
        if (next != null) {
            Map<?, ?> m = (Map<?, ?>) next;
            b.append("<a class=\"next\" href=\"").append(relative(s, m.get("url"))).append("\"><span>Newer</span>")
                    .append(escape(m.get("title"))).append("</a>");
        }
    }

    private SiteParts siteParts(Map<String, Object> vars,
            java.util.function.BiFunction<String, Map<String, Object>, String> liquid) {
        Object site = vars.get("site");
        Object nav = vars.get("nav");
        SiteParts s = siteParts;
        // the exporter passes the same site and nav maps for every page (and never changes them); equal maps
        // from elsewhere find the parts too
        if (s != null && s.site.equals(site) && s.nav.equals(nav)) {
            return s;
        }
        Map<?, ?> m = (Map<?, ?>) site;
        s = BuiltInShell.siteParts(m, nav);
        if (s == null) { // a site value of another type than text: Liquid says how it shows
            Map<String, Object> siteVars = new java.util.HashMap<>();
            siteVars.put("site", site);
            siteVars.put("nav", nav);
            String[] rendered = new String[shellParts.length];
            for (int i = 0; i < shellParts.length; i++) {
                rendered[i] = liquid.apply(shellParts[i], siteVars);
            }
            String description = liquid.apply(SITE_DESCRIPTION, siteVars);
            boolean siteUrl = liquid.apply("{% if site.url %}x{% endif %}", siteVars).equals("x");
            s = new SiteParts(site, nav, rendered, description, siteUrl, siteValue(m, "baseurl"),
                    siteValue(m, "url"));
        }
        siteParts = s;
        return s;
    }

    /**
     * The built-in shell around {@code content} (an already rendered layout) for the page in {@code vars}, as
     * default.liquid makes it; null when a variable has a type not written out here (the caller uses Liquid).
     */
    String shell(Map<String, Object> vars, String content,
            java.util.function.BiFunction<String, Map<String, Object>, String> liquid) {
        if (shellParts == null || !(vars.get("site") instanceof Map) || vars.get("nav") == null
                || !(vars.get("page") instanceof Map<?, ?> page)) {
            return null;
        }
        Object title = page.get("title");
        Object url = page.get("url");
        Object excerpt = page.get("excerpt");
        if (!text(title) || !text(url) || !text(excerpt)) {
            return null;
        }
        SiteParts s = siteParts(vars, liquid);
        StringBuilder b = new StringBuilder(content.length() + 3072);
        head(b, s, title, excerpt, url);
        b.append(content);
        b.append(s.rendered[4]);
        return b.toString();
    }

    /**
     * The shell up to the page's content: the head with the page's title (none for a null title; "" is true in
     * Liquid), description (the site's without an excerpt) and canonical link, then the header.
     */
    private static void head(StringBuilder b, SiteParts s, Object title, Object excerpt, Object url) {
        b.append(s.rendered[0]);
        if (title != null) {
            b.append(escape(title)).append(" \u00b7 ");
        }
        b.append(s.rendered[1]);
        if (excerpt != null) {
            b.append("<meta name=\"description\" content=\"").append(escape(excerpt)).append("\">");
        } else {
            b.append(s.siteDescription);
        }
        b.append(s.rendered[2]);
        if (s.siteUrl) {
            b.append("<link rel=\"canonical\" href=\"").append(absolute(s, url == null ? "" : (String) url))
                    .append("\">");
        }
        b.append(s.rendered[3]);
    }

    /** LiquidFilters.siteValue for a site map. */
    private static String siteValue(Map<?, ?> site, String key) {
        Object v = site.get(key);
        return v == null ? "" : String.valueOf(v);
    }

    /** {@code relative_url} of a String or null value. */
    private static String relative(SiteParts s, Object value) {
        return LiquidFilters.relative(s.baseurl, value == null ? "" : (String) value);
    }

    /** {@code absolute_url} of a String value. */
    private static String absolute(SiteParts s, String v) {
        return v.contains("://") ? v : s.url + LiquidFilters.relative(s.baseurl, v);
    }

    /** Liqp's {@code escape} of a String or null value. */
    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String v = (String) value;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
            }
        }
        return v;
    }

    private static boolean empty(Object v) {
        return "".equals(v);
    }

    static boolean text(Object v) {
        return v == null || v instanceof String;
    }

    /** A list of {@code {name, url}} maps with String values, as the exporter makes for categories and tags. */
    private static boolean links(Object v) {
        if (!(v instanceof List)) {
            return false;
        }
        for (Object o : (List<?>) v) {
            if (!(o instanceof Map) || !(((Map<?, ?>) o).get("name") instanceof String)
                    || !(((Map<?, ?>) o).get("url") instanceof String)) {
                return false;
            }
        }
        return true;
    }

    /** Null, or a {@code {title, url}} map with String values, as the exporter makes for neighbours. */
    private static boolean neighbour(Object v) {
        return v == null || v instanceof Map && ((Map<?, ?>) v).get("title") instanceof String
                && ((Map<?, ?>) v).get("url") instanceof String;
    }
}
