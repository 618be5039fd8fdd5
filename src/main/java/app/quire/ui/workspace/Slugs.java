package app.quire.ui.workspace;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** File names for new posts: Jekyll's {@code YYYY-MM-DD-slug.md}. */
public final class Slugs {
    private Slugs() {
    }

    /** Lower-case ASCII words joined by dashes; "post" when nothing is left. */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "post" : s;
    }

    public static String jekyllFileName(LocalDate date, String title) {
        return date + "-" + slug(title) + ".md";
    }
}
