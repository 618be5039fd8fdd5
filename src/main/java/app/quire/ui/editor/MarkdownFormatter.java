package app.quire.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pure Markdown formatting: (text, selection, action) to one {@link TextEdit}. Applying the same action twice
 * gives back the original text (toggling). Works on the lines around the selection only, so it is cheap on
 * large documents.
 */
public final class MarkdownFormatter {
    private static final Pattern HEADING = Pattern.compile("^( {0,3})(#{1,6})(?:[ \\t]+|$)(.*?)(?:[ \\t]+(#+))?[ \\t]*$");
    private static final Pattern LIST_PREFIX = Pattern.compile("^([ \\t]*)(?:([-*+])|(\\d{1,9})([.)]))(?: (\\[[ xX]\\] )?|$)");
    private static final Pattern QUOTE_PREFIX = Pattern.compile("^([ \\t]*)> ?");
    private static final Pattern URL = Pattern.compile("(?:https?://|mailto:|www\\.|/)\\S+");
    private static final Pattern WHOLE_LINK = Pattern.compile("!?\\[(.*)\\]\\(([^)]*)\\)", Pattern.DOTALL);

    public TextEdit format(FormatAction action, String text, int selStart, int selEnd) {
        int s = Math.min(selStart, selEnd);
        int e = Math.max(selStart, selEnd);
        switch (action) {
            case BOLD:
                return wrap(text, s, e, "**");
            case ITALIC:
                return wrap(text, s, e, "*");
            case STRIKETHROUGH:
                return wrap(text, s, e, "~~");
            case CODE:
                return text.substring(s, e).indexOf('\n') >= 0 ? fence(text, s, e) : wrap(text, s, e, "`");
            case LINK:
                return link(text, s, e, false);
            case IMAGE:
                return link(text, s, e, true);
            case QUOTE:
            case BULLET_LIST:
            case NUMBERED_LIST:
            case TASK_LIST:
                return linePrefix(text, s, e, action);
            default:
                return heading(text, s, e, action.headingLevel());
        }
    }

    // ---- inline wrapping ----------------------------------------------------------------------------------

    private TextEdit wrap(String text, int s, int e, String marker) {
        // Markers never go around outer whitespace: "**word **" is not bold.
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int m = marker.length();
        char c = marker.charAt(0);
        String selected = text.substring(s, e);
        // Markers just inside the selection: "**word**" selected.
        if (selected.length() >= 2 * m && runMatches(runLeft(selected, 0, c), m, c)
                && runMatches(runRight(selected, selected.length(), c), m, c)) {
            String inner = selected.substring(m, selected.length() - m);
            return new TextEdit(s, e, inner, s, s + inner.length());
        }
        // Markers just outside the selection (or around the caret).
        if (s >= m && e + m <= text.length() && runMatches(runRight(text, s, c), m, c)
                && runMatches(runLeft(text, e, c), m, c)) {
            return new TextEdit(s - m, e + m, selected, s - m, e - m);
        }
        return new TextEdit(s, e, marker + selected + marker, s + m, e + m);
    }

    /** Whether a run of n marker characters contains the marker of length m (single vs double asterisks). */
    private static boolean runMatches(int n, int m, char c) {
        if (c == '`') {
            return n == m;
        }
        return m == 1 ? n == 1 || n == 3 : n == 2 || n == 3;
    }

    private static int runLeft(String text, int from, char c) {
        int k = from;
        while (k < text.length() && text.charAt(k) == c) {
            k++;
        }
        return k - from;
    }

    private static int runRight(String text, int to, char c) {
        int k = to;
        while (k > 0 && text.charAt(k - 1) == c) {
            k--;
        }
        return to - k;
    }

    private TextEdit fence(String text, int s, int e) {
        int from = lineStart(text, s);
        int to = e > s && text.charAt(e - 1) == '\n' ? e - 1 : lineEnd(text, e);
        String block = text.substring(from, to);
        String[] lines = block.split("\n", -1);
        if (lines.length >= 2 && lines[0].startsWith("```") && lines[lines.length - 1].strip().equals("```")) {
            String inner = String.join("\n", List.of(lines).subList(1, lines.length - 1));
            return new TextEdit(from, to, inner, from, from + inner.length());
        }
        String wrapped = "```\n" + block + "\n```";
        return new TextEdit(from, to, wrapped, from + 4, from + 4 + block.length());
    }

