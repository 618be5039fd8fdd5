package app.quire.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw HTML a site's Markdown renderer leaves out (Hugo's goldmark without {@code markup.goldmark.renderer.unsafe},
 * decision 0235). The export writes {@link #OMITTED} in its place, byte for byte as Hugo does; HTML Quire wrote
 * itself (a shortcode's figure) is kept through a {@link Filter}. The preview shows a {@link #marker} instead, so it
 * never silently differs from the export; the HTML Quire writes there carries {@link #OWN_ATTRIBUTE}.
 */
public final class RawHtml {
    /** What goldmark writes for raw HTML it does not pass through, as a block (with a line end) or inline. */
    public static final String OMITTED = "<!-- raw HTML omitted -->";
    /** Marks the preview's own HTML (shortcode output, markers), which is never left out. */
    public static final String OWN_ATTRIBUTE = "data-quire";
    /** The class of a preview marker: something the export does differently is shown here, with a tooltip. */
    public static final String MARKER_CLASS = "quire-marker";

    static final String OMITTED_TIP = "The exported page leaves this HTML out, as Hugo does: the site's config does "
            + "not set [markup.goldmark.renderer] unsafe = true.";

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern OPEN_TAG = Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)(?=[\\s/>])");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "source", "track", "wbr");

    /** Which raw HTML nodes of an export render stay; the rest become {@link #OMITTED}. */
    @FunctionalInterface
    public interface Filter {
        /**
         * @param start offset of the node's first character in the text given to
         *              {@link MarkdownRenderer#toHtml(String, Filter)}
         * @param end   offset after its last character
         */
        boolean keep(int start, int end);
    }

    private RawHtml() {
    }

    /** The first line of an HTML block of CommonMark's kinds 1-5 and the text that ends each (kind 1: group 1). */
    private static final Pattern KIND_1_TO_5 = Pattern.compile(
            "^ {0,3}(?:<(script|pre|style|textarea)(?:[\\s>]|$)|(<!--)|(<\\?)|(<![A-Za-z])|(<!\\[CDATA\\[))",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether an HTML block ends on a line of its own after its first, with the text that closes its kind
     * ({@code </pre>}, {@code -->}, {@code ?>}, {@code >}, {@code ]]>}): goldmark keeps that line apart and writes
     * a second {@link #OMITTED} for it.
     */
    static boolean hasClosingLine(CharSequence block) {
        String text = block.toString();
        int nl = text.indexOf('\n');
        if (nl < 0 || nl == text.length() - 1) {
            return false;
        }
        Matcher m = KIND_1_TO_5.matcher(text);
        if (!m.find()) {
            return false;
        }
        String closer = m.group(1) != null ? null : m.group(2) != null ? "-->" : m.group(3) != null ? "?>"
                : m.group(4) != null ? ">" : "]]>";
        String first = text.substring(0, nl);
        String rest = text.substring(nl + 1);
        if (closer == null) {
            Pattern end = Pattern.compile("</(script|pre|style|textarea)>", Pattern.CASE_INSENSITIVE);
            return !end.matcher(first).find() && end.matcher(rest).find();
        }
        return !first.contains(closer) && rest.contains(closer);
    }

    /** A visible preview marker: {@code text} in a small badge, {@code tooltip} as its title. */
    public static String marker(String text, String tooltip) {
        return "<span " + OWN_ATTRIBUTE + " class=\"" + MARKER_CLASS + "\" title=\"" + attr(tooltip) + "\">"
                + attr(text) + "</span>";
    }

    /** HTML Quire wrote for the preview with {@link #OWN_ATTRIBUTE} on every opening tag. */
    public static String own(String html) {
        return OPEN_TAG.matcher(html).replaceAll("<$1 " + OWN_ATTRIBUTE);
    }

    /**
     * Whether a raw HTML node of the preview is Quire's own: every opening tag carries {@link #OWN_ATTRIBUTE} (as its
     * first attribute, where {@link #own} and {@link #marker} put it) and
     * every closing tag closes one of those; {@code open} keeps the names still open, in document order.
     */
    static boolean isOwn(CharSequence node, Deque<String> open) {
        Matcher m = TAG.matcher(node);
        Deque<String> after = new ArrayDeque<>(open);
        boolean any = false;
        while (m.find()) {
            any = true;
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            if (m.group(1).isEmpty()) {
                if (!m.group(3).matches("(?s)\\s+" + OWN_ATTRIBUTE + "(\\s.*|/|)")) {
                    return false;
                }
                if (!VOID.contains(name) && !m.group(3).endsWith("/")) {
                    after.push(name);
                }
            } else {
                if (!name.equals(after.peek())) {
                    return false;
                }
                after.pop();
            }
        }
        if (any) {
            open.clear();
            open.addAll(after);
        }
        return any;
    }

    private static String attr(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
