package app.quire.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the simple part of TOML that blog configs and {@code +++} front matter use: {@code key = value} lines
 * with strings, numbers, booleans, dates (kept as text) and one-line arrays, grouped under {@code [table]}
 * headers. Anything else (multi-line strings and arrays, inline tables, arrays of tables) is skipped and
 * reported through {@link #skippedLines()}. See docs/decisions/0062-no-toml-library.md.
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
            if (line.startsWith("[[")) {
                toml.skipped.add(i + 1);
                table = new LinkedHashMap<>(); // arrays of tables are not supported: read into a throwaway map
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                table = toml.root;
                for (String part : line.substring(1, line.length() - 1).split("\\.")) {
                    String key = unquote(part.trim());
                    Object existing = table.get(key);
                    if (!(existing instanceof Map)) {
                        existing = new LinkedHashMap<String, Object>();
                        table.put(key, existing);
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> next = (Map<String, Object>) existing;
                    table = next;
                }
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
