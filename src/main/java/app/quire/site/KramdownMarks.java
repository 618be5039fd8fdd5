package app.quire.site;

import app.quire.markdown.AttributeMarks;
import app.quire.markdown.MarkdownRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * kramdown's own marks in a Jekyll post, which CommonMark would print as text: attribute lists after a block
 * ({@code {: .center}} on its own line) or a span ({@code [site](https://x){:target="_blank"}}), attribute list
 * definitions ({@code {:name: .cls}}), extensions ({@code {::options ... /}}, {@code {::comment}...{:/comment}},
 * {@code {::nomarkdown}} and its end tag) and the table of contents ({@code * TOC} followed by {@code {:toc}}).
 * Attribute lists become {@link AttributeMarks} marks, which the rendered HTML applies to their element (decision
 * 0220); the rest is taken out, each line kept (emptied), so the page shows no stray braces and the preview keeps
 * its lines. The table of contents becomes a mark that {@link #withToc} fills from the rendered headings. Code
 * blocks and code spans are left alone.
 */
final class KramdownMarks {
    /** An attribute list's inside, as kramdown reads it: up to the first '}' not escaped with a backslash. */
    private static final String LIST = "\\{:((?:\\\\\\}|[^}\\n])*)\\}";
    /** A block attribute list or extension alone on its line. */
    private static final Pattern BLOCK = Pattern.compile("( {0,3})" + LIST + "\\s*");
    /** A span attribute list right after an inline element's end. */
    private static final Pattern SPAN = Pattern.compile("(?<=[)\\]*_`>])" + LIST);
    /** An attribute list definition: {@code {:name: .class key="value"}} (kramdown's ALD). */
    private static final Pattern DEFINITION = Pattern.compile(" {0,3}\\{:(\\w[\\w-]*):((?:\\\\\\}|[^}\\n])*)\\}\\s*");
    /** One part of a list (kramdown's ALD_TYPE_ANY): key="value", key='value', a reference, .class and #id. */
    private static final Pattern PART = Pattern.compile("(?<=^|\\s)(?:(\\w[\\w-]*)=(?:\"((?:\\\\\\}|\\\\\"|[^}\"])*?)\""
            + "|'((?:\\\\\\}|\\\\'|[^}'])*?)')|(\\w[\\w-]*)|((?:#[A-Za-z][\\w:-]*|\\.[^\\s.#]+)+))(?=\\s|$)");
    private static final Pattern ID_OR_CLASS = Pattern.compile("#([A-Za-z][\\w:-]*)|\\.([^\\s.#]+)");
    private static final Pattern TOC_ITEM = Pattern.compile("\\s{0,3}(?:[*+-]|1[.)])\\s+TOC\\s*");
    /** Where a table of contents goes: an HTML comment, so Markdown keeps it as it is and a preview shows nothing. */
    static final String TOC_MARK = "<!-- quire:toc -->";
    private static final Pattern HEADING = Pattern.compile("<h([1-6])\\b[^>]*\\bid=\"([^\"]+)\"[^>]*>(.*?)</h\\1>",
            Pattern.DOTALL);
    private static final Pattern ATX = Pattern.compile(" {0,3}(#{1,6})[ \t]+(.*?)\\s*");
    private static final Pattern COMMENT_END = Pattern.compile("\\{:/(?:comment)?\\}");
    /** How deep definitions may refer to definitions. */
    private static final int MAX_REFERENCE_DEPTH = 8;

    private KramdownMarks() {
    }

    /**
     * Jekyll's {@code markdownify}: the text through Quire's Markdown pipeline with kramdown's marks applied as
     * in a post's body (attribute lists, definitions, extensions, the table of contents; decision 0240), so the
     * filter's HTML carries the same classes, ids and attributes Jekyll 4 gives. Text without {@code {:} is
     * rendered as before. A left-out {@code {:toc}} is not reported: the filter has no file or line to point at.
     */
    static String markdownify(String text) {
        if (!mayHave(text)) {
            return MarkdownRenderer.shared().toHtml(text);
        }
        String marked = strip(text, "", 0, new ArrayList<>());
        return withToc(AttributeMarks.apply(MarkdownRenderer.shared().toHtml(marked)));
    }

    /** Whether a body may hold such marks (the quick check before any work). */
    static boolean mayHave(String body) {
        return body.contains("{:");
    }

    /**
     * The body with kramdown's marks made ready for Markdown, each line kept: an attribute list becomes an
     * {@link AttributeMarks} mark that the rendered HTML applies (a block list on its own line, a span list in
     * place); extensions and definitions become empty lines, {@code {::comment}} blocks are emptied, and
     * {@code * TOC} + {@code {:toc}} becomes {@link #TOC_MARK}. A left-out table of contents adds a warning
     * ({@code bodyStartLine}: the body's 0-based first line in the file). Code is left alone.
     */
    static String strip(String body, String file, int bodyStartLine, List<Problem> problems) {
        if (!mayHave(body)) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        Map<String, String> definitions = definitions(lines);
        String fence = null;
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (fence != null) {
                if (closesFence(line, fence)) {
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
            if (opensFence(line) != null) {
                fence = opensFence(line);
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
                    lines[i] = "";
                    continue;
                }
                i = blockLists(lines, i, definitions);
                continue;
            }
            if (line.contains("{:")) {
                lines[i] = spanMarks(line, definitions);
            }
        }
        return String.join("\n", lines);
    }

    /** Whether a line is a block attribute list, not indented (not an extension, a definition or {:toc}). */
    private static boolean isAttributeList(String line) {
        Matcher m = BLOCK.matcher(line);
        return m.matches() && m.group(1).isEmpty() && !m.group(2).startsWith(":") && !m.group(2).startsWith("/")
                && !DEFINITION.matcher(line).matches() && !line.strip().replace(" ", "").equals("{:toc}");
    }

    /**
     * The block list lines from {@code first} on (lists in a row add up): one mark for the block on the line
     * before (kramdown's choice when there is one), else for the block on the line after, written on the list
     * line next to that block; the other lines empty. A list with blank lines on both sides, an indented one, an
     * extension or a definition only goes. Returns the last line handled.
     */
    private static int blockLists(String[] lines, int first, Map<String, String> definitions) {
        if (!isAttributeList(lines[first])) {
            lines[first] = "";
            return first;
        }
        int last = first;
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        StringBuilder source = new StringBuilder();
        while (last < lines.length && isAttributeList(lines[last])) {
            Matcher m = BLOCK.matcher(lines[last]);
            if (m.matches()) {
                pairs.addAll(attributes(m.group(2), definitions, 0));
            }
            source.append(source.length() > 0 ? "\n" : "").append(lines[last]);
            lines[last] = "";
            last++;
        }
        last--;
        boolean before = first > 0 && !lines[first - 1].isBlank();
        boolean after = last + 1 < lines.length && !lines[last + 1].isBlank();
        if (!pairs.isEmpty() && before) {
            lines[first] = AttributeMarks.mark(AttributeMarks.PREVIOUS, pairs, source.toString());
        } else if (!pairs.isEmpty() && after) {
            lines[last] = AttributeMarks.mark(AttributeMarks.NEXT, pairs, source.toString());
        }
        return last;
    }

    private static final Pattern FENCE_OPEN = Pattern.compile("\\s*(`{3,}|~{3,})(.*)");
    private static final Pattern FENCE_CLOSE = Pattern.compile("\\s*(`{3,}|~{3,})[ \t]*");

    /** The fence a line opens (its run of backticks or tildes, as CommonMark reads it), or null. */
    static String opensFence(String line) {
        Matcher m = FENCE_OPEN.matcher(line);
        if (!m.matches() || m.group(1).charAt(0) == '`' && m.group(2).indexOf('`') >= 0) {
            return null;
        }
        return m.group(1);
    }

    /** Whether a line closes a fence: the same character, at least as many, nothing after but blanks. */
    static boolean closesFence(String line, String fence) {
        Matcher m = FENCE_CLOSE.matcher(line);
        return m.matches() && m.group(1).charAt(0) == fence.charAt(0) && m.group(1).length() >= fence.length();
    }

    /** The attribute list definitions of a body ({@code {:name: ...}} lines outside code): name to list. */
    private static Map<String, String> definitions(String[] lines) {
        Map<String, String> out = new HashMap<>();
        String fence = null;
        for (String line : lines) {
            String t = line.strip();
            if (fence != null) {
                fence = closesFence(line, fence) ? null : fence;
            } else if (opensFence(line) != null) {
                fence = opensFence(line);
            } else if (t.startsWith("{:")) {
                Matcher d = DEFINITION.matcher(line);
                if (d.matches()) {
                    out.put(d.group(1), d.group(2));
                }
            }
        }
        return out;
    }

    /**
     * The attributes of a list's inside, in kramdown's order: those of the definitions it names first, then its
     * own ({@code .a .b} adds classes, {@code #x} sets the id, {@code key="v"} a value, {@code class="k"} replaces
     * the list's classes). A pair named {@code class} adds to the element's classes.
     */
    static List<Map.Entry<String, String>> attributes(String inside, Map<String, String> definitions, int depth) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        LinkedHashMap<String, String> own = new LinkedHashMap<>();
        Matcher part = PART.matcher(inside.strip());
        while (part.find()) {
            if (part.group(1) != null) {
                String value = part.group(2) != null ? part.group(2).replace("\\}", "}").replace("\\\"", "\"")
                        : part.group(3).replace("\\}", "}").replace("\\'", "'");
                own.put(part.group(1), value);
            } else if (part.group(4) != null) {
                String def = definitions.get(part.group(4));
                if (def != null && depth < MAX_REFERENCE_DEPTH) {
                    out.addAll(attributes(def, definitions, depth + 1));
                }
            } else {
                Matcher ic = ID_OR_CLASS.matcher(part.group(5));
                while (ic.find()) {
                    if (ic.group(2) != null) {
                        String old = own.get("class");
                        own.put("class", old == null ? ic.group(2) : old + " " + ic.group(2));
                    } else {
                        own.put("id", ic.group(1));
                    }
                }
            }
        }
        out.addAll(own.entrySet());
        return out;
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
                fence = closesFence(line, fence) ? null : fence;
            } else if (opensFence(line) != null) {
                fence = opensFence(line);
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


    /** A line's span attribute lists (outside its code spans) made marks for the element right before each. */
    private static String spanMarks(String line, Map<String, String> definitions) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int tick = line.indexOf('`', i);
            int textEnd = tick < 0 ? line.length() : tick;
            Matcher m = SPAN.matcher(line).region(i, textEnd).useTransparentBounds(true);
            int from = i;
            while (m.find()) {
                out.append(line, from, m.start());
                List<Map.Entry<String, String>> pairs = attributes(m.group(1), definitions, 0);
                if (!pairs.isEmpty()) {
                    out.append(AttributeMarks.mark(AttributeMarks.SPAN, pairs, m.group()));
                }
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
