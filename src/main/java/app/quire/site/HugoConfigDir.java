package app.quire.site;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hugo's configuration directory (decision 0250): {@code config/_default/}, then {@code config/production/} (the
 * environment {@code hugo} builds with) over it. {@code hugo.toml} or {@code config.toml} there is the top level;
 * any other file is the value of the key it is named after ({@code params.toml} is {@code [params]},
 * {@code menus.en.toml} the menus of the default language). Maps are merged key by key, later files winning.
 */
final class HugoConfigDir {
    private static final List<String> EXTENSIONS = List.of("toml", "yaml", "yml", "json");
    private static final List<String> ENVIRONMENTS = List.of("_default", "production");

    /** What was read: the merged keys and the files, relative to the site root, in the order they were merged. */
    record Loaded(Map<String, Object> map, List<String> files) {
    }

    private HugoConfigDir() {
    }

    /** Whether the folder has a Hugo configuration directory ({@code config/_default/} with a config file). */
    static boolean exists(Path root) {
        Path dir = root.resolve("config").resolve("_default");
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return !configFiles(dir).isEmpty();
    }

    /** Reads the directory over {@code base} (the root config file's keys, or empty); problems by file and line. */
    static Loaded load(Path root, Map<String, Object> base, List<Problem> problems) throws IOException {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        List<String> files = new ArrayList<>();
        for (String env : ENVIRONMENTS) {
            Path dir = root.resolve("config").resolve(env);
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            List<Path> found = configFiles(dir);
            // the top-level file first, so that a named file (params.toml) wins over the same key in it
            found.sort((a, b) -> Boolean.compare(!isTopLevel(a), !isTopLevel(b)));
            String language = null;
            for (Path f : found) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                Map<String, Object> read = read(f, rel, problems);
                files.add(rel);
                if (isTopLevel(f)) {
                    merge(merged, read);
                    continue;
                }
                if (language == null) { // after the top-level file, which may set defaultContentLanguage
                    language = languageOf(merged);
                }
                String key = keyOf(f, language);
                if (key == null) {
                    continue; // another language's file: Quire makes the default language only
                }
                Map<String, Object> wrapped = new LinkedHashMap<>();
                wrapped.put(key, read);
                merge(merged, wrapped);
            }
        }
        return new Loaded(merged, List.copyOf(files));
    }

    private static List<Path> configFiles(Path dir) {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                        && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(f);
                }
            }
        } catch (IOException e) {
            return out; // an unreadable folder reads as empty; the site is then not taken for a Hugo site by it
        }
        out.sort(null);
        return out;
    }

    private static boolean isTopLevel(Path f) {
        String name = f.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        return stem.equals("hugo") || stem.equals("config");
    }

    /** {@code params.toml} is {@code params}; {@code menus.en.toml} is {@code menus} when en is the site's language. */
    private static String keyOf(Path f, String language) {
        String name = f.getFileName().toString();
        String stem = name.substring(0, name.lastIndexOf('.'));
        int dot = stem.indexOf('.');
        if (dot < 0) {
            return stem;
        }
        return stem.substring(dot + 1).equalsIgnoreCase(language) ? stem.substring(0, dot) : null;
    }

    private static String languageOf(Map<String, Object> config) {
        Object language = SiteConfig.lookup(config, "defaultContentLanguage");
        return language == null ? "en" : language.toString().strip();
    }

    private static Map<String, Object> read(Path f, String rel, List<Problem> problems) throws IOException {
        String text;
        try {
            text = app.quire.post.SiteConfigYaml.readText(f);
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(rel, 1, 1, "not valid UTF-8 text; the file is ignored"));
            return new LinkedHashMap<>();
        }
        if (f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".toml")) {
            SimpleToml toml = SimpleToml.parse(text);
            for (int line : toml.skippedLines()) {
                problems.add(Problem.warning(rel, line, 1, "TOML construct not read by Quire; line ignored"));
            }
            return toml.asMap();
        }
        return YamlReader.readMap(text, rel, 0, problems); // JSON is read as YAML
    }

    /** Merges {@code over} into {@code into}: maps key by key (keys compared without case), other values replaced. */
    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> into, Map<String, Object> over) {
        Map<String, String> keys = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String k : into.keySet()) {
            keys.put(k, k);
        }
        for (Map.Entry<String, Object> e : over.entrySet()) {
            String key = keys.getOrDefault(e.getKey(), e.getKey());
            Object old = into.get(key);
            if (old instanceof Map<?, ?> oldMap && e.getValue() instanceof Map<?, ?> newMap) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) oldMap);
                merge(copy, (Map<String, Object>) newMap);
                into.put(key, copy);
            } else {
                into.put(key, e.getValue());
            }
            keys.put(key, key);
        }
    }
}
