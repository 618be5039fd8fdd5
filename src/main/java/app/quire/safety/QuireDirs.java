package app.quire.safety;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Quire keeps its own files, following the XDG base directory spec: recovery and session under
 * $XDG_STATE_HOME/quire (default ~/.local/state/quire), history under $XDG_DATA_HOME/quire (default
 * ~/.local/share/quire). Relative XDG values are ignored, as the spec says.
 */
public record QuireDirs(Path state, Path data) {

    /** From this process's environment and user.home. */
    public static QuireDirs fromEnvironment() {
        return of(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static QuireDirs of(Map<String, String> env, Path home) {
        return new QuireDirs(base(env.get("XDG_STATE_HOME"), home.resolve(".local/state")).resolve("quire"),
                base(env.get("XDG_DATA_HOME"), home.resolve(".local/share")).resolve("quire"));
    }

    private static Path base(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path p = Path.of(value);
        return p.isAbsolute() ? p : fallback;
    }

    public Path recovery() {
        return state.resolve("recovery");
    }

    public Path sessionFile() {
        return state.resolve("session.properties");
    }

    public Path history() {
        return data.resolve("history");
    }
}
