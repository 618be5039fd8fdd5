package app.quire.media;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Expands the folder and name patterns ({@code {slug}}, {@code {date}}, {@code {name}}, {@code {uuid}}, {@code {hash}}). */
public final class ImageNames {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)\\}");

    private ImageNames() {
    }

    /**
     * The pattern with its placeholders filled in. {@code name} is the cleaned stem of the source file,
     * {@code hash} the first 12 hex digits of the content's SHA-256.
     *
     * @throws IllegalArgumentException for an unknown placeholder
     */
    public static String expand(String pattern, ImageTarget target, String name, String hash, UUID uuid) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value;
            switch (m.group(1)) {
                case "slug":
                    value = target.slug();
                    break;
                case "date":
                    value = target.date().toString();
                    break;
                case "name":
                    value = name;
                    break;
                case "uuid":
                    value = uuid.toString();
                    break;
                case "hash":
                    value = hash.substring(0, Math.min(12, hash.length()));
                    break;
                default:
                    throw new IllegalArgumentException("unknown placeholder {" + m.group(1) + "} in '" + pattern
                            + "' (use {slug}, {date}, {name}, {uuid}, {hash})");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * A safe file stem from a source name: extension dropped, path separators, control and reserved characters
     * removed, spaces collapsed; spaces and non-ASCII letters are kept (the URL encodes them). "image" when nothing
     * is left.
     */
    public static String cleanStem(String fileName) {
        String n = fileName == null ? "" : fileName;
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        int dot = n.lastIndexOf('.');
        if (dot > 0) {
            n = n.substring(0, dot);
        }
        n = n.replaceAll("[\\p{Cntrl}<>:\"|?*#%{}\\[\\]]", "").replaceAll("\\s+", " ").strip();
        n = n.replaceAll("^\\.+", "");
        if (n.length() > 80) {
            n = n.substring(0, 80).strip();
        }
        return n.isEmpty() ? "image" : n;
    }

    /** Checks a pattern's placeholders without expanding it. */
    public static void validate(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            String p = m.group(1).toLowerCase(Locale.ROOT);
            if (!p.equals("slug") && !p.equals("date") && !p.equals("name") && !p.equals("uuid")
                    && !p.equals("hash")) {
                throw new IllegalArgumentException("unknown placeholder {" + p + "} in '" + pattern + "'");
            }
        }
    }
}
