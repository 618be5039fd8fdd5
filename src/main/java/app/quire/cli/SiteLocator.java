package app.quire.cli;

import app.quire.site.Site;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the site a post belongs to: the nearest ancestor folder with a site configuration file. */
final class SiteLocator {
    /** What shape a site folder has. */
    enum Shape { JEKYLL, HUGO, QUIRE, OTHER }

    private static final List<String> HUGO_CONFIGS = List.of("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json",
            "config.toml", "config.yaml", "config.yml", "config.json");

    private SiteLocator() {
    }

    /** The nearest folder at or above {@code start} with _config.yml, hugo.*, config.* or quire.yaml. */
    static Optional<Path> findRoot(Path start) {
        return Site.findRoot(start);
    }

    /** The site root of a post, or its own folder when it has none. */
    static Path rootOrFolder(Path post) {
        Path folder = post.toAbsolutePath().normalize().getParent();
        return findRoot(folder).orElse(folder);
    }

    static Shape shape(Path dir) {
        if (Files.isRegularFile(dir.resolve("_config.yml")) || Files.isRegularFile(dir.resolve("_config.yaml"))
                || Files.isRegularFile(dir.resolve("_config.toml"))) {
            return Shape.JEKYLL;
        }
        if (Files.isRegularFile(dir.resolve("quire.yaml"))) {
            return Shape.QUIRE;
        }
        for (String name : HUGO_CONFIGS) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return Shape.HUGO;
            }
        }
        return Shape.OTHER;
    }
}
