package app.quire.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A Jekyll site's {@code _data/} folder as {@code site.data}: {@code _data/authors.yml} is
 * {@code site.data.authors}, {@code _data/team/people.json} is {@code site.data.team.people}. YAML and JSON
 * (read as YAML, safely: no types, 50 aliases at most), CSV and TSV (a list of rows keyed by the header). Files
 * over {@link #MAX_BYTES}, symbolic links and files that cannot be read are left out with a problem.
 */
final class SiteData {
    static final String FOLDER = "_data";
    static final long MAX_BYTES = 4L << 20;

    /** The data, and a key of every file's name and bytes (for the pages that use it). */
    record Loaded(Map<String, Object> data, String key) {
        static final Loaded NONE = new Loaded(Map.of(), "");
    }

    private SiteData() {
    }

    static Loaded load(Path siteRoot, List<Problem> problems) {
        Path folder = siteRoot.resolve(FOLDER);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Loaded.NONE;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> keyParts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                String rel = folder.relativize(f).toString().replace('\\', '/');
                if (rel.isEmpty() || rel.startsWith(".") || rel.contains("/.")) {
                    continue;
                }
                String where = FOLDER + "/" + rel;
                if (Files.isSymbolicLink(f)) {
                    problems.add(Problem.warning(where, 0, 0, "symbolic link not followed; skipped"));
                    continue;
                }
                String ext = rel.contains(".") ? rel.substring(rel.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
                if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                        || !List.of("yml", "yaml", "json", "csv", "tsv").contains(ext)) {
                    continue;
                }
                try {
                    if (Files.size(f) > MAX_BYTES) {
                        problems.add(Problem.warning(where, 0, 0, "data file over 4 MB; left out of site.data"));
                        continue;
                    }
                    byte[] bytes = Files.readAllBytes(f);
                    String text = PostIndex.decode(bytes);
                    Object value = ext.equals("csv") || ext.equals("tsv") ? table(text, ext.equals("csv") ? ',' : '\t')
                            : yaml().load(text);
                    place(data, rel.substring(0, rel.lastIndexOf('.')).split("/"), value);
                    keyParts.add(rel);
                    keyParts.add(InputKey.of(bytes));
                } catch (IOException | RuntimeException e) {
                    problems.add(Problem.warning(where, 0, 0, "data file could not be read ("
                            + String.valueOf(e.getMessage()).replace('\n', ' ') + "); left out of site.data"));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.warning(FOLDER, 0, 0, "could not be read: " + e.getMessage()));
        }
        return keyParts.isEmpty() ? Loaded.NONE : new Loaded(data, InputKey.of(keyParts.toArray(new String[0])));
    }

    /** The last reading of a site's data, with the stamp it was read at. */
    private record Reading(String stamp, Map<String, Object> data) {
    }

    private static final Map<Path, Reading> READINGS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A site's data for summaries ({@code {{ site.data.x }}} in a post's first paragraph), read again when a data
     * file's size or time changed; problems are left to the export and the preview, which read it themselves.
     */
    static Map<String, Object> cached(Path siteRoot) {
        String stamp = stamp(siteRoot);
        Reading r = READINGS.get(siteRoot);
        if (r == null || !r.stamp().equals(stamp)) {
            if (READINGS.size() > 16) {
                READINGS.clear(); // a few sites at a time are open; never grows without bound
            }
            r = new Reading(stamp, load(siteRoot, new ArrayList<>()).data());
            READINGS.put(siteRoot, r);
        }
        return r.data();
    }

    /** Sizes and times of the data files: what the preview checks before reading them again. */
    static String stamp(Path siteRoot) {
        Path folder = siteRoot.resolve(FOLDER);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                s.append(f).append(':').append(a.size()).append(':').append(a.lastModifiedTime().toMillis()).append('\n');
            }
        } catch (IOException | RuntimeException e) {
            s.append("unreadable");
        }
        return s.toString();
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit((int) MAX_BYTES);
        return new Yaml(new SafeConstructor(options));
    }

    @SuppressWarnings("unchecked")
    private static void place(Map<String, Object> data, String[] path, Object value) {
        Map<String, Object> at = data;
        for (int i = 0; i < path.length - 1; i++) {
            Object next = at.computeIfAbsent(path[i], k -> new LinkedHashMap<String, Object>());
            if (!(next instanceof Map)) {
                return; // a file and a folder of the same name: the file wins, as it came first
            }
            at = (Map<String, Object>) next;
        }
        at.put(path[path.length - 1], value);
    }

    /** Rows of a CSV or TSV text as maps from the header's names (quoted fields, doubled quotes). */
    static List<Map<String, String>> table(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        List<Map<String, String>> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<String> header = rows.get(0);
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() == 1 && r.get(0).isEmpty()) {
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < r.size() ? r.get(i) : null);
            }
            out.add(m);
        }
        return out;
    }
}
