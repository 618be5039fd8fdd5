package app.quire.ui.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the blog folder a post file belongs to, by looking upwards for a site configuration file. */
public final class SiteRoots {
    private static final List<String> MARKERS = List.of("_config.yml", "_config.yaml", "_config.toml",
            "config.toml", "hugo.toml", "config.yaml", "hugo.yaml", "quire.yml");

    private SiteRoots() {
    }

    public static Optional<Path> of(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        for (int depth = 0; dir != null && depth < 6; depth++, dir = dir.getParent()) {
            for (String m : MARKERS) {
                if (Files.isRegularFile(dir.resolve(m))) {
                    return Optional.of(dir);
                }
            }
        }
        return Optional.empty();
    }
}
