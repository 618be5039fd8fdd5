package app.quire.site;

import app.quire.post.SiteConfigYaml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML of site configs and front matter for the export, as {@link SiteConfigYaml} reads it (the one reader, also
 * used by the front-matter schema), with problems named by file and a fast path for flat front matter.
 * Timestamps are kept as the text written so that dates keep their offset ({@code 2021-12-10 00:00:00 +1000});
 * PostMetadata parses them.
 */
final class YamlReader {
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
        Map<String, Object> flat = FlatYaml.read(yaml, SiteConfigYaml.RESOLVER);
        if (flat != null) {
            return flat; // plain key: value front matter, exactly as SnakeYAML reads it (decision 0156)
        }
        return loadWithSnakeYaml(yaml, file, lineOffset, problems);
    }

    /** {@link #readMap} without the flat fast path: SnakeYAML for everything (also the reference in tests). */
    static Map<String, Object> loadWithSnakeYaml(String yaml, String file, int lineOffset, List<Problem> problems) {
        SiteConfigYaml.Result result = SiteConfigYaml.read(yaml, lineOffset);
        for (SiteConfigYaml.Problem p : result.problems()) {
            problems.add(Problem.error(file, p.line(), p.column(), p.message()));
        }
        for (SiteConfigYaml.Problem p : result.warnings()) {
            problems.add(Problem.warning(file, p.line(), p.column(), p.message()));
        }
        return result.map();
    }

    /** The YAML 1.1 resolver without the timestamp rule (tests build their own). */
    static final class TextTimestamps extends SiteConfigYaml.TextTimestamps {
    }
}
