package app.quire.site;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings export needs, read from the site's own config file ({@code _config.yml}, {@code hugo.toml},
 * {@code quire.yaml}, ...). {@link #raw()} keeps every key for {@code {{ site.* }}} in Liquid.
 *
 * @param url           scheme and host without a trailing slash, or "" when not set
 * @param baseurl       path prefix of the site ("" or "/blog", no trailing slash)
 * @param permalink     URL pattern for posts with {@code :placeholders} (Jekyll styles already expanded)
 * @param paginatePath  path of home page N (contains {@code :num})
 * @param sectionPermalinks Hugo's {@code [permalinks]} table: section name to pattern
 */
public record SiteConfig(String title, String description, String url, String baseurl, String author,
        ZoneId timezone, String permalink, int paginate, String paginatePath, List<String> exclude,
        Map<String, String> sectionPermalinks, Map<String, Object> raw) {

    /** Jekyll's named permalink styles. */
    static final Map<String, String> JEKYLL_STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");

    static final List<String> JEKYLL_DEFAULT_EXCLUDE = List.of(".sass-cache", ".jekyll-cache", "gemfiles",
            "Gemfile", "Gemfile.lock", "node_modules", "vendor/bundle/", "vendor/cache/", "vendor/gems/",
            "vendor/ruby/");

    /** Builds the config from the map read from the site's config file. */
    static SiteConfig from(SiteShape shape, Map<String, Object> map, List<Problem> problems, String configFile) {
        Map<String, Object> raw = new LinkedHashMap<>(map);
        String title;
        String description;
        String author;
        String url;
        String baseurl;
        String tz;
        String permalink;
        int paginate;
        String paginatePath = str(map.get("paginate_path"), "/page:num/");
        List<String> exclude = new ArrayList<>(strings(map.get("exclude")));
        Map<String, String> sections = new TreeMap<>();
        if (shape == SiteShape.HUGO) {
            Map<String, Object> params = map(map.get("params"));
            title = str(map.get("title"), "");
            description = str(params.get("description"), str(map.get("description"), ""));
            Object a = params.getOrDefault("author", map.get("author"));
            author = a instanceof Map ? str(((Map<?, ?>) a).get("name"), "") : str(a, "");
            String base = str(map.get("baseURL"), str(map.get("baseurl"), ""));
            int schemeEnd = base.indexOf("://");
            int pathStart = schemeEnd < 0 ? -1 : base.indexOf('/', schemeEnd + 3);
            url = pathStart < 0 ? base : base.substring(0, pathStart);
            baseurl = pathStart < 0 ? "" : base.substring(pathStart);
            tz = str(map.get("timeZone"), str(map.get("timezone"), ""));
            Object pager = map(map.get("pagination")).get("pagerSize");
            paginate = integer(pager != null ? pager : map.get("paginate"), 10);
            // Hugo's pages of the home list are /page/2/, /page/3/ … (its paginatePath, or pagination.path)
            String pagerPath = str(map(map.get("pagination")).get("path"), str(map.get("paginatePath"), "page"));
            paginatePath = "/" + pagerPath.replaceAll("^/+|/+$", "") + "/:num/";
            map(map.get("permalinks")).forEach((k, v) -> sections.put(k, String.valueOf(v)));
            permalink = sections.getOrDefault("posts", "/posts/:slug/");
            raw.put("description", description);
            raw.put("author", author);
            raw.put("url", url);
            raw.put("baseurl", baseurl);
        } else {
            title = str(map.get("title"), "");
            description = str(map.get("description"), "");
            Object a = map.get("author");
            author = a instanceof Map ? str(((Map<?, ?>) a).get("name"), "") : str(a, "");
            url = str(map.get("url"), "");
            baseurl = str(map.get("baseurl"), "");
            tz = str(map.get("timezone"), "");
            String p = str(map.get("permalink"), shape == SiteShape.PLAIN ? "/:slug/" : "date");
            permalink = JEKYLL_STYLES.getOrDefault(p, p);
            paginate = integer(map.get("paginate"), 10);
            if (shape == SiteShape.JEKYLL) {
                exclude.addAll(JEKYLL_DEFAULT_EXCLUDE);
            }
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        baseurl = baseurl.replaceAll("/+$", "");
        if (!baseurl.isEmpty() && !baseurl.startsWith("/")) {
            baseurl = "/" + baseurl;
        }
        if (baseurl.contains("..") || baseurl.contains("\\")) {
            problems.add(Problem.error(configFile, 0, 0, "baseurl '" + baseurl + "' is not a plain path; ignored"));
            baseurl = "";
        }
        ZoneId zone = ZoneOffset.UTC;
        if (!tz.isEmpty()) {
            try {
                zone = ZoneId.of(tz);
            } catch (DateTimeException e) {
                problems.add(Problem.error(configFile, 0, 0, "unknown timezone '" + tz + "'; using UTC"));
            }
        }
        if (paginate < 1) {
            paginate = 10;
        }
        if (!paginatePath.contains(":num")) {
            paginatePath = "/page:num/";
        } else if (Permalinks.outputPath(paginatePath.replace(":num", "2"), SiteShape.HUGO) == null) {
            problems.add(Problem.error(configFile, 0, 0, "paginate_path '" + paginatePath
                    + "' is not a plain path inside the site; using /page:num/"));
            paginatePath = "/page:num/";
        }
        return new SiteConfig(title, description, url, baseurl, author, zone, permalink, paginate, paginatePath,
                Collections.unmodifiableList(exclude), Collections.unmodifiableMap(sections),
                Collections.unmodifiableMap(raw));
    }

    /** A config with defaults only (a folder without a config file). */
    public static SiteConfig defaults(SiteShape shape) {
        return from(shape, Map.of(), new ArrayList<>(), "");
    }

    static String str(Object o, String fallback) {
        if (o == null) {
            return fallback;
        }
        // YAML's !!binary gives bytes: their text, not Java's "[B@1b6d3586" (which changed on every export)
        String s = (o instanceof byte[] ? new String((byte[]) o, java.nio.charset.StandardCharsets.UTF_8)
                : String.valueOf(o)).trim();
        return s.isEmpty() ? fallback : s;
    }

    static int integer(Object o, int fallback) {
        if (o instanceof Number) {
            return ((Number) o).intValue();
        }
        try {
            return o == null ? fallback : Integer.parseInt(String.valueOf(o).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        if (o instanceof Map) {
            Map<String, Object> m = new LinkedHashMap<>();
            ((Map<Object, Object>) o).forEach((k, v) -> m.put(String.valueOf(k), v));
            return m;
        }
        return Map.of();
    }

    /** A YAML/TOML value as a list of strings: a list, or one string split on spaces or commas as given. */
    static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List) {
            for (Object x : (List<?>) o) {
                if (x != null && !String.valueOf(x).isBlank()) {
                    out.add(String.valueOf(x).trim());
                }
            }
        } else if (o != null && !String.valueOf(o).isBlank()) {
            out.add(String.valueOf(o).trim());
        }
        return out;
    }

    /**
     * A nested config value as Hugo reads it: keys in any case, tables ({@code [markup.goldmark]}) and dotted keys
     * ({@code goldmark.renderer.unsafe = true}) alike; null when not set.
     */
    static Object lookup(Map<String, Object> map, String... path) {
        return lookup(map, path, 0);
    }

    private static Object lookup(Object node, String[] path, int from) {
        if (from == path.length) {
            return node;
        }
        if (!(node instanceof Map)) {
            return null;
        }
        for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
            String[] parts = String.valueOf(e.getKey()).split("\\.");
            if (from + parts.length > path.length) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < parts.length && match; i++) {
                match = parts[i].trim().equalsIgnoreCase(path[from + i]);
            }
            Object found = match ? lookup(e.getValue(), path, from + parts.length) : null;
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A YAML/TOML/JSON true (or the text "true"). */
    static boolean isTrue(Object o) {
        return o instanceof Boolean ? (Boolean) o : o != null && "true".equalsIgnoreCase(String.valueOf(o).trim());
    }

    /** The site's language-neutral lower-casing for URL parts. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
