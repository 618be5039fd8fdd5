package app.quire.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an author's raw HTML safe to show in the preview: drops script-capable elements ({@code script},
 * {@code iframe}, {@code object}, {@code embed}, ...), {@code on*} event-handler attributes and
 * {@code javascript:}/{@code vbscript:}/{@code data:text} URLs; any {@code <} that does not start a well-formed
 * tag or comment is escaped, so no tag can hide in malformed markup. Only the preview uses it; the export keeps
 * the author's HTML as written.
 */
final class HtmlSanitizer {
    private HtmlSanitizer() {
    }

    private static final Set<String> DROPPED_ELEMENTS = Set.of("script", "iframe", "object", "embed", "frame",
            "frameset", "applet", "base", "meta", "link", "noscript", "template");
    /** Elements whose content goes too (their text is code, not prose). */
    private static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "noscript", "template");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "background", "poster", "cite", "data", "srcset", "lowsrc", "dynsrc", "longdesc", "codebase");

    private static final Pattern TAG = Pattern.compile(
            "<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");

    static String sanitize(String html) {
        return sanitize(html, null);
    }

    /**
     * As {@link #sanitize(String)}, with each kept {@code src} and {@code poster} value (entities decoded) given to
     * {@code sources} first: the preview shows a raw {@code <img src="/assets/a.png">} from the site's folder as
     * it does a Markdown image. Null: values as written.
     */
    static String sanitize(String html, java.util.function.UnaryOperator<String> sources) {
        StringBuilder out = new StringBuilder(html.length());
        Matcher tag = TAG.matcher(html);
        int i = 0;
        int n = html.length();
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0) {
                out.append(html, i, n);
                break;
            }
            out.append(html, i, lt);
            if (html.startsWith("<!--", lt)) {
                int close = html.indexOf("-->", lt + 4);
                if (close >= 0) {
                    if (!html.startsWith(PreviewNodeRenderer.BLOCK_MARK, lt)) {
                        out.append(html, lt, close + 3);
                    }
                    i = close + 3;
                    continue;
                }
            } else if (tag.region(lt, n).lookingAt()) {
                String name = tag.group(2).toLowerCase(Locale.ROOT);
                boolean closing = !tag.group(1).isEmpty();
                i = tag.end();
                if (DROPPED_ELEMENTS.contains(name)) {
                    if (!closing && DROPPED_WITH_CONTENT.contains(name)) {
                        int end = html.toLowerCase(Locale.ROOT).indexOf("</" + name, i);
                        if (end < 0) {
                            i = n;
                        } else {
                            int gt = html.indexOf('>', end);
                            i = gt < 0 ? n : gt + 1;
                        }
                    }
                    continue;
                }
                out.append('<').append(tag.group(1)).append(tag.group(2));
                if (!closing) {
                    appendSafeAttributes(out, tag.group(3), sources);
                }
                out.append(tag.group(4)).append('>');
                continue;
            }
            out.append("&lt;");
            i = lt + 1;
        }
        // the preview's block separator must never survive, not even inside an attribute value
        return out.indexOf(PreviewNodeRenderer.BLOCK_MARK) < 0 ? out.toString()
                : out.toString().replace(PreviewNodeRenderer.BLOCK_MARK, "&lt;!--quire-block--&gt;");
    }

    private static void appendSafeAttributes(StringBuilder out, String attributes,
            java.util.function.UnaryOperator<String> sources) {
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            String name = a.group(1).toLowerCase(Locale.ROOT);
            String value = a.group(2);
            if (name.startsWith("on") || name.equals("srcdoc") || name.equals("formaction")) {
                continue;
            }
            if (value != null && (URL_ATTRIBUTES.contains(name) || name.equals("style"))
                    && !isSafeUrlValue(unquote(value), name.equals("style"))) {
                continue;
            }
            out.append(' ').append(a.group(1));
            if (value != null && sources != null && (name.equals("src") || name.equals("poster"))) {
                String resolved = sources.apply(decodeEntities(unquote(value)));
                out.append("=\"").append(resolved.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"))
                        .append('"');
            } else if (value != null) {
                out.append('=').append(value);
            }
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** False for script URLs, however they are disguised with entities, case, blanks or control characters. */
    static boolean isSafeUrlValue(String raw, boolean anywhere) {
        String s = decodeEntities(raw);
        StringBuilder compact = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c > ' ' && c != '\u007f') {
                compact.append(Character.toLowerCase(c));
            }
        }
        String v = compact.toString();
        if (anywhere) {
            return !v.contains("javascript:") && !v.contains("vbscript:") && !v.contains("expression(");
        }
        return !(v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:text")
                || v.startsWith("data:application") || v.startsWith("data:image/svg"));
    }

    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);?");

    private static String decodeEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String rep;
            try {
                if (e.startsWith("#x") || e.startsWith("#X")) {
                    rep = new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
                } else if (e.startsWith("#")) {
                    rep = new String(Character.toChars(Integer.parseInt(e.substring(1))));
                } else {
                    rep = switch (e.toLowerCase(Locale.ROOT)) {
                        case "colon" -> ":";
                        case "tab" -> "\t";
                        case "newline" -> "\n";
                        case "lpar" -> "(";
                        case "amp" -> "&";
                        case "quot" -> "\"";
                        case "apos" -> "'";
                        case "lt" -> "<";
                        case "gt" -> ">";
                        default -> m.group();
                    };
                }
            } catch (IllegalArgumentException bad) {
                rep = "";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(rep));
        }
        m.appendTail(out);
        return out.toString();
    }
}
