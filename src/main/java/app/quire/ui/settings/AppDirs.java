package app.quire.ui.settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * The per-user folders Quire writes to: settings in the config folder, the sample blog in the data folder.
 * Follows the XDG base directory rules; the system properties {@code quire.configDir} and {@code quire.dataDir}
 * override them (tests, portable installs).
 */
public record AppDirs(Path configDir, Path dataDir) {

    /** The folders for this user, from system properties, then XDG variables, then the XDG defaults. */
    public static AppDirs fromEnvironment() {
        return resolve(System.getenv(), app.quire.safety.QuireDirs.home().toString(), System.getProperty("quire.configDir"),
                System.getProperty("quire.dataDir"));
    }

    static AppDirs resolve(Map<String, String> env, String home, String configOverride, String dataOverride) {
        Path config = configOverride != null ? Path.of(configOverride)
                : xdg(env.get("XDG_CONFIG_HOME"), home, ".config").resolve("quire");
        Path data = dataOverride != null ? Path.of(dataOverride)
                : xdg(env.get("XDG_DATA_HOME"), home, ".local/share").resolve("quire");
        return new AppDirs(config, data);
    }

    private static Path xdg(String value, String home, String fallback) {
        // The spec says relative values are invalid and must be ignored.
        if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
            return Path.of(value);
        }
        return Path.of(home).resolve(fallback);
    }

    public Path settingsFile() {
        return configDir.resolve("settings.properties");
    }

    public Path sampleBlogDir() {
        return dataDir.resolve("sample-blog");
    }
}
