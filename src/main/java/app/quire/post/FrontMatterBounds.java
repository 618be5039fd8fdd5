package app.quire.post;

/**
 * Where a post's front matter block lies: an opening {@code ---} (YAML) or {@code +++} (TOML) first line (a BOM
 * before it is tolerated, trailing blanks and CR ignored) up to the matching closing line ({@code ---} or
 * {@code ...} for YAML). The one cut that the editor ({@link Post#parse}) and the export's index use; finding it
 * allocates nothing, so the index can cut thousands of posts without composing their YAML.
 *
 * @param kind          YAML, TOML or JSON (Hugo's object at the top, see {@link #json})
 * @param openEnd       index just after the opening line's line break
 * @param closeStart    index of the closing line's first character
 * @param bodyStart     index just after the closing line (and its line break, if any)
 * @param bodyStartLine 0-based line number of the body's first line
 */
public record FrontMatterBounds(FrontMatter.Kind kind, int openEnd, int closeStart, int bodyStart, int bodyStartLine) {

    /** The bounds of the text's front matter, or null when it has none (or it is never closed). */
    public static FrontMatterBounds find(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        if (text.startsWith("{", start)) {
            return json(text, start);
        }
        int firstEol = text.indexOf('\n', start);
        if (firstEol < 0) {
            return null;
        }
        int firstEnd = trimmedEnd(text, start, firstEol);
        FrontMatter.Kind kind = isLine(text, start, firstEnd, "---") ? FrontMatter.Kind.YAML
                : isLine(text, start, firstEnd, "+++") ? FrontMatter.Kind.TOML : null;
        if (kind == null) {
            return null;
        }
        int pos = firstEol + 1;
        int line = 1;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol;
            int lineEnd = trimmedEnd(text, pos, end);
            boolean closes = kind == FrontMatter.Kind.YAML
                    ? isLine(text, pos, lineEnd, "---") || isLine(text, pos, lineEnd, "...")
                    : isLine(text, pos, lineEnd, "+++");
            if (closes) {
                return new FrontMatterBounds(kind, firstEol + 1, pos, eol < 0 ? text.length() : eol + 1, line + 1);
            }
            line++;
            pos = end + 1;
        }
        return null;
    }

    /**
     * Hugo's JSON front matter: an object from the first character whose first key is quoted (so that a body
     * opening with Liquid's {@code {{} or {@code {%} is not taken for one), up to its matching brace, with
     * nothing but blanks after that brace on its line. The block is the object itself (no delimiter lines).
     */
    private static FrontMatterBounds json(String text, int start) {
        int i = start + 1;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '"') {
            return null;
        }
        int depth = 0;
        boolean inString = false;
        int end = -1;
        for (i = start; i < text.length() && end < 0; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                end = i + 1;
            }
        }
        if (end < 0) {
            return null;
        }
        int eol = text.indexOf('\n', end);
        int lineEnd = eol < 0 ? text.length() : eol;
        if (trimmedEnd(text, end, lineEnd) != end) {
            return null; // text after the closing brace: not front matter
        }
        int bodyStart = eol < 0 ? text.length() : eol + 1;
        int line = 0;
        for (int k = 0; k < bodyStart; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return new FrontMatterBounds(FrontMatter.Kind.JSON, start, bodyStart, bodyStart, line);
    }

    /**
     * Why a text that {@link #find} finds no front matter in still looks like it meant to have some, or null:
     * a {@code ---}/{@code +++} first line followed by a {@code key: value} (or {@code key = value}) line but no
     * closing line, or such lines ending in a lone CR (old Mac line endings, which Jekyll and Hugo do not read
     * either). A post that merely starts with a {@code ---} rule and text is not flagged. Call it only when
     * {@link #find} returned null.
     */
    public static FrontMatterProblem unclosedProblem(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        String fence = text.startsWith("---", start) ? "---" : text.startsWith("+++", start) ? "+++" : null;
        if (fence == null) {
            return null;
        }
        int pos = start + 3;
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        boolean loneCr = pos + 1 < text.length() && text.charAt(pos) == '\r' && text.charAt(pos + 1) != '\n';
        int next = loneCr ? pos + 1 : text.startsWith("\r\n", pos) ? pos + 2
                : pos < text.length() && text.charAt(pos) == '\n' ? pos + 1 : -1;
        if (next < 0 || !looksLikeKey(text, next, fence.equals("---") ? ':' : '=')) {
            return null;
        }
        if (loneCr) {
            return new FrontMatterProblem(1, 1, "the front matter's lines end in CR only (old Mac line endings), "
                    + "which Quire, Jekyll and Hugo do not read as front matter; convert the line endings to LF "
                    + "or CRLF (e.g. mac2unix)");
        }
        boolean crInside = text.matches("(?s).*\r(?!\n).*");
        return new FrontMatterProblem(1, 1, "front matter opened with " + fence + " on line 1 is never closed; "
                + "add a " + fence + " line after its last key"
                + (crInside ? " (some lines end in CR only, which does not count as a line break)" : ""));
    }

    /** True when the line at {@code from} starts with a plain key followed by {@code sep} (after blanks). */
    private static boolean looksLikeKey(String text, int from, char sep) {
        int i = from;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                || text.charAt(i) == '-' || text.charAt(i) == '.')) {
            i++;
        }
        if (i == from) {
            return false;
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == sep;
    }

    private static int trimmedEnd(String text, int from, int end) {
        while (end > from) {
            char c = text.charAt(end - 1);
            if (c != ' ' && c != '\t' && c != '\r') {
                break;
            }
            end--;
        }
        return end;
    }

    private static boolean isLine(String text, int from, int end, String fence) {
        return end - from == fence.length() && text.startsWith(fence, from);
    }
}
