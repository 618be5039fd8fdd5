package app.quire.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code OUT/.quire-export.json}: every file an export made, with the hash of the inputs it was made from.
 * A repeat export rewrites a file only when its input hash changed, removes files it made earlier that are no
 * longer produced, and leaves files it did not make alone. One entry per line, sorted, so that it is stable.
 */
final class ExportManifest {
    static final String FILE = ".quire-export.json";
    /** The logger, made on first use (starting System.Logger costs a cold export ~25 ms; decision 0219). */
    private static final class Log {
        static final System.Logger LOG = System.getLogger(ExportManifest.class.getName());

        private Log() {
        }
    }

    private ExportManifest() {
    }

    /** Output path to input hash; empty when there is no readable manifest (everything is rebuilt). */
    static Map<String, String> read(Path out) {
        Path file = out.resolve(FILE);
        Map<String, String> entries = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            boolean inFiles = false;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!inFiles) {
                    inFiles = line.trim().startsWith("\"files\"");
                    continue;
                }
                parseEntry(line, entries);
            }
        } catch (IOException e) {
            Log.LOG.log(System.Logger.Level.WARNING, "cannot read " + file + "; exporting everything", e);
            return new TreeMap<>();
        }
        return entries;
    }

    /**
     * One {@code "path": "key",} line; others are skipped. Read without a regex: a repeat export reads
     * thousands of them.
     */
    static void parseEntry(String line, Map<String, String> entries) {
        int start = 0;
        int end = line.length();
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (end > start && line.charAt(end - 1) == ',') {
            end--;
        }
        if (end - start < 2 || line.charAt(start) != '"' || line.charAt(end - 1) != '"') {
            return;
        }
        int i = start + 1;
        while (i < end && line.charAt(i) != '"') {
            i += line.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= end - 1) {
            return;
        }
        String path = line.substring(start + 1, i);
        int colon = i + 1;
        while (colon < end && Character.isWhitespace(line.charAt(colon))) {
            colon++;
        }
        if (colon >= end || line.charAt(colon) != ':') {
            return;
        }
        int q = colon + 1;
        while (q < end && Character.isWhitespace(line.charAt(q))) {
            q++;
        }
        if (q >= end - 1 || line.charAt(q) != '"') {
            return;
        }
        String key = line.substring(q + 1, end - 1);
        for (int k = 0; k < key.length(); k++) {
            char c = key.charAt(k);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ':' || c == '.'
                    || c == '_' || c == '-')) {
                return;
            }
        }
        entries.put(path.indexOf('\\') >= 0 ? unescape(path) : path, key);
    }

    static void write(Path out, Map<String, String> entries) throws IOException {
        StringBuilder sb = new StringBuilder("{\n\"format\": \"quire-export-1\",\n\"files\": {\n");
        int i = 0;
        for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
            sb.append('"').append(escape(e.getKey())).append("\": \"").append(e.getValue()).append('"')
                    .append(++i < entries.size() ? ",\n" : "\n");
        }
        sb.append("}\n}\n");
        Path tmp = out.resolve(FILE + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, out.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String escape(String s) {
        if (plain(s)) {
            return s; // nearly every path: no copy
        }
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                return false;
            }
        }
        return true;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                if (n == 'u' && i + 4 < s.length()) {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
