package app.quire.site;

import app.quire.markdown.MarkdownRenderer;
import app.quire.markdown.RawHtml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's built-in shortcodes in a Hugo post's body, for the export and the preview alike (decision 0227):
 * {@code ref} and {@code relref} become the linked post's URL, {@code figure} a figure, {@code highlight} a fenced
 * code block (the theme highlights it), {@code param} the page's or site's value, {@code youtube}, {@code vimeo}
 * and {@code gist} their embeds (in the preview, which loads nothing from the network, a link instead), and a
 * shortcode commented out (a slash-star comment inside its brackets) the shortcode itself as text. Anything else (a site's own shortcode templates are Go
 * templates) stays as written, with a warning. Output keeps the line count where it can, so the preview's lines
 * still map to the editor's.
 */
public final class HugoShortcodes {
    /** Warnings per post; a generated page of thousands of unknown shortcodes gets one line about the rest. */
    static final int MAX_WARNINGS = 50;
    private static final Pattern CLOSE_HIGHLIGHT = Pattern.compile("\\{\\{[<%]\\s*/highlight\\s*[>%]\\}\\}");
    private static final Pattern PARAM = Pattern.compile(
            "([A-Za-z_][\\w-]*)=(\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`|[^\\s\"`]+)|\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`|(\\S+)");

    /** What a shortcode needs from the site and the post it is in. */
    interface Context {
        /** The site path ({@code /posts/x/}, no baseurl) of the post or page a ref names, if it is found. */
        Optional<String> ref(String path);

        /** A front matter value of the post, else of the site's {@code params}, else null. */
        Object param(String name);

        /** The site's URL ({@code https://example.org}) and baseurl ({@code /blog}). */
        String siteUrl();

        String baseurl();

        /** True in the preview: embeds become links (the preview loads nothing from the network). */
        boolean preview();
    }

    private HugoShortcodes() {
    }

    /** The context of a post {@code source} of the site whose posts {@code index} holds. */
    static Context context(PostIndex index, String source, Map<String, Object> frontMatter, SiteConfig config,
            boolean preview) {
        Map<String, Object> siteParams = SiteConfig.map(config.raw().get("params"));
        return new Context() {
            @Override
            public Optional<String> ref(String path) {
                return index == null ? Optional.empty() : index.hugoRef(path, source);
            }

            @Override
            public Object param(String name) {
                Object v = ignoringCase(frontMatter, name);
                return v != null ? v : ignoringCase(siteParams, name);
            }

            @Override
            public String siteUrl() {
                return config.url();
            }

            @Override
            public String baseurl() {
                return config.baseurl();
            }

            @Override
            public boolean preview() {
                return preview;
            }
        };
    }

