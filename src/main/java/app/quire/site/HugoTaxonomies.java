package app.quire.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Hugo site's taxonomies and which of their pages it makes (decision 0245). Hugo's {@code [taxonomies]} table
 * maps a singular name to a plural one; the plural is both the front-matter key a post names its terms under and
 * the folder of the taxonomy's pages ({@code /series/} listing the terms, {@code /series/my-series/} one term's
 * posts). Without the table Hugo has categories and tags; with it, only what the table names.
 * {@code disableKinds} can turn off the terms lists ({@code taxonomy}) or the term pages ({@code term}).
 */
final class HugoTaxonomies {
    /** One taxonomy: its singular name (the heading of a term page) and plural one (front-matter key, folder). */
    record Taxonomy(String singular, String plural) {
        /** Category or tag: the two Quire's theme also shows on posts and cards. */
        boolean isCategories() {
            return plural.equalsIgnoreCase("categories") || plural.equalsIgnoreCase("category");
        }

        boolean isTags() {
            return plural.equalsIgnoreCase("tags") || plural.equalsIgnoreCase("tag");
        }

        /** Hugo's title of the terms list: the plural with its first letter upper-cased. */
        String listTitle() {
            return firstUpper(plural);
        }

        /** The heading of one term's page in Quire's theme ("Series: My Series"). */
        String termLabel() {
            return firstUpper(singular);
        }
    }

    private static final List<Taxonomy> DEFAULTS = List.of(new Taxonomy("category", "categories"),
            new Taxonomy("tag", "tags"));

    private HugoTaxonomies() {
    }

    /** The site's taxonomies in the order its config lists them; Hugo's two defaults without a table. */
    static List<Taxonomy> of(SiteConfig config) {
        Object table = SiteConfig.lookup(config.raw(), "taxonomies");
        if (table == null) {
            return DEFAULTS;
        }
        List<Taxonomy> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : SiteConfig.map(table).entrySet()) {
            String plural = e.getValue() == null ? "" : e.getValue().toString().strip();
            if (!plural.isEmpty() && !e.getKey().isBlank()) { // Hugo skips a taxonomy with an empty plural
                out.add(new Taxonomy(e.getKey().strip(), plural));
            }
        }
        return List.copyOf(out);
    }

    /** Whether {@code disableKinds} turns this page kind off ({@code taxonomy}, {@code term}, {@code section}). */
    static boolean disabled(SiteConfig config, String kind) {
        Object kinds = SiteConfig.lookup(config.raw(), "disableKinds");
        Collection<?> list = kinds instanceof Collection<?> c ? c : kinds == null ? List.of() : List.of(kinds);
        for (Object k : list) {
            String name = k == null ? "" : k.toString().strip().toLowerCase(Locale.ROOT);
            // Hugo before 0.73 called the terms list "taxonomyTerm"; 0.111 still reads it so
            if (name.equals(kind) || kind.equals("taxonomy") && name.equals("taxonomyterm")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The terms a post names for taxonomies other than categories and tags, by plural name, as Hugo reads them:
     * the front-matter key compared without case, a text is one term, a list gives one term per item.
     */
    static Map<String, List<String>> customTerms(List<Taxonomy> taxonomies, Map<String, Object> frontMatter) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Taxonomy t : taxonomies) {
            if (t.isCategories() || t.isTags()) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            for (Map.Entry<String, Object> e : frontMatter.entrySet()) {
                if (e.getKey().equalsIgnoreCase(t.plural())) {
                    add(terms, e.getValue());
                }
            }
            if (!terms.isEmpty()) {
                out.put(t.plural(), List.copyOf(terms));
            }
        }
        return out;
    }

    /**
     * A Hugo post's categories or tags as Hugo reads them: under the front-matter key of the site's category (or
     * tag) taxonomy's plural name, in any case; none when the site has no such taxonomy. Jekyll's {@code category}
     * spelling is not read unless the site names its taxonomy so.
     */
    static List<String> builtInTerms(List<Taxonomy> taxonomies, Map<String, Object> frontMatter, boolean categories) {
        List<String> terms = new ArrayList<>();
        for (Taxonomy t : taxonomies) {
            if (categories ? t.isCategories() : t.isTags()) {
                for (Map.Entry<String, Object> e : frontMatter.entrySet()) {
                    if (e.getKey().equalsIgnoreCase(t.plural())) {
                        add(terms, e.getValue());
                    }
                }
                break;
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(terms));
    }

    private static void add(List<String> terms, Object value) {
        if (value instanceof Collection<?> c) {
            for (Object o : c) {
                add(terms, o);
            }
        } else if (value != null && !(value instanceof Map<?, ?>)) {
            String s = value.toString().strip();
            if (!s.isEmpty()) {
                terms.add(s);
            }
        }
    }

    static String firstUpper(String s) {
        return s.isEmpty() ? s : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                + s.substring(s.offsetByCodePoints(0, 1));
    }
}
