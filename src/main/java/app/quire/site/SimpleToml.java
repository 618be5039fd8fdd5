package app.quire.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the simple part of TOML that blog configs and {@code +++} front matter use: {@code key = value} lines
 * with strings, numbers, booleans, dates (kept as text) and one-line arrays, grouped under {@code [table]}
 * headers and {@code [[array.of.tables]]} headers (decision 0247). Anything else (multi-line strings and arrays,
 * inline tables) is skipped and reported through {@link #skippedLines()}. See docs/decisions/0062-no-toml-library.md.
 */
public final class SimpleToml {
    private final Map<String, Object> root = new LinkedHashMap<>();
    private final List<Integer> skipped = new ArrayList<>();

    private SimpleToml() {
    }

    /** Parses TOML text; never throws. Tables become nested maps. */
    public static SimpleToml parse(String text) {
        SimpleToml toml = new SimpleToml();
        Map<String, Object> table = toml.root;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[[") && line.endsWith("]]")) {
                // an array of tables ([[menu.main]]): each header adds a table to the list at that path
                String[] parts = line.substring(2, line.length() - 2).split("\\.");
                Map<String, Object> parent = toml.table(parts, parts.length - 1);
                String key = unquote(parts[parts.length - 1].trim());
                Object existing = parent.get(key);
                List<Object> list;
                if (existing instanceof List<?>) {
                    @SuppressWarnings("unchecked")
                    List<Object> l = (List<Object>) existing;
                    list = l;
                } else {
                    list = new ArrayList<>();
                    parent.put(key, list);
                }
                table = new LinkedHashMap<>();
                list.add(table);
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]") && !line.startsWith("[[")) {
                String[] parts = line.substring(1, line.length() - 1).split("\\.");
                table = toml.table(parts, parts.length);
                continue;
            }
            if (line.startsWith("[")) {
                toml.skipped.add(i + 1);
                table = new LinkedHashMap<>(); // a header this reader cannot follow: its keys go nowhere
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                toml.skipped.add(i + 1);
                continue;
            }
            String key = unquote(line.substring(0, eq).trim());
            Object value = value(line.substring(eq + 1).trim());
            if (value == null) {
                toml.skipped.add(i + 1);
            } else {
                table.put(key, value);
            }
        }
        return toml;
    }

    /**
     * The table at the first {@code n} parts of a dotted header, made where missing; a part naming an array of
     * tables stands for its last table, as TOML defines ({@code [menu.main.params]} after {@code [[menu.main]]}).
     */
    private Map<String, Object> table(String[] parts, int n) {
        Map<String, Object> table = root;
        for (int k = 0; k < n; k++) {
            String key = unquote(parts[k].trim());
            Object existing = table.get(key);
            if (existing instanceof List<?> list && !list.isEmpty() && list.get(list.size() - 1) instanceof Map<?, ?>) {
                existing = list.get(list.size() - 1);
            } else if (!(existing instanceof Map)) {
                existing = new LinkedHashMap<String, Object>();
                table.put(key, existing);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> next = (Map<String, Object>) existing;
            table = next;
        }
        return table;
    }

    public Map<String, Object> asMap() {
        return root;
    }

    /** 1-based numbers of lines this reader could not understand. */
    public List<Integer> skippedLines() {
        return skipped;
    }

    private static Object value(String v) {
        if (v.startsWith("\"\"\"") || v.startsWith("'''") || v.startsWith("{")) {
            return null;
        }
        if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) {
            return unescape(v.substring(1, v.length() - 1));
        }
        if (v.startsWith("'") && v.endsWith("'") && v.length() >= 2) {
            return v.substring(1, v.length() - 1);
        }
        if (v.startsWith("[")) {
            if (!v.endsWith("]")) {
                return null;
            }
            List<Object> items = new ArrayList<>();
            for (String item : splitArray(v.substring(1, v.length() - 1))) {
                if (!item.isBlank()) {
                    Object o = value(item.trim());
                    if (o == null) {
                        return null;
                    }
                    items.add(o);
                }
            }
            return items;
        }
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        if (v.matches("[+-]?\\d+")) {
            try {
                return Long.valueOf(v);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        if (v.matches("[+-]?\\d+\\.\\d+([eE][+-]?\\d+)?")) {
            return Double.valueOf(v);
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return v; // dates are kept as written; PostMetadata parses them
        }
        if (v.startsWith("\"") || v.startsWith("'")) {
            return null; // a string never closed on its line: reported as a skipped line, not read with its quote
        }
        return v.isEmpty() ? null : v;
    }

    private static List<String> splitArray(String inner) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"' && i + 1 < inner.length()) {
                    current.append(c).append(inner.charAt(++i));
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ',') {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }

    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static String unquote(String key) {
        if (key.length() >= 2 && (key.startsWith("\"") && key.endsWith("\"") || key.startsWith("'") && key.endsWith("'"))) {
            return key.substring(1, key.length() - 1);
        }
        return key;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n': out.append('\n'); break;
                    case 't': out.append('\t'); break;
                    case '"': out.append('"'); break;
                    case '\\': out.append('\\'); break;
                    default: out.append('\\').append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
