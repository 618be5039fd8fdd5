package app.quire.site;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's own marks in a Jekyll post, which CommonMark would print as text: attribute lists after a block
 * ({@code {: .center}} on its own line) or a span ({@code [site](https://x){:target="_blank"}}), extensions
 * ({@code {::options ... /}}, {@code {::comment}...{:/comment}}, {@code {::nomarkdown}} and its end tag) and
 * the table of contents ({@code * TOC} followed by {@code {:toc}}). Quire does not apply them: they are taken
 * out, each line kept (emptied), so the page shows no stray braces and the preview keeps its lines. A left-out
 * table of contents is reported. Code blocks and code spans are left alone.
 */
final class KramdownMarks {
    /** A block attribute list or extension alone on its line. */
    private static final Pattern BLOCK = Pattern.compile("\\s{0,3}\\{:(?:[^}\"'\\n]|\"[^\"\\n]*\"|'[^'\\n]*')*\\}\\s*");
    /** A span attribute list right after an inline element's end. */
    private static final Pattern SPAN = Pattern.compile("(?<=[)\\]*_`>])\\{:(?:[^}\"'\\n]|\"[^\"\\n]*\"|'[^'\\n]*')*\\}");
    private static final Pattern TOC_ITEM = Pattern.compile("\\s{0,3}(?:[*+-]|1[.)])\\s+TOC\\s*");
    private static final Pattern COMMENT_END = Pattern.compile("\\{:/(?:comment)?\\}");

    private KramdownMarks() {
    }

    /** Whether a body may hold such marks (the quick check before any work). */
    static boolean mayHave(String body) {
        return body.contains("{:");
    }

    /**
     * The body without kramdown's marks; a left-out table of contents adds a warning ({@code bodyStartLine}: the
     * body's 0-based first line in the file).
     */
    static String strip(String body, String file, int bodyStartLine, List<Problem> problems) {
        if (!mayHave(body)) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        String fence = null;
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (fence != null) {
                if (trimmed.startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            if (inComment) {
                Matcher end = COMMENT_END.matcher(line);
                inComment = !end.find();
                lines[i] = "";
                continue;
            }
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fence = trimmed.substring(0, 3);
                continue;
            }
            if (trimmed.startsWith("{::comment}")) {
                inComment = !COMMENT_END.matcher(trimmed).find();
                lines[i] = "";
                continue;
            }
            if (trimmed.startsWith("{::nomarkdown}") || trimmed.startsWith("{:/nomarkdown}")
                    || trimmed.equals("{:/}")) {
                lines[i] = line.replace("{::nomarkdown}", "").replace("{:/nomarkdown}", "").replace("{:/}", "");
                continue;
            }
            if (BLOCK.matcher(line).matches()) {
                if (trimmed.replace(" ", "").equals("{:toc}")) {
                    int item = i - 1;
                    while (item >= 0 && lines[item].isBlank()) {
                        item--;
                    }
                    if (item >= 0 && TOC_ITEM.matcher(lines[item]).matches()) {
                        lines[item] = "";
                    }
                    problems.add(Problem.warning(file, bodyStartLine + i + 1, line.indexOf('{') + 1,
                            "kramdown's table of contents ({:toc}) is not made by Quire; left out"));
                }
                lines[i] = "";
                continue;
            }
            if (line.contains("{:")) {
                lines[i] = stripSpans(line);
            }
        }
        return String.join("\n", lines);
    }

    /** Span attribute lists taken out of a line, outside its code spans. */
    private static String stripSpans(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int tick = line.indexOf('`', i);
            int textEnd = tick < 0 ? line.length() : tick;
            Matcher m = SPAN.matcher(line).region(i, textEnd).useTransparentBounds(true);
            int from = i;
            while (m.find()) {
                out.append(line, from, m.start());
                from = m.end();
            }
            out.append(line, from, textEnd);
            if (tick < 0) {
                break;
            }
            int run = tick;
            while (run < line.length() && line.charAt(run) == '`') {
                run++;
            }
            int close = line.indexOf(line.substring(tick, run), run);
            int end = close < 0 ? run : close + (run - tick);
            out.append(line, tick, end);
            i = end;
        }
        return out.toString();
    }
}
