package app.quire.post;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * URL and file-name slugs from titles, safe on every OS: lower case, words joined by {@code -}, accents
 * transliterated (é becomes e, ß becomes ss), letters of other scripts kept, no separators, dots, {@code ..},
 * Windows reserved names or trailing dots/spaces, and at most {@link #MAX_LENGTH} characters.
 */
public final class Slug {
    /** Longest slug, in UTF-16 chars; keeps {@code YYYY-MM-DD-slug.markdown} well under 255 bytes mostly. */
    public static final int MAX_LENGTH = 80;
    /** Used when a title gives nothing usable. */
    public static final String FALLBACK = "post";

    private static final Set<String> WINDOWS_RESERVED = Set.of("con", "prn", "aux", "nul",
            "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Slug() {
    }

    /** The slug of a title; never empty, never unsafe as a file name. */
    public static String of(String title) {
        String s = transliterate(title == null ? "" : title);
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                boolean sep = dash && out.length() > 0;
                if (out.length() + (sep ? 1 : 0) + Character.charCount(cp) > MAX_LENGTH) {
                    break;
                }
                if (sep) {
                    out.append('-');
                }
                dash = false;
                out.appendCodePoint(cp);
            } else if (cp != '\'' && cp != '\u2019') {
                dash = true;
            }
        }
        String slug = out.toString();
        if (slug.isEmpty()) {
            return FALLBACK;
        }
        if (WINDOWS_RESERVED.contains(slug)) {
            slug = slug + "-" + FALLBACK;
        }
        return slug;
    }

    /** True when a name is safe as one file name on Windows, macOS and Linux. */
    public static boolean isSafeFileName(String name) {
        if (name == null || name.isEmpty() || name.length() > 255 || name.equals(".") || name.equals("..")) {
            return false;
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 32 || "/\\:*?\"<>|".indexOf(c) >= 0) {
                return false;
            }
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return !WINDOWS_RESERVED.contains(stem.toLowerCase(Locale.ROOT).strip());
    }

    private static String transliterate(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ß': sb.append("ss"); break;
                case 'æ': sb.append("ae"); break;
                case 'Æ': sb.append("AE"); break;
                case 'œ': sb.append("oe"); break;
                case 'Œ': sb.append("OE"); break;
                case 'ø': sb.append('o'); break;
                case 'Ø': sb.append('O'); break;
                case 'đ': sb.append('d'); break;
                case 'Đ': sb.append('D'); break;
                case 'ł': sb.append('l'); break;
                case 'Ł': sb.append('L'); break;
                case 'þ': sb.append("th"); break;
                case 'Þ': sb.append("TH"); break;
                case '&': sb.append(" and "); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
