package app.quire.post.schema;

import app.quire.post.SiteConfigYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the form needs from a site's {@code _config.yml} / {@code quire.yaml}, through the reader the export
 * uses too ({@link SiteConfigYaml}, decision 0179).
 */
final class SiteConfig {
    private static final System.Logger LOG = System.getLogger(SiteConfig.class.getName());

    private SiteConfig() {
    }

    /** The top-level map of a YAML config file, or empty when absent, unreadable or not a mapping (logged). */
    static Optional<Map<?, ?>> load(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            SiteConfigYaml.Result result = SiteConfigYaml.readFile(file);
            if (!result.problems().isEmpty()) {
                SiteConfigYaml.Problem p = result.problems().get(0);
                LOG.log(System.Logger.Level.WARNING, "could not read {0}:{1}:{2}: {3}", file,
                        String.valueOf(p.line()), String.valueOf(p.column()), p.message());
                return Optional.empty();
            }
            return result.mapping() ? Optional.of(result.map()) : Optional.empty();
        } catch (IOException e) {
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

    /** True for a Jekyll-style site (a {@code _config.yml}, {@code _config.yaml} or {@code quire.yaml} at its root). */
    static boolean daysInSiteZone(Path siteRoot) {
        return siteRoot != null && java.util.stream.Stream.of("_config.yml", "_config.yaml", "quire.yaml")
                .anyMatch(name -> java.nio.file.Files.isRegularFile(siteRoot.resolve(name)));
    }
}
