package app.quire.site;

import java.text.Normalizer;
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

    /** Hugo's urlize, close enough for page and term names: lower case, spaces to dashes, marks dropped. */
    public static String hugo(String s) {
        String n = Normalizer.normalize(s.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '~' || c == '/') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A name for archive folders (categories, tags): always lower-case words and dashes, never empty. */
    public static String term(String s) {
        String slug = TERMS.get(s);
        if (slug == null) {
            slug = jekyllDefault(s);
            slug = slug.isEmpty() ? "_" : slug;
            if (TERMS.size() < 10_000) {
                TERMS.put(s, slug);
            }
        }
        return slug;
    }

    /** Sites use few distinct terms, each on many posts: their slugs are kept (at most 10,000). */
    private static final Map<String, String> TERMS = new ConcurrentHashMap<>();
}
