package app.quire.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A reader for the front matter most posts have: top-level {@code key: value} lines and simple lists, with
 * plain, single- or double-quoted scalars on one line. It answers only when the text is certainly within that
 * shape and gives exactly what SnakeYAML with {@link YamlReader}'s settings gives (the same resolver decides
 * what a plain value is; only strings, booleans, small integers and nulls are built here); for anything else
 * it returns null and the caller uses SnakeYAML (decision 0156).
 */
final class FlatYaml {
    /** Longest text tried: beyond this front matter is unusual and SnakeYAML's limits should apply. */
    private static final int MAX_LENGTH = 16 * 1024;
    private static final int MAX_KEY = 100;

    private FlatYaml() {
    }

    /** The mapping, or null when the text is not certainly flat front matter. */
    static Map<String, Object> read(String yaml, Resolver resolver) {
        if (yaml.length() > MAX_LENGTH) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        int n = yaml.length();
        int pos = 0;
        String listKey = null; // a key whose value is empty so far: a list may follow
        List<Object> list = null;
        int listIndent = -1;
        while (pos < n) {
            int eol = yaml.indexOf('\n', pos);
            if (eol < 0) {
                eol = n;
            }
            int end = eol;
            while (end > pos && yaml.charAt(end - 1) == ' ') {
                end--;
            }
            if (end == pos) { // blank line
                pos = eol + 1;
                continue;
            }
            int indent = pos;
            while (yaml.charAt(indent) == ' ') {
                indent++;
            }
            if (indent + 1 < end && yaml.charAt(indent) == '-' && yaml.charAt(indent + 1) == ' ') {
                // a list item: only right after "key:" or another item at the same indent
                if (listKey == null || list != null && indent - pos != listIndent) {
                    return null;
                }
                if (list == null) {
                    list = new ArrayList<>();
                    listIndent = indent - pos;
                    map.put(listKey, list);
                }
                int v = indent + 2;
                while (v < end && yaml.charAt(v) == ' ') {
                    v++;
                }
                Object[] value = scalar(yaml, v, end, resolver);
                if (value == null) {
                    return null;
                }
                list.add(value[0]);
                pos = eol + 1;
                continue;
            }
            if (indent != pos) {
                return null; // continuation lines, nested mappings
            }
            listKey = null;
            list = null;
            int colon = keyEnd(yaml, pos, end);
            if (colon < 0) {
                return null;
            }
            String key = yaml.substring(pos, colon);
            if (map.containsKey(key) || !plainKey(key, resolver)) {
                return null; // duplicate keys and keys like "yes" or "1" are SnakeYAML's
            }
            int v = colon + 1;
            while (v < end && yaml.charAt(v) == ' ') {
                v++;
            }
            if (v == end) {
                map.put(key, null); // empty: null unless a list follows
                listKey = key;
            } else {
                Object[] value = scalar(yaml, v, end, resolver);
                if (value == null) {
                    return null;
                }
                map.put(key, value[0]);
            }
            pos = eol + 1;
        }
        return map;
    }

    /**
     * Keys the shared resolver reads as text, remembered: every post repeats the same few keys, and the resolver
     * runs a regex for some of them ({@code title}: the booleans), cold on every export (decision 0219).
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Boolean> PLAIN_KEYS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether {@code resolver} reads this key as a plain string. */
    private static boolean plainKey(String key, Resolver resolver) {
        if (resolver != app.quire.post.SiteConfigYaml.RESOLVER) {
            return resolver.resolve(NodeId.scalar, key, true) == Tag.STR;
        }
        Boolean known = PLAIN_KEYS.get(key);
        if (known == null) {
            known = resolver.resolve(NodeId.scalar, key, true) == Tag.STR;
            if (PLAIN_KEYS.size() < 512) {
                PLAIN_KEYS.put(key, known);
            }
        }
        return known;
    }

    /** End of a simple key ({@code [A-Za-z_][A-Za-z0-9_-]*}) followed by ':' and a space or the line end. */
    private static int keyEnd(String s, int from, int end) {
        int i = from;
        while (i < end && i - from <= MAX_KEY) {
            char c = s.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
            boolean other = c >= '0' && c <= '9' || c == '-';
            if (letter || i > from && other) {
                i++;
            } else {
                break;
            }
        }
        if (i == from || i >= end || s.charAt(i) != ':' || i + 1 < end && s.charAt(i + 1) != ' ') {
            return -1;
        }
        return i;
    }

    /** The value of a scalar from {@code from} to {@code end} (no trailing spaces), in a box; null if unsure. */
    private static Object[] scalar(String s, int from, int end, Resolver resolver) {
        char first = s.charAt(from);
        if (first == '"') {
            return doubleQuoted(s, from, end);
        }
        if (first == '\'') {
            return singleQuoted(s, from, end);
        }
        if ("-?:,[]{}#&*!|>%@`".indexOf(first) >= 0) {
            return null; // indicators: sequences, flow collections, anchors, tags, block scalars ...
        }
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == '#' || c == ':' && (i + 1 == end || s.charAt(i + 1) == ' ') || !printable(s, i)) {
                return null; // comments, "a: b" inside a value, control characters
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        String text = s.substring(from, end);
        Tag tag = resolver.resolve(NodeId.scalar, text, true);
        if (tag == Tag.STR) {
            return new Object[] {text};
        }
        if (tag == Tag.BOOL) {
            // SnakeYAML's SafeConstructor: yes/true/on are true, no/false/off false, in the cases the resolver takes
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            return new Object[] {lower.equals("yes") || lower.equals("true") || lower.equals("on")};
        }
        if (tag == Tag.NULL) {
            return new Object[] {null};
        }
        if (tag == Tag.INT && smallDecimal(text)) {
            return new Object[] {Integer.valueOf(text)};
        }
        return null; // floats, other integer forms, merge keys
    }

    /** {@code 0} or a decimal of at most nine digits without sign or leading zero: an Integer in SnakeYAML. */
    private static boolean smallDecimal(String t) {
        if (t.isEmpty() || t.length() > 9 || t.length() > 1 && t.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Object[] doubleQuoted(String s, int from, int end) {
        if (end - from < 2 || s.charAt(end - 1) != '"') {
            return null;
        }
        for (int i = from + 1; i < end - 1; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || !printable(s, i)) {
                return null; // escapes and a quote before the end (text after the closing quote)
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return new Object[] {s.substring(from + 1, end - 1)};
    }

    private static Object[] singleQuoted(String s, int from, int end) {
        StringBuilder out = new StringBuilder(end - from);
        int i = from + 1;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '\'') {
                if (i + 1 < end && s.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                return i == end - 1 ? new Object[] {out.toString()} : null; // text after the closing quote
            }
            if (!printable(s, i)) {
                return null;
            }
            out.append(c);
            if (Character.isHighSurrogate(c)) {
                out.append(s.charAt(i + 1));
                i++;
            }
            i++;
        }
        return null; // never closed on this line
    }

    /**
     * Whether the char at i is one SnakeYAML reads as itself inside a one-line scalar: no tab, control, line
     * break (YAML 1.1 also breaks at U+0085, U+2028, U+2029), byte-order mark, non-character or lone surrogate.
     */
    private static boolean printable(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c <= 0x7E) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return c >= 0xA0 && !Character.isSurrogate(c) && c != 0x2028 && c != 0x2029 && c != 0xFEFF && c < 0xFFFE;
    }
}
