package app.quire.post;

/**
 * Where a post's front matter block lies: an opening {@code ---} (YAML) or {@code +++} (TOML) first line (a BOM
 * before it is tolerated, trailing blanks and CR ignored) up to the matching closing line ({@code ---} or
 * {@code ...} for YAML). The one cut that the editor ({@link Post#parse}) and the export's index use; finding it
 * allocates nothing, so the index can cut thousands of posts without composing their YAML.
 *
 * @param kind          YAML or TOML
 * @param openEnd       index just after the opening line's line break
 * @param closeStart    index of the closing line's first character
 * @param bodyStart     index just after the closing line (and its line break, if any)
 * @param bodyStartLine 0-based line number of the body's first line
 */
public record FrontMatterBounds(FrontMatter.Kind kind, int openEnd, int closeStart, int bodyStart, int bodyStartLine) {

    /** The bounds of the text's front matter, or null when it has none (or it is never closed). */
    public static FrontMatterBounds find(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
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
