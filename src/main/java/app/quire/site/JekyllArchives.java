package app.quire.site;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The jekyll-archives plugin's settings (decision 0249): when a Jekyll site lists the plugin, its category and
 * tag pages are where the plugin writes them ({@code /category/:name/}, {@code /tag/:name/} unless its
 * {@code permalinks} say otherwise) and the year, month and day archives it enables are made too. Without the
 * plugin this is null and Quire's own {@code /categories/} and {@code /tags/} pages stay.
 */
final class JekyllArchives {
    private static final Map<String, String> DEFAULTS = Map.of("year", "/:year/", "month", "/:year/:month/", "day",
            "/:year/:month/:day/", "tag", "/tag/:name/", "category", "/category/:name/");

    private final Set<String> enabled;
    private final Map<String, Object> permalinks;

    private JekyllArchives(Set<String> enabled, Map<String, Object> permalinks) {
        this.enabled = enabled;
        this.permalinks = permalinks;
    }

    /** The plugin's settings, or null when the site does not use it (not in {@code plugins:} or {@code gems:}). */
    static JekyllArchives of(SiteConfig config) {
        Map<String, Object> raw = config.raw();
        if (!SiteConfig.strings(raw.get("plugins")).contains("jekyll-archives")
                && !SiteConfig.strings(raw.get("gems")).contains("jekyll-archives")) {
            return null;
        }
        Map<String, Object> settings = SiteConfig.map(raw.get("jekyll-archives"));
        Object on = settings.get("enabled");
        Set<String> enabled = new TreeSet<>();
        if (on instanceof String s && s.strip().equals("all")) {
            enabled.addAll(List.of("year", "month", "day", "categories", "tags"));
        } else {
            for (String kind : SiteConfig.strings(on)) {
                enabled.add(kind.strip().toLowerCase(Locale.ROOT));
            }
        }
        return new JekyllArchives(enabled, SiteConfig.map(settings.get("permalinks")));
    }

    /** Whether the plugin makes this kind of archive ({@code categories}, {@code tags}, {@code year}...). */
    boolean makes(String kind) {
        return enabled.contains(kind);
    }

    /** The site path of a category's ({@code categories} true) or tag's page: the permalink with its slug. */
    String termUrl(boolean categories, String slug) {
        return pattern(categories ? "category" : "tag").replace(":name", slug);
    }

    /** The site path of a date archive: {@code kind} is year, month or day. */
    String dateUrl(String kind, ZonedDateTime date) {
        return pattern(kind).replace(":year", String.format(Locale.ROOT, "%04d", date.getYear()))
                .replace(":month", String.format(Locale.ROOT, "%02d", date.getMonthValue()))
                .replace(":day", String.format(Locale.ROOT, "%02d", date.getDayOfMonth()));
    }

    private String pattern(String kind) {
        Object p = permalinks.get(kind);
        String s = p == null ? "" : p.toString().strip();
        return s.isEmpty() ? DEFAULTS.get(kind) : s.startsWith("/") ? s : "/" + s;
    }
}
