package app.quire.markdown;

import java.util.regex.Pattern;

/**
 * Removes a YAML front matter block from the very start of a text, so it is never rendered as Markdown
 * (where {@code ---} would be a thematic break and the keys a setext heading). Conservative: the block must
 * open with a {@code ---} line, close with {@code ---} or {@code ...}, and every non-blank line inside must look
 * like YAML (a {@code key:}, a list item, an indented continuation or a comment), with at least one key.
 * Otherwise the text is Markdown and stays as it is.
 */
final class FrontMatterStripper {
    private FrontMatterStripper() {
    }

    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9_\"'][^:]*:(\\s.*)?$");

    /** Number of characters of front matter at the start of {@code text} (0 if none). */
    static int frontMatterLength(String text) {
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) {
            return 0;
        }
        int pos = text.indexOf('\n') + 1;
        boolean sawKey = false;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol;
            String line = text.substring(pos, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.equals("---") || line.equals("...")) {
                return sawKey ? (eol < 0 ? text.length() : eol + 1) : 0;
            }
            if (KEY.matcher(line).matches()) {
                sawKey = true;
            } else if (!(line.isBlank() || line.startsWith(" ") || line.startsWith("\t") || line.startsWith("- ")
                    || line.equals("-") || line.startsWith("#"))) {
                return 0;
            }
            pos = end + 1;
        }
        return 0;
    }
}
