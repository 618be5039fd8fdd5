package app.quire.site;

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
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Safe YAML loading for site configs and front matter (SnakeYAML 2.7, SafeConstructor). Timestamps are kept as
 * the text written so that dates keep their offset ({@code 2021-12-10 00:00:00 +1000}); PostMetadata parses them.
 */
final class YamlReader {
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        options.setCodePointLimit(4 * 1024 * 1024);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new TextTimestamps());
    });

    /** The same implicit typing rules, for the flat fast path (read-only after construction: shared). */
    private static final Resolver RESOLVER = new TextTimestamps();

    private YamlReader() {
    }

    /**
     * Reads a YAML mapping. On a syntax error adds a problem at the right line of the file (lineOffset = the
     * file line of the YAML's first line, 0-based) and returns an empty map.
     */
    static Map<String, Object> readMap(String yaml, String file, int lineOffset, List<Problem> problems) {
        if (yaml.isBlank()) {
            return new LinkedHashMap<>();
        }
        Map<String, Object> flat = FlatYaml.read(yaml, RESOLVER);
        if (flat != null) {
            return flat; // plain key: value front matter, exactly as SnakeYAML reads it (decision 0156)
        }
        return loadWithSnakeYaml(yaml, file, lineOffset, problems);
    }

    /** {@link #readMap} without the flat fast path: SnakeYAML for everything (also the reference in tests). */
    static Map<String, Object> loadWithSnakeYaml(String yaml, String file, int lineOffset, List<Problem> problems) {
        try {
            Object loaded = YAML.get().load(yaml);
            if (loaded == null) {
                return new LinkedHashMap<>();
            }
            if (!(loaded instanceof Map)) {
                problems.add(Problem.error(file, lineOffset + 1, 1, "front matter is not a mapping of keys to values"));
                return new LinkedHashMap<>();
            }
            Map<String, Object> map = new LinkedHashMap<>();
            ((Map<?, ?>) loaded).forEach((k, v) -> map.put(String.valueOf(k), v));
            return map;
        } catch (MarkedYAMLException e) {
            boolean atEnd = String.valueOf(e.getProblem()).contains("end of stream");
            Mark mark = e.getContextMark() != null && (atEnd || e.getProblemMark() == null)
                    ? e.getContextMark() : e.getProblemMark();
            int line = mark == null ? lineOffset + 1 : lineOffset + mark.getLine() + 1;
            int col = mark == null ? 1 : mark.getColumn() + 1;
            String msg = (e.getContext() != null ? e.getContext() + ": " : "")
                    + (e.getProblem() != null ? e.getProblem() : e.getMessage());
            problems.add(Problem.error(file, line, col, "invalid YAML: " + msg.replace('\n', ' ')));
            return new LinkedHashMap<>();
        } catch (YAMLException e) {
            problems.add(Problem.error(file, lineOffset + 1, 1, "invalid YAML: " + String.valueOf(e.getMessage()).replace('\n', ' ')));
            return new LinkedHashMap<>();
        }
    }

    /** The YAML 1.1 resolver without the timestamp rule. */
    static final class TextTimestamps extends Resolver {
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
