package app.quire.ui.editor;

import app.quire.post.FrontMatter;
import app.quire.post.FrontMatterBounds;

/**
 * Finds the front matter block at the very top of a post: {@code ---} (YAML), {@code +++} (TOML) or Hugo's JSON
 * object (as {@link FrontMatterBounds} finds it).
 */
final class FrontMatterBlock {
    private FrontMatterBlock() {
    }

    /**
     * The index just past the closing delimiter line (past its line break, if any), or 0 when the text does not
     * start with a closed front matter block.
     */
    static int end(CharSequence text) {
        String open;
        if (startsWith(text, "---")) {
            open = "---";
        } else if (startsWith(text, "+++")) {
            open = "+++";
        } else if (startsWith(text, "{")) {
            FrontMatterBounds json = FrontMatterBounds.find(text.toString());
            return json != null && json.kind() == FrontMatter.Kind.JSON ? json.bodyStart() : 0;
        } else {
            return 0;
        }
        int firstEol = lineEnd(text, 0);
        if (!isBlank(text, 3, firstEol)) {
            return 0;
        }
        int pos = firstEol + 1;
        while (pos <= text.length() && firstEol < text.length()) {
            int eol = lineEnd(text, pos);
            int end = eol > pos && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
            String line = text.subSequence(pos, end).toString().stripTrailing();
            if (line.equals(open) || (open.equals("---") && line.equals("..."))) {
                return Math.min(text.length(), eol + 1);
            }
            if (eol >= text.length()) {
                return 0;
            }
            pos = eol + 1;
        }
        return 0;
    }

    private static boolean startsWith(CharSequence text, String prefix) {
        return text.length() >= prefix.length() && text.subSequence(0, prefix.length()).toString().equals(prefix);
    }

    private static int lineEnd(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return text.length();
    }

    private static boolean isBlank(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
