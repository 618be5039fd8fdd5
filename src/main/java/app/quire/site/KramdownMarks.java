package app.quire.site;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's own marks in a Jekyll post, which CommonMark would print as text: attribute lists after a block
 * ({@code {: .center}} on its own line) or a span ({@code [site](https://x){:target="_blank"}}), extensions
 * ({@code {::options ... /}}, {@code {::comment}...{:/comment}}, {@code {::nomarkdown}} and its end tag) and
 * the table of contents ({@code * TOC} followed by {@code {:toc}}). Attribute lists are not applied: they are
 * taken out, each line kept (emptied), so the page shows no stray braces and the preview keeps its lines. The
 * table of contents becomes a mark that {@link #withToc} fills from the rendered headings. Code blocks and code
 * spans are left alone.
 */
final class KramdownMarks {
    /** A block attribute list or extension alone on its line. */
    private static final Pattern BLOCK = Pattern.compile("\\s{0,3}\\{:(?:[^}\"'\\n]|\"[^\"\\n]*\"|'[^'\\n]*')*\\}\\s*");
    /** A span attribute list right after an inline element's end. */
    private static final Pattern SPAN = Pattern.compile("(?<=[)\\]*_`>])\\{:(?:[^}\"'\\n]|\"[^\"\\n]*\"|'[^'\\n]*')*\\}");
    private static final Pattern TOC_ITEM = Pattern.compile("\\s{0,3}(?:[*+-]|1[.)])\\s+TOC\\s*");
    /** Where a table of contents goes: an HTML comment, so Markdown keeps it as it is and a preview shows nothing. */
    static final String TOC_MARK = "<!-- quire:toc -->";
    private static final Pattern HEADING = Pattern.compile("<h([1-6])\\b[^>]*\\bid=\"([^\"]+)\"[^>]*>(.*?)</h\\1>",
            Pattern.DOTALL);
    private static final Pattern ATX = Pattern.compile(" {0,3}(#{1,6})[ \t]+(.*?)\\s*");
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
                        lines[item] = TOC_MARK; // made from the page's headings once it is rendered
                    } else {
                        problems.add(Problem.warning(file, bodyStartLine + i + 1, line.indexOf('{') + 1,
                                "{:toc} without a '* TOC' list item before it; left out"));
                    }
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

    /**
     * The rendered body with its table-of-contents mark replaced by a nested list of links to its headings, as
     * kramdown makes it ({@code <ul id="markdown-toc">}, which Jekyll themes style); unchanged without a mark.
     */
    static String withToc(String html) {
        int at = html.indexOf(TOC_MARK);
        if (at < 0) {
            return html;
        }
        List<TocEntry> entries = new java.util.ArrayList<>();
        Matcher h = HEADING.matcher(html);
        while (h.find()) {
            entries.add(new TocEntry(Integer.parseInt(h.group(1)), h.group(2),
                    h.group(3).replaceAll("<[^>]+>", "").strip()));
        }
        return html.substring(0, at) + tocList(entries) + html.substring(at + TOC_MARK.length());
    }

    /**
     * For the preview, which renders block by block: the body with its table-of-contents mark replaced by the
     * list as one line of HTML (no links), the headings taken from the body's own {@code #} headings outside code.
     */
    static String withTocPreview(String body) {
        int at = body.indexOf(TOC_MARK);
        if (at < 0) {
            return body;
        }
        List<TocEntry> entries = new java.util.ArrayList<>();
        String fence = null;
        for (String line : body.split("\n", -1)) {
            String t = line.strip();
            if (fence != null) {
                fence = t.startsWith(fence) ? null : fence;
            } else if (t.startsWith("```") || t.startsWith("~~~")) {
                fence = t.substring(0, 3);
            } else {
                Matcher h = ATX.matcher(line);
                if (h.matches()) {
                    entries.add(new TocEntry(h.group(1).length(), null, Html.escape(
                            h.group(2).replaceAll("\\s+#+\\s*$", "").replaceAll("[*_`]", "").strip())));
                }
            }
        }
        return body.substring(0, at) + tocList(entries) + body.substring(at + TOC_MARK.length());
    }

    /** One heading of a table of contents: its level, its id (null: no link) and its text as HTML. */
    private record TocEntry(int level, String id, String html) {
    }

    /** kramdown's nested {@code <ul id="markdown-toc">}: a deeper heading opens a list inside the one before. */
    private static String tocList(List<TocEntry> entries) {
        StringBuilder toc = new StringBuilder("<ul id=\"markdown-toc\">");
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (TocEntry e : entries) {
            if (open.isEmpty()) {
                open.push(e.level());
            } else if (e.level() > open.peek()) {
                toc.append("<ul>");
                open.push(e.level());
            } else {
                toc.append("</li>");
                while (open.size() > 1 && e.level() < open.peek()) {
                    toc.append("</ul></li>");
                    open.pop();
                }
            }
            toc.append("<li>");
            if (e.id() == null) {
                toc.append(e.html());
            } else {
                toc.append("<a href=\"#").append(e.id()).append("\" id=\"markdown-toc-").append(e.id()).append("\">")
                        .append(e.html()).append("</a>");
            }
        }
        if (!open.isEmpty()) {
            toc.append("</li>");
            for (int i = 1; i < open.size(); i++) {
                toc.append("</ul></li>");
            }
        }
        return toc.append("</ul>").toString();
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
