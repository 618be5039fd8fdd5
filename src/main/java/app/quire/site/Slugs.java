package app.quire.site;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** URL-safe names for posts, categories and tags, following the generator each site shape comes from. */
public final class Slugs {
    private static final Pattern NOT_PRETTY = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}._~!$&'()+,;=@]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{M}\\p{L}\\p{Nd}]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

    private Slugs() {
    }

    /** Jekyll's "pretty" slug (used for {@code :title}): keeps case and some punctuation. */
    public static String jekyllPretty(String s) {
        return EDGE_DASHES.matcher(NOT_PRETTY.matcher(s).replaceAll("-")).replaceAll("");
    }

    /** Jekyll's default slug (used for {@code :slug}): lower-case letters and digits joined by dashes. */
    public static String jekyllDefault(String s) {
        return EDGE_DASHES.matcher(NOT_WORD.matcher(s).replaceAll("-")).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** A name for archive folders (categories, tags): always lower-case words and dashes, never empty. */
    public static String term(String s) {
        return term(SiteShape.JEKYLL, s);
    }

    /**
     * A term's archive folder as the site's generator names it: Hugo keeps {@code c++} and {@code node.js}
     * (decision 0225), Jekyll-shaped and plain sites get lower-case words and dashes; never empty.
     */
    public static String term(SiteShape shape, String s) {
        boolean hugo = shape == SiteShape.HUGO;
        Map<String, String> cache = hugo ? HUGO_TERMS : TERMS;
        String slug = cache.get(s);
        if (slug == null) {
            slug = hugo ? HugoPaths.term(s) : jekyllDefault(s);
            slug = slug.isEmpty() ? "_" : slug;
            if (cache.size() < 10_000) {
                cache.put(s, slug);
            }
        }
        return slug;
    }

    /** Sites use few distinct terms, each on many posts: their slugs are kept (at most 10,000). */
    private static final Map<String, String> TERMS = new ConcurrentHashMap<>();
    private static final Map<String, String> HUGO_TERMS = new ConcurrentHashMap<>();
}
