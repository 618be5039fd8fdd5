package app.quire.markdown;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributes an author asked for in the Markdown (kramdown's attribute lists, decision 0220), carried through the
 * one Markdown pipeline as HTML comments and applied to the rendered HTML. The site layer writes a mark where the
 * list was: right after an inline element ({@link #SPAN}), alone on the line after a block ({@link #PREVIOUS}) or
 * alone on the line before one ({@link #NEXT}). CommonMark keeps such a comment as it is (inline, or as an HTML
 * block that ends the paragraph before it), so the mark sits right after the element's end tag or right before
 * its start tag. {@link #apply} then merges the attributes into that element's start tag and removes every mark;
 * a mark with no element where it points is removed and nothing else changes. HTML without a mark is returned as
 * it is.
 *
 * <p>Applying: {@code class} is added to the element's classes, any other name replaces the value in place or is
 * added after the element's own attributes. Values are escaped ({@code < > " &}, entities kept, as kramdown
 * does). In the preview, event handlers ({@code on*}), script URLs and the preview's own line attributes are not
 * applied (the export keeps what the author wrote, as Jekyll does).
 */
public final class AttributeMarks {
    /** Kinds of mark. */
    public static final char SPAN = 's';
    public static final char PREVIOUS = 'p';
    public static final char NEXT = 'n';

    static final String PREFIX = "<!--quire-attr:";
    /** In every mark, raw or escaped as text: the quick check. */
    private static final String NAME_MARK = "quire-attr:";
    private static final Pattern MARK = Pattern.compile(
            "<!--quire-attr:([spn]):([A-Za-z0-9%=;+]*):([A-Za-z0-9%]*)-->");
    /** A mark Markdown showed as text (it landed in code, as in a code span over several lines). */
    private static final Pattern TEXT_MARK = Pattern.compile(
            "&lt;!--quire-attr:([spn]):([A-Za-z0-9%=;+]*):([A-Za-z0-9%]*)--&gt;");
    /** A preview block that is nothing but block marks (an attribute list's own line). */
    private static final Pattern MARK_BLOCK = Pattern.compile(
            "(<div class=\"html-block\"[^>]*>)\\s*((?:<!--quire-attr:[pn]:[A-Za-z0-9%=;+]*:[A-Za-z0-9%]*-->\\s*)+)</div>");
    private static final Pattern TAG = Pattern.compile(
            "<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_:-]*");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");

    private AttributeMarks() {
    }

    /**
     * The mark for an attribute list: {@code pairs} in order, name then value; the name {@code class} adds to the
     * element's classes, any other name sets the attribute. Names that are not attribute names are left out.
     * {@code source}: the list as written, shown again where a span mark points at nothing or where Markdown
     * made the mark text (inside code).
     */
    public static String mark(char kind, List<Map.Entry<String, String>> pairs, String source) {
        StringBuilder m = new StringBuilder(PREFIX).append(kind).append(':');
        boolean first = true;
        for (Map.Entry<String, String> p : pairs) {
            if (!NAME.matcher(p.getKey()).matches()) {
                continue;
            }
            if (!first) {
                m.append(';');
            }
            first = false;
            encode(m, p.getKey());
            m.append('=');
            encode(m, p.getValue());
        }
        m.append(':');
        encode(m, source);
        return m.append("-->").toString();
    }

    /** Whether a text holds a mark (the quick check). */
    public static boolean mayHave(CharSequence html) {
        return html.toString().contains(NAME_MARK);
    }

    /** The export's HTML with its marks applied and removed (the same string when it has none). */
    public static String apply(String html) {
        return mayHave(html) ? applyIn(html, false, true) : html;
    }

    /**
     * The preview's blocks with their marks applied: span marks inside each block; a block that is only block
     * marks (an attribute list's own line) applies them to the block on the line before or after it, and shows
     * as its wrapper with only the marks (comments: nothing shows) inside; it keeps its lines for caret and
     * scroll sync, and tells an incremental render to include it with its neighbour.
     */
    static List<RenderedBlock> applyInPreview(List<RenderedBlock> blocks) {
        boolean any = false;
        for (RenderedBlock b : blocks) {
            any |= b.block().html().contains(NAME_MARK);
        }
        if (!any) {
            return blocks;
        }
        String[] html = new String[blocks.size()];
        for (int i = 0; i < html.length; i++) {
            String h = blocks.get(i).block().html();
            html[i] = h.contains(NAME_MARK) && !MARK_BLOCK.matcher(h).matches() ? applyIn(h, true, false) : h;
        }
        for (int i = 0; i < html.length; i++) {
            Matcher only = MARK_BLOCK.matcher(html[i]);
            if (!only.matches()) {
                continue;
            }
            PreviewBlock self = blocks.get(i).block();
            Matcher m = MARK.matcher(only.group(2));
            while (m.find()) {
                int target = m.group(1).charAt(0) == PREVIOUS ? i - 1 : i + 1;
                if (target < 0 || target >= html.length || MARK_BLOCK.matcher(html[target]).matches()) {
                    continue;
                }
                PreviewBlock t = blocks.get(target).block();
                boolean adjacent = target < i ? t.endLine() + 1 == self.startLine()
                        : self.endLine() + 1 == t.startLine();
                Matcher tag = TAG.matcher(html[target]);
                if (adjacent && tag.lookingAt() && tag.group(1).isEmpty()) {
                    html[target] = tagWith(html[target], tag, decode(m.group(2)), true) + html[target]
                            .substring(tag.end());
                }
            }
            // the marks stay in the (empty) wrapper: an incremental render extends its window over them
        }
        List<RenderedBlock> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < html.length; i++) {
            RenderedBlock b = blocks.get(i);
            PreviewBlock p = b.block();
            out.add(html[i].equals(p.html()) ? b
                    : new RenderedBlock(new PreviewBlock(p.startLine(), p.endLine(), html[i]), b.headingBases(),
                            b.fresh()));
        }
        return out;
    }

    /** Whether a preview block is an attribute list's own line giving attributes to the block after it. */
    static boolean givesToNext(String blockHtml) {
        return blockHtml.contains(PREFIX + NEXT) && MARK_BLOCK.matcher(blockHtml).matches();
    }

    /** Whether a preview block is an attribute list's own line giving attributes to the block before it. */
    static boolean givesToPrevious(String blockHtml) {
        return blockHtml.contains(PREFIX + PREVIOUS) && MARK_BLOCK.matcher(blockHtml).matches();
    }

    /** An element's start tag (from {@code start} to {@code end}) and the attribute lists for it. */
    private record Target(int start, int end, List<List<Map.Entry<String, String>>> lists) {
    }

    /** An element: its start tag's span and where it ends (after its end tag, or its tag when it has none). */
    private record Element(String name, int start, int end, int closeEnd) {
    }

    /**
     * Applies the marks of a piece of HTML. {@code blocks}: block marks are applied (top-level elements);
     * otherwise they are only removed.
     */
    private static String applyIn(String html, boolean preview, boolean blocks) {
        TreeMap<Integer, Target> targets = new TreeMap<>();
        List<Cut> removed = new ArrayList<>();
        ArrayDeque<Element> open = new ArrayDeque<>();
        Element lastClosed = null;
        Element lastTop = null;
        List<List<Map.Entry<String, String>>> pending = new ArrayList<>();
        int pendingFrom = -1;
        Matcher tag = TAG.matcher(html);
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                if (close < 0) {
                    break;
                }
                int end = close + 3;
                Matcher m = MARK.matcher(html).region(lt, end);
                if (m.matches()) {
                    char kind = m.group(1).charAt(0);
                    var list = decode(m.group(2));
                    int removeEnd = end;
                    String with = "";
                    if (kind == SPAN) {
                        if (lastClosed != null && lastClosed.closeEnd() == lt) {
                            target(targets, lastClosed).lists().add(list);
                        } else {
                            with = escapeText(decodePart(m.group(3))); // after plain text: kramdown keeps it
                        }
                    } else {
                        boolean lineOfItsOwn = (lt == 0 || html.charAt(lt - 1) == '\n') && end < n
                                && html.charAt(end) == '\n';
                        if (lineOfItsOwn) {
                            removeEnd = end + 1;
                        }
                        if (blocks && open.isEmpty()) {
                            if (kind == PREVIOUS && lastTop != null && html.substring(lastTop.closeEnd(), lt).isBlank()) {
                                target(targets, lastTop).lists().add(list);
                            } else if (kind == NEXT) {
                                pending.add(list);
                                pendingFrom = removeEnd;
                            }
                        }
                    }
                    removed.add(new Cut(lt, removeEnd, with));
                    i = removeEnd;
                } else {
                    i = end;
                }
                continue;
            }
            if (!tag.region(lt, n).lookingAt()) {
                i = lt + 1;
                continue;
            }
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (tag.group(1).isEmpty()) {
                if (!pending.isEmpty() && open.isEmpty() && html.substring(pendingFrom, lt).isBlank()) {
                    Target t = targets.computeIfAbsent(lt, k -> new Target(lt, tag.end(), new ArrayList<>()));
                    t.lists().addAll(pending);
                }
                pending.clear();
                if (VOID.contains(name) || !tag.group(4).isEmpty()) {
                    lastClosed = new Element(name, lt, tag.end(), tag.end());
                    if (open.isEmpty()) {
                        lastTop = lastClosed;
                    }
                } else {
                    open.push(new Element(name, lt, tag.end(), -1));
                    if (RAW_TEXT.contains(name)) {
                        i = endTagAt(html, name, tag.end());
                        continue;
                    }
                }
            } else if (open.stream().anyMatch(e -> e.name().equals(name))) {
                Element e;
                do {
                    e = open.pop();
                } while (!e.name().equals(name));
                lastClosed = new Element(name, e.start(), e.end(), tag.end());
                if (open.isEmpty()) {
                    lastTop = lastClosed;
                }
            }
            i = tag.end();
        }
        StringBuilder out = new StringBuilder(html.length());
        int from = 0;
        int r = 0;
        for (Target t : targets.values()) {
            while (r < removed.size() && removed.get(r).start() < t.start()) {
                out.append(html, from, removed.get(r).start()).append(removed.get(r).with());
                from = removed.get(r).end();
                r++;
            }
            out.append(html, from, t.start());
            Matcher m = TAG.matcher(html).region(t.start(), t.end());
            if (m.matches()) {
                String rewritten = null;
                for (var list : t.lists()) {
                    String current = rewritten == null ? html.substring(t.start(), t.end()) : rewritten;
                    Matcher cm = TAG.matcher(current);
                    rewritten = cm.matches() ? tagWith(current, cm, list, preview) : current;
                }
                out.append(rewritten);
            } else {
                out.append(html, t.start(), t.end());
            }
            from = t.end();
        }
        while (r < removed.size()) {
            if (removed.get(r).start() >= from) {
                out.append(html, from, removed.get(r).start()).append(removed.get(r).with());
                from = removed.get(r).end();
            }
            r++;
        }
        return asWritten(out.append(html, from, n).toString());
    }

    /** A mark's place: the HTML from {@code start} to {@code end} becomes {@code with}. */
    private record Cut(int start, int end, String with) {
    }

    /**
     * Marks left where no element can take them (shown as text in code, or inside a tag's attribute value) give
     * back the list as written.
     */
    private static String asWritten(String html) {
        if (!html.contains(NAME_MARK)) {
            return html;
        }
        String out = TEXT_MARK.matcher(html).replaceAll(m -> Matcher.quoteReplacement(
                escapeText(decodePart(m.group(3)))));
        return MARK.matcher(out).replaceAll(m -> Matcher.quoteReplacement(escapeText(decodePart(m.group(3)))));
    }

    private static String escapeText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Where the end tag of a raw-text element ({@code </script}, any case) starts; the end when there is none. */
    private static int endTagAt(String html, String name, int from) {
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
            if (html.regionMatches(true, at + 2, name, 0, name.length())) {
                return at;
            }
        }
        return html.length();
    }

    private static Target target(TreeMap<Integer, Target> targets, Element e) {
        return targets.computeIfAbsent(e.start(), k -> new Target(e.start(), e.end(), new ArrayList<>()));
    }

    /** The start tag matched by {@code tag} (at the start of its region) with an attribute list merged in. */
    private static String tagWith(String html, Matcher tag, List<Map.Entry<String, String>> list, boolean preview) {
        String name = tag.group(2);
        LinkedHashMap<String, String> attrs = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(tag.group(3));
        while (a.find()) {
            String v = a.group(2);
            if (v != null && (v.startsWith("\"") || v.startsWith("'"))) {
                v = v.substring(1, v.length() - 1);
            }
            attrs.putIfAbsent(a.group(1), v == null ? null : v.replace("\"", "&quot;"));
        }
        // kramdown writes a heading's own id after the author's attributes
        boolean heading = name.length() == 2 && (name.charAt(0) == 'h' || name.charAt(0) == 'H')
                && name.charAt(1) >= '1' && name.charAt(1) <= '6';
        String ownId = heading ? attrs.remove("id") : null;
        for (Map.Entry<String, String> p : list) {
            String key = p.getKey().toLowerCase(Locale.ROOT);
            String value = escape(p.getValue());
            if (!NAME.matcher(key).matches() || preview && !allowedInPreview(key, p.getValue())) {
                continue;
            }
            if (key.equals("class")) {
                String old = attrs.get("class");
                attrs.put("class", old == null || old.isBlank() ? value : (old + " " + value).strip());
            } else {
                attrs.put(key, value);
            }
        }
        if (ownId != null && !attrs.containsKey("id")) {
            attrs.put("id", ownId);
        }
        StringBuilder out = new StringBuilder("<").append(name);
        for (Map.Entry<String, String> e : attrs.entrySet()) {
            out.append(' ').append(e.getKey());
            if (e.getValue() != null) {
                out.append("=\"").append(e.getValue()).append('"');
            }
        }
        return out.append(tag.group(4).isEmpty() ? ">" : " />").toString();
    }

    private static boolean allowedInPreview(String key, String value) {
        return !key.startsWith("on") && !key.startsWith("data-line") && !key.equals("srcdoc")
                && !key.equals("formaction") && HtmlSanitizer.isSafeUrlValue(value, key.equals("style"));
    }

    /** kramdown's attribute escaping: {@code < > "} and a {@code &} that does not start an entity. */
    static String escape(String v) {
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '&' -> {
                    Matcher e = ENTITY.matcher(v).region(i, v.length());
                    out.append(e.lookingAt() ? "&" : "&amp;");
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void encode(StringBuilder out, String s) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
    }

    private static List<Map.Entry<String, String>> decode(String payload) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (payload.isEmpty()) {
            return out;
        }
        for (String pair : payload.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.add(Map.entry(decodePart(pair.substring(0, eq)), decodePart(pair.substring(eq + 1))));
            }
        }
        return out;
    }

    private static String decodePart(String s) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