    private TextEdit link(String text, int s, int e, boolean image) {
        String selected = text.substring(s, e);
        Matcher whole = WHOLE_LINK.matcher(selected);
        if (whole.matches() && selected.startsWith("!") == image) {
            String label = whole.group(1);
            return new TextEdit(s, e, label, s, s + label.length());
        }
        String open = image ? "![" : "[";
        if (!selected.isEmpty() && URL.matcher(selected.strip()).matches()) {
            String url = selected.strip();
            String replacement = open + "](" + url + ")";
            int caret = s + open.length();
            return new TextEdit(s, e, replacement, caret, caret);
        }
        String replacement = open + selected + "](url)";
        int urlStart = s + open.length() + selected.length() + 2;
        return new TextEdit(s, e, replacement, urlStart, urlStart + 3);
    }

    // ---- line-based formats -------------------------------------------------------------------------------

    private TextEdit heading(String text, int s, int e, int level) {
        int from = lineStart(text, s);
        int to = lineEnd(text, Math.max(s, e > s && text.charAt(e - 1) == '\n' ? e - 1 : e));
        String[] lines = text.substring(from, to).split("\n", -1);
        String hashes = "#".repeat(level);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher m = HEADING.matcher(line);
            if (m.matches()) {
                boolean closed = m.group(4) != null;
                String content = m.group(3);
                if (m.group(2).length() == level) {
                    line = content;
                } else {
                    line = hashes + " " + content + (closed ? " " + hashes : "");
                }
            } else if (!line.isBlank() || lines.length == 1) {
                line = hashes + " " + line.stripLeading();
            }
            out.append(i == 0 ? "" : "\n").append(line);
        }
        String replacement = out.toString();
        int caret = from + replacement.length();
        if (lines.length == 1) {
            return new TextEdit(from, to, replacement, caret, caret);
        }
        return new TextEdit(from, to, replacement, from, caret);
    }

    private TextEdit linePrefix(String text, int s, int e, FormatAction action) {
        int from = lineStart(text, s);
        int to = lineEnd(text, Math.max(s, e > s && text.charAt(e - 1) == '\n' ? e - 1 : e));
        String[] lines = text.substring(from, to).split("\n", -1);
        boolean all = true;
        boolean any = false;
        for (String line : lines) {
            if (line.isBlank() && lines.length > 1) {
                continue;
            }
            any = true;
            all &= hasPrefix(line, action);
        }
        all &= any;
        List<String> out = new ArrayList<>();
        int number = 1;
        for (String line : lines) {
            if (line.isBlank() && lines.length > 1) {
                out.add(line);
                continue;
            }
            if (all) {
                out.add(removePrefix(line, action));
            } else if (hasPrefix(line, action)) {
                out.add(line);
                number++;
            } else {
                out.add(addPrefix(line, action, number++));
            }
        }
        String replacement = String.join("\n", out);
        int end = from + replacement.length();
        if (lines.length == 1) {
            return new TextEdit(from, to, replacement, end, end);
        }
        return new TextEdit(from, to, replacement, from, end);
    }

    private static boolean hasPrefix(String line, FormatAction action) {
        if (action == FormatAction.QUOTE) {
            return QUOTE_PREFIX.matcher(line).find();
        }
        Matcher m = LIST_PREFIX.matcher(line);
        if (!m.find()) {
            return false;
        }
        boolean task = m.group(5) != null;
        boolean bullet = m.group(2) != null;
        switch (action) {
            case TASK_LIST:
                return task;
            case BULLET_LIST:
                return bullet && !task;
            default:
                return !bullet;
        }
    }

    private static String removePrefix(String line, FormatAction action) {
        if (action == FormatAction.QUOTE) {
            Matcher q = QUOTE_PREFIX.matcher(line);
            return q.find() ? q.group(1) + line.substring(q.end()) : line;
        }
        Matcher m = LIST_PREFIX.matcher(line);
        return m.find() ? m.group(1) + line.substring(m.end()) : line;
    }

    private static String addPrefix(String line, FormatAction action, int number) {
        if (action == FormatAction.QUOTE) {
            return "> " + line;
        }
        Matcher m = LIST_PREFIX.matcher(line);
        String indent;
        String rest;
        if (m.find()) {
            indent = m.group(1);
            rest = line.substring(m.end());
        } else {
            int k = 0;
            while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
                k++;
            }
            indent = line.substring(0, k);
            rest = line.substring(k);
        }
        switch (action) {
            case TASK_LIST:
                return indent + "- [ ] " + rest;
            case BULLET_LIST:
                return indent + "- " + rest;
            default:
                return indent + number + ". " + rest;
        }
    }

    static int lineStart(String text, int pos) {
        return text.lastIndexOf('\n', pos - 1) + 1;
    }

    static int lineEnd(String text, int pos) {
        int eol = text.indexOf('\n', pos);
        return eol < 0 ? text.length() : eol;
    }
}
