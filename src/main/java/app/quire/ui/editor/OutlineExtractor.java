package app.quire.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pure heading extraction for the outline: skips front matter and fenced code; trims closed ATX markers. */
public final class OutlineExtractor {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern LIST_OR_RULE = Pattern.compile("([-*+]|\\d{1,9}[.)])( .*)?|([-*_] *){3,}");

    public List<Heading> headings(String text) {
        List<Heading> result = new ArrayList<>();
        int pos = FrontMatterBlock.end(text);
        int line = countLines(text, pos);
        String fence = null;
        String previous = null;
        while (pos <= text.length()) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) {
                eol = text.length();
            }
            int lineEnd = eol > pos && text.charAt(eol - 1) == '\r' ? eol - 1 : eol;
            char first = firstNonSpace(text, pos, lineEnd);
            if (fence == null && first != '#' && first != '`' && first != '~' && first != '=' && first != '-'
                    && first != '>' && first != '*' && first != '+' && first != '_' && !Character.isDigit(first)) {
                // Plain paragraph text or blank: the common case, no regex needed.
                boolean indented = first != 0 && (text.charAt(pos) == '\t' || text.startsWith("    ", pos));
                previous = first == 0 || indented ? null : text.substring(pos, lineEnd);
                if (eol >= text.length()) {
                    break;
                }
                pos = eol + 1;
                line++;
                continue;
            }
            String current = text.substring(pos, lineEnd);
            Matcher f = FENCE.matcher(current);
            if (fence != null) {
                if (f.find() && f.group(1).charAt(0) == fence.charAt(0) && f.group(1).length() >= fence.length()
                        && current.substring(f.end()).isBlank()) {
                    fence = null;
                }
                previous = null;
            } else if (f.find() && !(f.group(1).charAt(0) == '`' && current.substring(f.end()).contains("`"))) {
                fence = f.group(1);
                previous = null;
            } else {
                Matcher atx = ATX.matcher(current);
                Matcher setext = SETEXT.matcher(current);
                if (atx.matches()) {
                    String title = atx.group(2) == null ? "" : atx.group(2).strip();
                    result.add(new Heading(atx.group(1).length(), title, line));
                    previous = null;
                } else if (previous != null && setext.matches()) {
                    result.add(new Heading(setext.group(1).charAt(0) == '=' ? 1 : 2, previous.strip(), line - 1));
                    previous = null;
                } else if (current.isBlank() || current.startsWith("    ") || current.startsWith("\t")
                        || current.stripLeading().startsWith(">") || isListOrRule(current)) {
                    previous = null;
                } else {
                    previous = current;
                }
            }
            if (eol >= text.length()) {
                break;
            }
            pos = eol + 1;
            line++;
        }
        return result;
    }

    private static boolean isListOrRule(String line) {
        return LIST_OR_RULE.matcher(line.stripLeading()).matches();
    }

    /** The first character of the line that is not a space or tab, or 0 for a blank line. */
    private static char firstNonSpace(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return c;
            }
        }
        return 0;
    }

    private static int countLines(String text, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