    /** Hugo reads front matter and params keys in any case. */
    private static Object ignoringCase(Map<String, Object> map, String key) {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            if (e.getKey().equalsIgnoreCase(key) && e.getValue() != null) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * What expanding a Hugo post's shortcodes would report ({@code quire check}): refs that find nothing, unset
     * params, shortcodes Quire does not know; file lines of {@code postText}, problems' file left empty.
     *
     * @param source the post's path relative to the site folder ({@code content/posts/a.md})
     */
    public static List<Problem> problems(PostIndex index, String source, String postText) {
        Map.Entry<String, Integer> split = PostMetadata.body(postText);
        if (!mayHave(split.getKey())) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        expand(split.getKey(), "", split.getValue(), context(index, source,
                app.quire.post.Post.parse(postText).frontMatter().values(), index.site().config(), false), problems);
        return problems;
    }

    static boolean mayHave(String body) {
        return body.contains("{{<") || body.contains("{{%");
    }

    /** The body with its shortcodes expanded; problems at FILE:LINE:COL (bodyStartLine: the body's 0-based line). */
    static String expand(String body, String file, int bodyStartLine, Context ctx, List<Problem> problems) {
        return expand(body, file, bodyStartLine, ctx, problems, null);
    }

    /**
     * As {@link #expand(String, String, int, Context, List)}; each shortcode's place is added to {@code spans} (when
     * not null) as {start in the output, end in the output, start in the body, end in the body}, in order: what
     * Quire wrote there is not the author's raw HTML (decision 0235).
     */
    static String expand(String body, String file, int bodyStartLine, Context ctx, List<Problem> problems,
            List<int[]> spans) {
        StringBuilder out = new StringBuilder(body.length());
        Lines lines = new Lines(body, bodyStartLine);
        Opens opens = new Opens(body);
        FenceScanner fences = new FenceScanner(body); // the preview's markers stay out of code blocks
        // once no closing mark is found after one place, none is after any later one
        boolean noClosingHighlight = false;
        boolean noLtClose = false;
        boolean noPctClose = false;
        int warnings = 0;
        int i = 0;
        while (true) {
            int open = opens.next(i);
            if (open < 0) {
                return out.append(body, i, body.length()).toString();
            }
            out.append(body, i, open);
            int outOpen = out.length();
            char kind = body.charAt(open + 2);
            int close = kind == '<' ? (noLtClose ? -1 : body.indexOf(">}}", open + 3))
                    : noPctClose ? -1 : body.indexOf("%}}", open + 3);
            if (close < 0) { // never closed: text, and the rest of the body is still looked at
                noLtClose |= kind == '<';
                noPctClose |= kind == '%';
                out.append(body, open, open + 3);
                i = open + 3;
                continue;
            }
            String inner = body.substring(open + 3, close).strip();
            int end = close + 3;
            if (inner.startsWith("/*") && inner.endsWith("*/")) { // commented out: the shortcode itself, as text
                out.append("{{").append(kind).append(' ').append(inner.substring(2, inner.length() - 2).strip())
                        .append(' ').append(kind == '<' ? '>' : '%').append("}}");
                i = end;
                span(spans, outOpen, out.length(), open, end);
                continue;
            }
            List<String> positional = new ArrayList<>();
            Map<String, String> named = new LinkedHashMap<>();
            String name = parse(inner, positional, named);
            String expanded = null;
            switch (name) {
                case "ref", "relref" -> expanded = ref(name.equals("ref"), first(positional, named, "path"), ctx);
                case "figure" -> expanded = figure(named, ctx);
                case "param" -> {
                    Object v = ctx.param(first(positional, named, "name"));
                    expanded = v == null ? null : String.valueOf(v);
                }
                case "youtube" -> expanded = youtube(first(positional, named, "id"), named, ctx);
                case "vimeo" -> expanded = vimeo(first(positional, named, "id"), named, ctx);
                case "gist" -> expanded = gist(positional, ctx);
                case "highlight" -> {
                    Matcher m = CLOSE_HIGHLIGHT.matcher(body);
                    if (noClosingHighlight || !m.find(end)) {
                        noClosingHighlight = true;
                    } else {
                        String lang = positional.isEmpty() ? "" : positional.get(0);
                        boolean lineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
                        expanded = (lineStart ? "" : "\n") + fenced(lang, body.substring(end, m.start()));
                        end = m.end();
                    }
                }
                default -> {
                }
            }
            if (expanded != null && ctx.preview() && OWN_HTML.contains(name)) {
                expanded = RawHtml.own(expanded);
            }
            if (expanded == null && name.startsWith("/")) {
                // the closing half of a shortcode left as written: warned at its start
                out.append(asWritten(body.substring(open, end), "the end of shortcode '" + name.substring(1)
                        + "', left as written", ctx, fences, open));
            } else if (expanded == null) {
                int[] at = lines.at(open);
                if (++warnings > MAX_WARNINGS) {
                    out.append(asWritten(body.substring(open, end), "shortcode left as written", ctx, fences, open));
                    i = end;
                    span(spans, outOpen, out.length(), open, end);
                    continue;
                }
                Problem warning = Problem.warning(file, at[0], at[1], warnings == MAX_WARNINGS
                        ? "more shortcodes Quire cannot expand follow; left as written without further warnings"
                        : switch (name) {
                    case "ref", "relref" -> name + " \"" + first(positional, named, "path") + "\" finds no post or page; "
                            + "left as written";
                    case "param" -> "param \"" + first(positional, named, "name") + "\" is not set; left as written";
                    case "highlight" -> "highlight has no closing {{< /highlight >}}; left as written";
                    default -> "shortcode '" + name + "' is not one Quire knows (a site's own shortcodes are not run);"
                            + " left as written";
                });
                problems.add(warning);
                out.append(asWritten(body.substring(open, end), warning.message(), ctx, fences, open));
            } else {
                out.append(expanded);
            }
            i = end;
            span(spans, outOpen, out.length(), open, end);
        }
    }

    /** Shortcodes whose output is HTML (marked as Quire's own in the preview). */
    private static final java.util.Set<String> OWN_HTML = java.util.Set.of("figure", "youtube", "vimeo", "gist");

    /**
     * A shortcode left as written: the text itself for the export; in the preview a visible marker around it whose
     * tooltip says why (decision 0237), as written (its line breaks kept, so the lines still map to the editor's).
     */
    private static String asWritten(String shortcode, String why, Context ctx, FenceScanner fences, int at) {
        // not inside a fenced code block, where the marker's HTML would show as text
        return ctx.preview() && !fences.inFence(at) ? RawHtml.marker(shortcode, why) : shortcode;
    }

    private static void span(List<int[]> spans, int outStart, int outEnd, int start, int end) {
        if (spans != null) {
            spans.add(new int[] {outStart, outEnd, start, end});
        }
    }

    /** The next "{{<" or "{{%"; each kind's next place is remembered, so a body is scanned once for each. */
    private static final class Opens {
        private final String body;
        private int lt = -2;
        private int pct = -2;

        Opens(String body) {
            this.body = body;
        }

        int next(int from) {
            if (lt != -1 && lt < from) {
                lt = body.indexOf("{{<", from);
            }
            if (pct != -1 && pct < from) {
                pct = body.indexOf("{{%", from);
            }
            return lt < 0 ? pct : pct < 0 ? lt : Math.min(lt, pct);
        }
    }

    /** The shortcode's name; its parameters into the lists (quotes removed, {@code \"} un-escaped). */
    private static String parse(String inner, List<String> positional, Map<String, String> named) {
        Matcher m = PARAM.matcher(inner);
        String name = null;
        while (m.find()) {
            if (name == null) {
                name = m.group();
            } else if (m.group(1) != null) {
                named.put(m.group(1), unquote(m.group(2)));
            } else {
                positional.add(m.group(3) != null ? m.group(3).replaceAll("\\\\(.)", "$1")
                        : m.group(4) != null ? m.group(4) : m.group(5));
            }
        }
        return name == null ? "" : name;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            return v.substring(1, v.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        if (v.length() >= 2 && v.startsWith("`") && v.endsWith("`")) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    private static String first(List<String> positional, Map<String, String> named, String key) {
        return named.containsKey(key) ? named.get(key) : positional.isEmpty() ? "" : positional.get(0);
    }

    private static String ref(boolean absolute, String target, HugoShortcodes.Context ctx) {
        int hash = target.indexOf('#');
        String anchor = hash < 0 ? "" : target.substring(hash);
        String path = hash < 0 ? target : target.substring(0, hash);
        if (path.isEmpty()) {
            return anchor.isEmpty() ? null : anchor; // {{< ref "#x" >}}: an anchor in this page
        }
        Optional<String> url = ctx.ref(path);
        if (url.isEmpty()) {
            return null;
        }
        String relative = LiquidFilters.relative(ctx.baseurl(), url.get()) + anchor;
        return absolute ? ctx.siteUrl() + relative : relative;
    }

    private static String figure(Map<String, String> a, Context ctx) {
        StringBuilder f = new StringBuilder("<figure");
        attr(f, "class", a.get("class"));
        f.append('>');
        if (a.containsKey("link")) {
            f.append("<a");
            attr(f, "href", a.get("link"));
            attr(f, "target", a.get("target"));
            attr(f, "rel", a.get("rel"));
            f.append('>');
        }
        f.append("<img");
        attr(f, "src", a.getOrDefault("src", ""));
        attr(f, "alt", a.containsKey("alt") ? a.get("alt") : a.get("caption") == null ? null : plain(a.get("caption")));
        attr(f, "width", a.get("width"));
        attr(f, "height", a.get("height"));
        f.append(">");
        if (a.containsKey("link")) {
            f.append("</a>");
        }
        String title = a.get("title");
        String caption = a.get("caption");
        String by = a.get("attr");
        if (title != null || caption != null || by != null) {
            f.append("<figcaption>");
            if (title != null) {
                f.append("<h4>").append(Html.escape(title)).append("</h4>");
            }
            if (caption != null || by != null) {
                f.append("<p>");
                if (caption != null) {
                    f.append(inlineMarkdown(caption));
                }
                if (by != null) {
                    String link = a.get("attrlink");
                    f.append(caption != null ? " " : "").append(link == null ? Html.escape(by)
                            : "<a href=\"" + Html.escape(link) + "\">" + Html.escape(by) + "</a>");
                }
                f.append("</p>");
            }
            f.append("</figcaption>");
        }
        return f.append("</figure>").toString();
    }

    private static String youtube(String id, Map<String, String> a, Context ctx) {
        if (id.isEmpty()) {
            return null;
        }
        String url = "https://www.youtube.com/embed/" + Permalinks.encode(id)
                + ("true".equals(a.get("autoplay")) ? "?autoplay=1" : "");
        return embed(url, a.getOrDefault("title", "YouTube Video"), "https://www.youtube.com/watch?v="
                + Permalinks.encode(id), "YouTube video", ctx);
    }

    private static String vimeo(String id, Map<String, String> a, Context ctx) {
        if (id.isEmpty()) {
            return null;
        }
        return embed("https://player.vimeo.com/video/" + Permalinks.encode(id), a.getOrDefault("title", "vimeo video"),
                "https://vimeo.com/" + Permalinks.encode(id), "Vimeo video", ctx);
    }

    private static String embed(String src, String title, String page, String label, Context ctx) {
        if (ctx.preview()) {
            return "<p class=\"quire-embed\">" + label + ": <a href=\"" + Html.escape(page) + "\">" + Html.escape(page)
                    + "</a></p>";
        }
        return "<div style=\"position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;\"><iframe src=\""
                + Html.escape(src) + "\" style=\"position: absolute; top: 0; left: 0; width: 100%; height: 100%; "
                + "border:0;\" allowfullscreen title=\"" + Html.escape(title) + "\"></iframe></div>";
    }

    private static String gist(List<String> p, Context ctx) {
        if (p.size() < 2) {
            return null;
        }
        String page = "https://gist.github.com/" + Permalinks.encode(p.get(0)) + "/" + Permalinks.encode(p.get(1));
        if (ctx.preview()) {
            return "<p class=\"quire-embed\">Gist: <a href=\"" + Html.escape(page) + "\">" + Html.escape(page)
                    + "</a></p>";
        }
        return "<script src=\"" + Html.escape(page) + ".js" + (p.size() > 2 ? "?file=" + Permalinks.encode(p.get(2)) : "")
                + "\"></script>";
    }

    /** A fenced code block of the lines between the shortcodes (a fence longer than any inside). */
    private static String fenced(String lang, String code) {
        String c = code.startsWith("\r\n") ? code.substring(2) : code.startsWith("\n") ? code.substring(1) : code;
        c = c.endsWith("\n") ? c.substring(0, c.length() - 1) : c;
        String fence = "```";
        while (c.contains(fence)) {
            fence += "`";
        }
        String info = lang.replaceAll("[^\\w+#.-]", "");
        return fence + info + "\n" + c + (c.isEmpty() ? "" : "\n") + fence;
    }

    private static void attr(StringBuilder f, String name, String value) {
        if (value != null) {
            f.append(' ').append(name).append("=\"").append(Html.escape(value)).append('"');
        }
    }

    private static String inlineMarkdown(String text) {
        String html = MarkdownRenderer.shared().toHtml(text).strip();
        return html.startsWith("<p>") && html.endsWith("</p>") ? html.substring(3, html.length() - 4) : Html.escape(text);
    }

    private static String plain(String markdown) {
        return inlineMarkdown(markdown).replaceAll("<[^>]*>", "");
    }

    /** Line and column (1-based, lines of the whole file) of offsets asked for in increasing order. */
    private static final class Lines {
        private final String body;
        private int line;
        private int lineStart;
        private int scanned;

        Lines(String body, int bodyStartLine) {
            this.body = body;
            this.line = bodyStartLine + 1;
        }

        int[] at(int offset) {
            for (; scanned < offset; scanned++) {
                if (body.charAt(scanned) == '\n') {
                    line++;
                    lineStart = scanned + 1;
                }
            }
            return new int[] {line, offset - lineStart + 1};
        }
    }
}
