package app.quire.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the simple top-level fields of Hugo's TOML front matter ({@code key = "text"}, booleans, numbers, dates,
 * one-line arrays). Tables and anything more complex are skipped: Quire keeps TOML as text and never edits it.
 */
final class TomlFields {
    private TomlFields() {
    }

    static Map<String, Object> parse(String toml) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String raw : toml.split("\r?\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("[")) {
                break; // a table starts: no more top-level fields
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = unquoteKey(line.substring(0, eq).strip());
            Object value = value(line.substring(eq + 1).strip());
            if (value != null) {
                fields.put(key, value);
            }
        }
        return fields;
    }

    private static String unquoteKey(String key) {
        if (key.length() >= 2 && (key.startsWith("\"") && key.endsWith("\"") || key.startsWith("'") && key.endsWith("'"))) {
            return key.substring(1, key.length() - 1);
        }
        return key;
    }

    private static Object value(String text) {
        if (text.startsWith("\"") || text.startsWith("'")) {
            return string(text);
        }
        if (text.startsWith("[")) {
            int close = text.lastIndexOf(']');
            if (close < 0) {
                return null;
            }
            List<String> items = new ArrayList<>();
            for (String item : splitItems(text.substring(1, close))) {
                Object v = value(item.strip());
                if (v != null) {
                    items.add(String.valueOf(v));
                }
            }
            return items;
        }
        String bare = stripComment(text);
        if (bare.equals("true") || bare.equals("false")) {
            return Boolean.valueOf(bare);
        }
        if (bare.isEmpty()) {
            return null;
        }
        if (bare.matches("[+-]?\\d[\\d_]*")) {
            try {
                return Long.parseLong(bare.replace("_", ""));
            } catch (NumberFormatException e) {
                return bare;
            }
        }
        return bare; // dates and anything else stay text; dates are read through PostDates
    }

    private static String string(String text) {
        char q = text.charAt(0);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == q) {
                return sb.toString();
            }
            if (c == '\\' && q == '"' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                switch (n) {
                    case 'n': sb.append('\n'); break;
                    case 't': sb.append('\t'); break;
                    case 'u':
                        if (i + 4 < text.length()) {
                            sb.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                            i += 4;
                        }
                        break;
                    default: sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static List<String> splitItems(String inside) {
        List<String> items = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ',') {
                items.add(cur.toString());
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        if (!cur.toString().isBlank()) {
            items.add(cur.toString());
        }
        return items;
    }

    private static String stripComment(String text) {
        int hash = text.indexOf(" #");
        return (hash >= 0 ? text.substring(0, hash) : text).strip();
    }
}
