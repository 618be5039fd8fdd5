package app.quire.site;

import java.util.regex.Pattern;

/** Plain-text summaries of Markdown bodies for listings (no rendering needed). */
final class Excerpts {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]*)\\]\\[[^\\]]*\\]");
    private static final Pattern LIQUID = Pattern.compile("\\{%.*?%\\}|\\{\\{.*?\\}\\}");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern EMPHASIS = Pattern.compile("[*_`~]+");

    private Excerpts() {
    }

    /** The first paragraph's text, cut at a word boundary near {@code max} characters. */
    static String firstParagraph(String body, int max) {
        StringBuilder para = new StringBuilder();
        boolean inFence = false;
        for (String line : body.split("\r?\n")) {
            String t = line.trim();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            if (t.isEmpty()) {
                if (para.length() > 0) {
                    break;
                }
                continue;
            }
            if (para.length() == 0 && (t.startsWith("#") || t.startsWith("!") || t.startsWith("<") || t.startsWith("|")
                    || t.startsWith("{%") || t.startsWith(">") || t.startsWith("---") || t.startsWith("    "))) {
                continue;
            }
            para.append(para.length() > 0 ? " " : "").append(t);
        }
        String text = IMAGE.matcher(para).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = REF_LINK.matcher(text).replaceAll("$1");
        text = LIQUID.matcher(text).replaceAll("");
        text = HTML_TAG.matcher(text).replaceAll("");
        text = EMPHASIS.matcher(text).replaceAll("").replaceAll("\\s+", " ").trim();
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max).replaceAll("[\\s,.;:!?]+$", "") + "\u2026";
    }
}
