package app.quire.post.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/** Reads what the form needs from a site's {@code _config.yml} / {@code quire.yaml} (safe YAML loading only). */
final class SiteConfig {
    private static final System.Logger LOG = System.getLogger(SiteConfig.class.getName());

    private SiteConfig() {
    }

    /** The top-level map of a YAML config file, or empty when absent or unreadable (logged). */
    static Optional<Map<?, ?>> load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            options.setMaxAliasesForCollections(50);
            DumperOptions dump = new DumperOptions();
            Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dump), dump, options,
                    new TextDatesResolver());
            Object root = yaml.load(Files.readString(file, StandardCharsets.UTF_8));
            return root instanceof Map ? Optional.of((Map<?, ?>) root) : Optional.empty();
        } catch (IOException | YAMLException e) {
            LOG.log(System.Logger.Level.WARNING, "could not read {0}: {1}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code timezone:} of {@code _config.yml} as a zone, when it names a valid one. */
    static ZoneId zone(Path siteRoot) {
        if (siteRoot == null) {
            return null;
        }
        Object tz = load(siteRoot.resolve("_config.yml")).map(m -> m.get("timezone")).orElse(null);
        if (tz instanceof String) {
            try {
                return ZoneId.of(((String) tz).strip());
            } catch (DateTimeException e) {
                LOG.log(System.Logger.Level.INFO, "unknown timezone in _config.yml: {0}", tz);
            }
        }
        return null;
    }

    /** YAML 1.1 typing without timestamps, so example dates keep their text (and style). */
    private static final class TextDatesResolver extends Resolver {
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
