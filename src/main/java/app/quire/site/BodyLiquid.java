package app.quire.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liqp.TemplateContext;
import liqp.TemplateParser;
import liqp.nodes.LNode;
import liqp.tags.Tag;

/**
 * Liquid in post bodies, processed before Markdown as Jekyll does: {@code {{ site.* }}}, {@code {{ page.* }}},
 * {@code relative_url}, {@code absolute_url}, {@code {% post_url %}}, {@code {% link %}},
 * {@code {% highlight %}}, {@code {% raw %}} and Liquid's own tags. A tag Quire does not know stays visible
 * with a warning; a Liquid syntax error is reported and the body is used without Liquid processing.
 * {@code include} is not supported on purpose (it reads files by name; see docs/decisions/0064).
 */
final class BodyLiquid {
    static final Set<String> KNOWN = Set.of("assign", "capture", "endcapture", "case", "when", "else", "endcase",
            "comment", "endcomment", "cycle", "for", "endfor", "break", "continue", "if", "elsif", "endif",
            "ifchanged", "endifchanged", "increment", "decrement", "tablerow", "endtablerow", "unless",
            "endunless", "post_url", "link", "include", "include_relative");

    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)(.*?)-?%\\}", Pattern.DOTALL);
    private static final Pattern END_RAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%\\}");
    private static final Pattern INCLUDE_TAG = Pattern.compile("\\{%-?\\s*include(?:_relative)?\\s");
    private static final Pattern END_HIGHLIGHT = Pattern.compile("\\{%-?\\s*endhighlight\\s*-?%\\}");
    /** How a problem about a post_url or link target that is not found starts. */
    static final String NOT_FOUND = "no published post or page '";
    private static final Pattern ERROR_AT = Pattern.compile("line (\\d+), index (\\d+)");
    private static final Pattern UNKNOWN_FILTER = Pattern.compile("no filter available named: \\|?([\\w-]+)");
    /** How many outputs with unknown filters one body may have before its Liquid is left out altogether. */
    private static final int MAX_UNKNOWN_FILTERS = 50;

    /** Made on first use: an export whose posts need no Liquid never starts it up. */
    private final Lazy<TemplateParser> parser;
    /** The files {@code include} may read: the site's {@code _includes/} folder only. */
    private final IncludeFiles includes;
    /** Jekyll's include, safe; its problems are collected and reported at the tag. Made with the parser. */
    private final Lazy<SafeInclude> include;
    /** Jekyll's include_relative: files beside the post being rendered on this thread ({@link #relative}). */
    private final Lazy<SafeInclude> includeRelative;
    private final Path siteRoot;
    private final ThreadLocal<IncludeFiles> relative = new ThreadLocal<>();
    /** The posts {@code post_url} and {@code link} look up; asked for only when a body uses them. */
    private final java.util.function.Supplier<PostIndex> index;
    /** The preview's mode: a highlight block keeps its lines, so the page still lines up with the editor. */
    private final boolean keepLines;
    private final ThreadLocal<List<String>> missing = ThreadLocal.withInitial(ArrayList::new);

    BodyLiquid(PostIndex index) {
        this(index.site().root(), () -> index, false);
    }

    BodyLiquid(Path siteRoot, java.util.function.Supplier<PostIndex> index, boolean keepLines) {
        this.includes = new IncludeFiles(siteRoot);
        this.siteRoot = siteRoot;
        this.include = new Lazy<>(() -> new SafeInclude(includes, false));
        this.includeRelative = new Lazy<>(() -> new SafeInclude("include_relative", relative::get, false));
        this.parser = new Lazy<>(() -> LiquidFilters.parser(new PostUrl(), new Link(), include.get(),
                includeRelative.get()));
        this.index = index;
        this.keepLines = keepLines;
    }

    /** Whether {@code at} lies inside a fenced code block of {@code body} (see {@link FenceScanner}). */
    static boolean inFence(String body, int at) {
        return new FenceScanner(body).inFence(at);
    }

    /** Renders the Liquid in a body; problems get file lines (bodyStartLine = the body's 0-based first line). */
    String render(String body, String file, int bodyStartLine, Map<String, Object> vars, List<Problem> problems) {
        relative.set(file.isEmpty() ? null : IncludeFiles.besides(siteRoot, siteRoot.resolve(file)));
        try {
            return renderHere(body, file, bodyStartLine, vars, problems);
        } finally {
            relative.remove();
        }
    }

    private String renderHere(String body, String file, int bodyStartLine, Map<String, Object> vars,
            List<Problem> problems) {
        String prepared = prepare(body, file, bodyStartLine, problems);
        List<String> notFound = missing.get();
        notFound.clear();
        List<SafeInclude.Trouble> includeTrouble = include.get().troubles();
        includeTrouble.clear();
        List<SafeInclude.Trouble> relativeTrouble = includeRelative.get().troubles();
        relativeTrouble.clear();
        try {
            String out = null;
            for (int tries = 0; out == null; tries++) {
                try {
                    out = parser.get().parse(prepared).render(vars);
                } catch (RuntimeException e) {
                    String kept = tries < MAX_UNKNOWN_FILTERS ? keepUnknownFilter(prepared, e, body, file,
                            bodyStartLine, problems) : null;
                    if (kept == null) {
                        throw e;
                    }
                    prepared = kept;
                    notFound.clear();
                    includeTrouble.clear();
                    relativeTrouble.clear();
                }
            }
            for (String target : notFound) {
                int at = Math.max(0, body.indexOf(target));
                problems.add(Problem.error(file, bodyStartLine + lineOf(body, at), columnOf(body, at),
                        NOT_FOUND + target + "' for post_url/link"));
            }
            includeTrouble.addAll(relativeTrouble);
            for (SafeInclude.Trouble trouble : includeTrouble) {
                int at = includeTagAt(body, trouble.topName());
                problems.add(Problem.warning(file, bodyStartLine + lineOf(body, at), columnOf(body, at),
                        trouble.why()));
            }
            return out;
        } catch (OutOfMemoryError e) {
            // a value that doubles itself in a loop; the half-built string is garbage once we are out of here
            problems.add(Problem.error(file, bodyStartLine + 1, 1, "Liquid: the body grew too large to render "
                    + "(a value that keeps growing in a loop?); body exported without Liquid processing"));
            return body;
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage()).replace('\n', ' ');
            Matcher m = ERROR_AT.matcher(msg);
            int line = bodyStartLine + 1;
            int col = 1;
            if (m.find()) {
                line = bodyStartLine + Integer.parseInt(m.group(1));
                col = Integer.parseInt(m.group(2)) + 1;
            }
            problems.add(Problem.error(file, line, col, "Liquid: " + msg + "; body exported without Liquid processing"));
            return body;
        } finally {
            notFound.clear();
            includeTrouble.clear();
            relativeTrouble.clear();
        }
    }

    /**
     * For a parse error naming an unknown filter ({@code {{ x | plugin_filter }}}): the prepared text with that
     * output kept as written (in raw) and a warning at its place in the body, so the rest of the body's Liquid
     * still renders, as for an unknown tag; null for any other error.
     */
    private static String keepUnknownFilter(String prepared, RuntimeException e, String body, String file,
            int bodyStartLine, List<Problem> problems) {
        String msg = String.valueOf(e.getMessage()).replace('\n', ' ');
        Matcher filter = UNKNOWN_FILTER.matcher(msg);
        Matcher at = ERROR_AT.matcher(msg);
        if (!filter.find() || !at.find()) {
            return null;
        }
        int offset = 0;
        for (int line = 1; line < Integer.parseInt(at.group(1)); line++) {
            offset = prepared.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return null;
            }
        }
        offset += Integer.parseInt(at.group(2));
        int open = prepared.lastIndexOf("{{", offset);
        int close = prepared.indexOf("}}", offset);
        if (open < 0 || close < 0 || prepared.lastIndexOf("}}", offset) > open) {
            return null; // not inside an output (a filter in a tag): the body is left without Liquid
        }
        String output = prepared.substring(open, close + 2);
        int inBody = Math.max(0, body.indexOf(output));
        problems.add(Problem.warning(file, bodyStartLine + lineOf(body, inBody), columnOf(body, inBody),
                "unknown Liquid filter '" + filter.group(1) + "' left as written"));
        return prepared.substring(0, open) + "{% raw %}" + output + "{% endraw %}" + prepared.substring(close + 2);
    }

    /** Rewrites highlight blocks to HTML, quotes post_url/link arguments and escapes unknown tags. */
    String prepare(String body, String file, int bodyStartLine, List<Problem> problems) {
        StringBuilder out = new StringBuilder(body.length() + 64);
        Matcher m = TAG.matcher(body);
        int pos = 0;
        FenceScanner fences = null; // the preview's: made at the first unknown tag
        while (pos < body.length() && m.find(pos)) {
            out.append(body, pos, m.start());
            String name = m.group(1);
            String args = m.group(2).trim();
            if (name.equals("raw")) {
                Matcher end = END_RAW.matcher(body);
                int stop = end.find(m.end()) ? end.end() : body.length();
                out.append(body, m.start(), stop);
                pos = stop;
                continue;
            }
            if (name.equals("highlight")) {
                Matcher end = END_HIGHLIGHT.matcher(body);
                boolean closed = end.find(m.end());
                String code = body.substring(m.end(), closed ? end.start() : body.length());
                String lang = args.isEmpty() ? "plaintext" : args.split("\\s+")[0].replaceAll("[^\\w+#.-]", "");
                String shown = code.replaceAll("^\\r?\\n", "").replaceAll("\\s+$", "");
                out.append("<pre class=\"highlight\"><code class=\"language-").append(lang).append("\" data-lang=\"")
                        .append(lang).append("\">")
                        .append(Html.escape(shown).replace("{", "&#123;").replace("}", "&#125;"))
                        .append("</code></pre>");
                if (keepLines) {
                    // the tags' lines and the trimmed ones follow the block as blank lines
                    String block = body.substring(m.start(), closed ? end.end() : body.length());
                    out.append("\n".repeat(Math.max(0, newlines(block) - newlines(shown))));
                }
                if (!closed) {
                    problems.add(Problem.error(file, bodyStartLine + lineOf(body, m.start()), columnOf(body, m.start()),
                            "highlight block is never closed with endhighlight"));
                }
                pos = closed ? end.end() : body.length();
                continue;
            }
            if ((name.equals("include") || name.equals("include_relative")) && !args.contains("{{")) {
                String target = args.split("\\s+")[0];
                IncludeFiles from = name.equals("include") ? includes : relative.get();
                IncludeFiles.Found found = from != null ? from.read(target)
                        : new IncludeFiles.Refused("include_relative needs the post to be saved in the blog");
                if (found instanceof IncludeFiles.Refused refused) {
                    problems.add(Problem.warning(file, bodyStartLine + lineOf(body, m.start()),
                            columnOf(body, m.start()), refused.why() + "; left as written"));
                    out.append("{% raw %}").append(m.group()).append("{% endraw %}");
                    pos = m.end();
                    continue;
                }
            }
            if (name.equals("post_url") || name.equals("link")) {
                out.append("{% ").append(name).append(" \"").append(args.replace("\"", "")).append("\" %}");
            } else if (KNOWN.contains(name)) {
                out.append(m.group());
            } else {
                String why = "unknown Liquid tag '" + name + "' left as written";
                problems.add(Problem.warning(file, bodyStartLine + lineOf(body, m.start()), columnOf(body, m.start()),
                        why));
                // the preview shows it in a marker with the export's warning (decision 0237), but not inside a
                // fenced code block, where the marker's HTML would show as text
                if (keepLines && fences == null) {
                    fences = new FenceScanner(body);
                }
                boolean marked = keepLines && !m.group().contains("\n") && !fences.inFence(m.start());
                out.append("{% raw %}").append(marked ? app.quire.markdown.RawHtml.marker(m.group(), why) : m.group())
                        .append("{% endraw %}");
            }
            pos = m.end();
        }
        if (pos < body.length()) {
            out.append(body, pos, body.length());
        }
        return out.toString();
    }

    /** Where the body's tag including {@code name} starts (the first include when not found; 0 without any). */
    private static int includeTagAt(String body, String name) {
        Matcher tag = INCLUDE_TAG.matcher(body);
        int first = -1;
        while (tag.find()) {
            first = first < 0 ? tag.start() : first;
            int at = tag.end();
            while (at < body.length() && Character.isWhitespace(body.charAt(at))) {
                at++;
            }
            if (name != null && body.startsWith(name, at)) {
                return tag.start();
            }
        }
        return Math.max(0, first);
    }

    private static int newlines(String s) {
        int n = 0;
        for (int i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
            n++;
        }
        return n;
    }

    /** 1-based line within the text of the character at offset. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static int columnOf(String text, int offset) {
        int nl = text.lastIndexOf('\n', offset - 1);
        return offset - nl;
    }

    private static String argument(TemplateContext context, LNode... nodes) {
        StringBuilder sb = new StringBuilder();
        for (LNode n : nodes) {
            sb.append(n.render(context));
        }
        String arg = sb.toString().trim();
        if (arg.length() >= 2 && arg.startsWith("\"") && arg.endsWith("\"")) {
            arg = arg.substring(1, arg.length() - 1);
        }
        return arg;
    }

    private final class PostUrl extends Tag {
        PostUrl() {
            super("post_url");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String name = argument(context, nodes);
            return index.get().byPostName(name)
                    .map(e -> LiquidFilters.relative(LiquidFilters.siteValue(context, "baseurl"), e.url()))
                    .orElseGet(() -> {
                        missing.get().add(name);
                        return "#";
                    });
        }
    }

    private final class Link extends Tag {
        Link() {
            super("link");
        }

        @Override
        public Object render(TemplateContext context, LNode... nodes) {
            String path = argument(context, nodes);
            return index.get().urlOfSource(path)
                    .map(url -> LiquidFilters.relative(LiquidFilters.siteValue(context, "baseurl"), url))
                    .orElseGet(() -> {
                        missing.get().add(path);
                        return "#";
                    });
        }
    }
}
