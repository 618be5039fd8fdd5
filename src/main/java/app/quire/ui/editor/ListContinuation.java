package app.quire.ui.editor;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure list and quote editing on Enter, Tab and Shift+Tab. Each method returns the edit to make, or empty when
 * the key should keep its ordinary meaning.
 */
public final class ListContinuation {
    /** indent, quote markers, then an optional list marker with an optional task box. */
    private static final Pattern PREFIX = Pattern.compile(
            "^([ \\t]*)((?:> ?)*)(?:([-*+])|(\\d{1,9})([.)]))?( (\\[[ xX]\\] )?)?");
    private static final Pattern LIST_ITEM = Pattern.compile("^([ \\t]*)(?:[-*+]|\\d{1,9}[.)])(?: |$)");
    static final String TAB_SPACES = "    ";

    /** Enter with the caret at {@code caret} (no selection). */
    public Optional<TextEdit> enter(String text, int caret) {
        int start = MarkdownFormatter.lineStart(text, caret);
        int end = MarkdownFormatter.lineEnd(text, caret);
        String line = text.substring(start, end);
        Matcher m = PREFIX.matcher(line);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean quoted = !m.group(2).isEmpty();
        boolean bullet = m.group(3) != null && m.group(6) != null;
        boolean numbered = m.group(4) != null && m.group(6) != null;
        if (!quoted && !bullet && !numbered) {
            return Optional.empty();
        }
        int prefixEnd = bullet || numbered ? m.end() : m.end(2);
        if (caret - start < prefixEnd) {
            return Optional.empty();
        }
        if (line.substring(prefixEnd).isBlank()) {
            // An empty item ends the list (or the innermost quote level): drop its marker.
            String kept = bullet || numbered ? m.group(1) + m.group(2) : dropLastQuote(m.group(1) + m.group(2));
            kept = kept.stripTrailing();
            return Optional.of(new TextEdit(start, end, kept, start + kept.length(), start + kept.length()));
        }
        StringBuilder next = new StringBuilder("\n").append(m.group(1)).append(m.group(2));
        if (bullet) {
            next.append(m.group(3)).append(' ');
            if (m.group(7) != null) {
                next.append("[ ] ");
            }
        } else if (numbered) {
            next.append(Long.parseLong(m.group(4)) + 1).append(m.group(5)).append(' ');
            if (m.group(7) != null) {
                next.append("[ ] ");
            }
        }
        String insert = next.toString();
        // Trailing spaces before the caret would leave hard line breaks behind.
        return Optional.of(new TextEdit(caret, caret, insert, caret + insert.length(), caret + insert.length()));
    }

    private static String dropLastQuote(String prefix) {
        int gt = prefix.lastIndexOf('>');
        return gt < 0 ? prefix : prefix.substring(0, gt);
    }

    /** Tab: indent list items of the selected lines by their marker width; elsewhere insert or indent spaces. */
    public TextEdit indent(String text, int selStart, int selEnd) {
        int s = Math.min(selStart, selEnd);
        int e = Math.max(selStart, selEnd);
        int from = MarkdownFormatter.lineStart(text, s);
        String firstLine = text.substring(from, MarkdownFormatter.lineEnd(text, s));
        boolean multiLine = text.substring(s, e).indexOf('\n') >= 0;
        if (!multiLine && !LIST_ITEM.matcher(firstLine).find()) {
            int column = s - from;
            String spaces = " ".repeat(4 - column % 4);
            return new TextEdit(s, e, spaces, s + spaces.length(), s + spaces.length());
        }
        int to = MarkdownFormatter.lineEnd(text, e > s && text.charAt(e - 1) == '\n' ? e - 1 : e);
        String[] lines = text.substring(from, to).split("\n", -1);
        StringBuilder out = new StringBuilder();
        int firstShift = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String add = line.isBlank() ? "" : indentUnit(line);
            if (i == 0) {
                firstShift = add.length();
            }
            out.append(i == 0 ? "" : "\n").append(add).append(line);
        }
        String replacement = out.toString();
        if (!multiLine) {
            return new TextEdit(from, to, replacement, s + firstShift, e + firstShift);
        }
        return new TextEdit(from, to, replacement, from, from + replacement.length());
    }

    /** Shift+Tab: outdent the selected lines by one list marker width (or up to four spaces). */
    public TextEdit outdent(String text, int selStart, int selEnd) {
        int s = Math.min(selStart, selEnd);
        int e = Math.max(selStart, selEnd);
        int from = MarkdownFormatter.lineStart(text, s);
        int to = MarkdownFormatter.lineEnd(text, e > s && text.charAt(e - 1) == '\n' ? e - 1 : e);
        String[] lines = text.substring(from, to).split("\n", -1);
        StringBuilder out = new StringBuilder();
        int firstShift = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int remove;
            if (line.startsWith("\t")) {
                remove = 1;
            } else {
                int max = indentUnit(line).length();
                remove = 0;
                while (remove < max && remove < line.length() && line.charAt(remove) == ' ') {
                    remove++;
                }
            }
            if (i == 0) {
                firstShift = remove;
            }
            out.append(i == 0 ? "" : "\n").append(line.substring(remove));
        }
        String replacement = out.toString();
        if (lines.length == 1) {
            int caretS = Math.max(from, s - firstShift);
            return new TextEdit(from, to, replacement, caretS, Math.max(from, e - firstShift));
        }
        return new TextEdit(from, to, replacement, from, from + replacement.length());
    }

    /** Spaces that nest a list item under a sibling of the same kind: the width of its marker and space. */
    private static String indentUnit(String line) {
        Matcher m = LIST_ITEM.matcher(line);
        if (m.find()) {
            int width = m.end() - m.group(1).length();
            return " ".repeat(Math.max(2, width));
        }
        return TAB_SPACES;
    }
}
