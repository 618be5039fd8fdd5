package app.quire.site;

/** Plain-text summaries of Markdown bodies for listings (no rendering needed). */
final class Excerpts {
    private Excerpts() {
    }

    /** Markdown inline text to plain text in one pass: images and HTML tags dropped, link text kept. */
    static String plain(CharSequence s) {
        return plain(s, expr -> null);
    }

    /**
     * As {@link #plain(CharSequence)}; a Liquid output {@code {{ expr }}} becomes {@code outputs.apply(expr)}
     * (trimmed expression), or nothing when that is null. Tags ({@code {% %}}) are dropped.
     */
    static String plain(CharSequence s, java.util.function.Function<String, String> outputs) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '!' && i + 1 < n && s.charAt(i + 1) == '[') {
                int close = indexOf(s, ']', i + 2);
                if (close > 0 && close + 1 < n && s.charAt(close + 1) == '(') {
                    int paren = indexOf(s, ')', close + 2);
                    if (paren > 0) {
                        i = paren;
                        continue;
                    }
                }
            } else if (c == ']' && i + 1 < n && (s.charAt(i + 1) == '(' || s.charAt(i + 1) == '[')) {
                int end = indexOf(s, s.charAt(i + 1) == '(' ? ')' : ']', i + 2);
                if (end > 0) {
                    i = end;
                    continue;
                }
            } else if (c == '<') {
                int end = indexOf(s, '>', i + 1);
                if (end > 0) {
                    i = end;
                    continue;
                }
            } else if (c == '{' && i + 1 < n && s.charAt(i + 1) == ':') { // a kramdown attribute list
                int end = indexOf(s, '}', i + 2);
                if (end > 0) {
                    i = end;
                    continue;
                }
            } else if (c == '{' && i + 1 < n && (s.charAt(i + 1) == '{' || s.charAt(i + 1) == '%')) {
                char closer = s.charAt(i + 1) == '{' ? '}' : '%';
                int end = i + 2;
                while (end + 1 < n && !(s.charAt(end) == closer && s.charAt(end + 1) == '}')) {
                    end++;
                }
                String value = closer == '}' && end + 1 < n ? outputs.apply(s.subSequence(i + 2, end).toString().trim())
                        : null;
                if (value != null) {
                    for (int k = 0; k < value.length(); k++) {
                        char v = value.charAt(k);
                        if (!Character.isWhitespace(v)) {
                            out.append(v);
                        } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                            out.append(' ');
                        }
                    }
                }
                i = Math.min(n - 1, end + 1);
                continue;
            }
            if (c == '[' || c == '*' || c == '_' || c == '`' || c == '~') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            out.append(c);
        }
        return out.toString().trim();
    }

    private static int indexOf(CharSequence s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The first paragraph's text, cut at a word boundary near {@code max} characters. */
    static String firstParagraph(String body, int max) {
        return firstParagraph(body, max, expr -> null);
    }

    /** As above, with the values of Liquid outputs ({@link #plain(CharSequence, java.util.function.Function)}). */
    static String firstParagraph(String body, int max, java.util.function.Function<String, String> outputs) {
        return summary(body, max, outputs, null);
    }

    /**
     * The summary of a body: with a {@code separator} the body has ({@code <!--more-->}, Jekyll's
     * {@code excerpt_separator}), the text of every paragraph before it; otherwise the first paragraph's.
     */
    static String summary(String body, int max, java.util.function.Function<String, String> outputs,
            String separator) {
        int cut = separator == null || separator.isBlank() ? -1 : body.indexOf(separator);
        return paragraphs(cut >= 0 ? body.substring(0, cut) : body, max, outputs, cut >= 0);
    }

    private static String paragraphs(String body, int max, java.util.function.Function<String, String> outputs,
            boolean all) {
        StringBuilder para = new StringBuilder();
        boolean inFence = false;
        boolean startOfParagraph = true;
        int pos = 0;
        while (pos < body.length()) {
            int eol = body.indexOf('\n', pos);
            int end = eol < 0 ? body.length() : eol;
            String line = body.substring(pos, end);
            pos = end + 1;
            String t = line.trim();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            if (t.isEmpty()) {
                if (para.length() > 0 && !all) {
                    break;
                }
                startOfParagraph = true;
                continue;
            }
            boolean opening = para.length() == 0 || all && startOfParagraph;
            if (opening && (t.startsWith("#") || t.startsWith("!") || t.startsWith("<") || t.startsWith("|")
                    || t.startsWith("{%") || t.startsWith(">") || t.startsWith("---") || t.startsWith("    "))) {
                continue;
            }
            para.append(para.length() > 0 ? " " : "").append(t);
            startOfParagraph = false;
        }
        if (para.length() > max * 4) {
            para.setLength(max * 4); // enough text for the summary
        }
        String text = plain(para, outputs);
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return trimTrailingPunctuation(text.substring(0, cut > max / 2 ? cut : max)) + "\u2026";
    }

    /** Drops trailing whitespace and {@code ,.;:!?} (as {@code replaceAll("[\\s,.;:!?]+$", "")}). */
    static String trimTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && " \t\n\u000B\f\r,.;:!?".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }
}
