package app.quire.media;

import java.util.regex.Pattern;

/** Alt text suggested from a file name, and Markdown for an image. */
public final class AltText {
    private static final Pattern GENERATED = Pattern.compile(
            "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{12,}|image|img_?\\d*|dsc_?\\d*");

    private AltText() {
    }

    /** "sea view" for {@code sea_view.jpg}; empty for generated names (UUIDs, hashes, IMG_1234). */
    public static String suggest(String fileName) {
        String stem = ImageNames.cleanStem(fileName);
        if (GENERATED.matcher(stem).matches()) {
            return "";
        }
        return stem.replaceAll("[-_.]+", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * The alt text of the image reference starting at {@code column} of {@code line} ({@code ![alt](...)} or
     * {@code <img ... alt="...">}). Empty when there is none: an {@code <img>} without an alt attribute or an empty
     * Markdown alt. An HTML {@code alt=""} is a deliberate decorative image and counts as present (returns "").
     */
    public static java.util.Optional<String> at(String line, int column) {
        if (line.startsWith("![", column)) {
            int depth = 0;
            for (int i = column + 1; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    String alt = line.substring(column + 2, i).strip();
                    return alt.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(alt);
                }
            }
            return java.util.Optional.empty();
        }
        int end = line.indexOf('>', column);
        String tag = line.substring(column, end < 0 ? line.length() : end);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "(?i)\\balt\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))").matcher(tag);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String v = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
        return java.util.Optional.of(v);
    }

    /** {@code ![alt](url)} with brackets and backslashes in the alt text escaped. */
    public static String markdown(String alt, String url) {
        String a = alt == null ? "" : alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
                .replaceAll("[\\r\\n]+", " ");
        return "![" + a + "](" + url + ")";
    }
}
