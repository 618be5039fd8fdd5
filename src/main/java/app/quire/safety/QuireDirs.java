package app.quire.safety;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Quire keeps its own files, following the XDG base directory spec: recovery and session under
 * $XDG_STATE_HOME/quire (default ~/.local/state/quire), history under $XDG_DATA_HOME/quire (default
 * ~/.local/share/quire). Relative XDG values are ignored, as the spec says.
 */
public record QuireDirs(Path state, Path data) {

    /** From this process's environment and the user's home ({@link #home()}). */
    public static QuireDirs fromEnvironment() {
        return of(System.getenv(), home());
    }

    /**
     * The user's home folder: {@code $HOME} when it is an absolute path (what shells and the XDG spec use, and
     * what a user running with another home expects), else Java's {@code user.home} (the password file's entry).
     */
    public static Path home() {
        return home(System.getenv("HOME"), System.getProperty("user.home"));
    }

    static Path home(String envHome, String userHome) {
        if (envHome != null && !envHome.isBlank()) {
            Path p = Path.of(envHome);
            if (p.isAbsolute()) {
                return p;
            }
        }
        return Path.of(userHome);
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
