package app.quire.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one reader of a site's YAML config ({@code _config.yml}, {@code quire.yaml}, Hugo's YAML/JSON config), used
 * by the export ({@code app.quire.site.Site}) and by the front-matter schema ({@code app.quire.post.schema}).
 * It lives in post/ because site/ depends on post/, never the other way (decision 0179). Safe loading only
 * (SnakeYAML's SafeConstructor): at most 50 aliases per collection (alias bombs), nesting depth 50, 4 Mi code
 * points; duplicate keys allowed (the last wins, as in Jekyll); timestamps kept as the text written, so dates
 * keep their offset and style.
 */
public final class SiteConfigYaml {
    /** Most code points one YAML document may have. */
    public static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

    /** The same implicit typing rules (read-only after construction: shared), e.g. for a fast path. */
    public static final Resolver RESOLVER = new TextTimestamps();

    private static final ThreadLocal<DuplicateKeys> CONSTRUCTOR = new ThreadLocal<>();

    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        // reported as a problem at the key's line (DuplicateKeys), not logged on the console
        options.setWarnOnDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(MAX_CODE_POINTS);
        DumperOptions dumper = new DumperOptions();
        DuplicateKeys constructor = new DuplicateKeys(options);
        CONSTRUCTOR.set(constructor);
        return new Yaml(constructor, new Representer(dumper), dumper, options, new TextTimestamps());
    });

    /** SnakeYAML's safe constructor, noting each key written twice in a mapping (the last value wins). */
    private static final class DuplicateKeys extends SafeConstructor {
        private final List<Problem> found = new ArrayList<>();
        private int lineOffset;

        DuplicateKeys(LoaderOptions options) {
            super(options);
        }

        @Override
        protected void processDuplicateKeys(MappingNode node, boolean forceStringKeys) {
            Map<String, Boolean> seen = new java.util.HashMap<>();
            for (NodeTuple t : node.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode key && !key.getTag().equals(Tag.MERGE)
                        && seen.put(key.getValue(), Boolean.TRUE) != null) {
                    Mark m = key.getStartMark();
                    found.add(new Problem(lineOffset + (m == null ? 0 : m.getLine()) + 1,
                            m == null ? 1 : m.getColumn() + 1,
                            "key \"" + key.getValue() + "\" is written twice in the same block; the last value is used"));
                }
            }
            super.processDuplicateKeys(node, forceStringKeys);
        }
    }

    private SiteConfigYaml() {
    }

    /** Why a YAML text could not be read as a mapping, at a 1-based line and column of its file. */
    public record Problem(int line, int column, String message) {
    }

    /**
     * What reading gave: the top-level mapping with keys as text (empty when there is a problem), and whether
     * the text was a mapping at all (false for an empty document, a list or a scalar).
     */
    public record Result(Map<String, Object> map, List<Problem> problems, boolean mapping, List<Problem> warnings) {
        public Result(Map<String, Object> map, List<Problem> problems, boolean mapping) {
            this(map, problems, mapping, List.of());
        }
    }

    /**
     * A config file's text: UTF-8, a byte order mark removed. Throws
     * {@link java.nio.charset.CharacterCodingException} when the file is not UTF-8.
     */
    public static String readText(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A config file read as a YAML mapping (see {@link #read(String, int)}). */
    public static Result readFile(Path file) throws IOException {
        return read(readText(file), 0);
    }

    /**
     * Reads a YAML mapping. lineOffset is the file line of the YAML's first line (0-based), so that problems name
     * the right line of the whole file. Never throws for bad YAML: the result then has a problem and no keys.
     */
    public static Result read(String yaml, int lineOffset) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Object> map = new LinkedHashMap<>();
        if (yaml.isBlank()) {
            return new Result(map, problems, false);
        }
        boolean mapping = false;
        Yaml reader = YAML.get();
        DuplicateKeys duplicates = CONSTRUCTOR.get();
        duplicates.found.clear();
        duplicates.lineOffset = lineOffset;
        try {
            Object loaded = reader.load(yaml);
            if (loaded instanceof Map) {
                mapping = true;
                ((Map<?, ?>) loaded).forEach((k, v) -> map.put(String.valueOf(k), v));
            } else if (loaded != null) {
                problems.add(new Problem(lineOffset + 1, 1, "front matter is not a mapping of keys to values"));
            }
        } catch (MarkedYAMLException e) {
            boolean atEnd = String.valueOf(e.getProblem()).contains("end of stream");
            Mark mark = e.getContextMark() != null && (atEnd || e.getProblemMark() == null)
                    ? e.getContextMark() : e.getProblemMark();
            int line = mark == null ? lineOffset + 1 : lineOffset + mark.getLine() + 1;
            int col = mark == null ? 1 : mark.getColumn() + 1;
            String msg = (e.getContext() != null ? e.getContext() + ": " : "")
                    + (e.getProblem() != null ? e.getProblem() : e.getMessage());
            problems.add(new Problem(line, col, "invalid YAML: " + msg.replace('\n', ' ')));
        } catch (YAMLException e) {
            problems.add(new Problem(lineOffset + 1, 1, "invalid YAML: "
                    + String.valueOf(e.getMessage()).replace('\n', ' ')));
        }
        List<Problem> warnings = List.copyOf(duplicates.found);
        duplicates.found.clear();
        return new Result(problems.isEmpty() ? map : new LinkedHashMap<>(), List.copyOf(problems), mapping,
                problems.isEmpty() ? warnings : List.of());
    }

    /** The YAML 1.1 resolver without the timestamp rule. */
    public static class TextTimestamps extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
