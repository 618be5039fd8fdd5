package app.quire.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuireDirsTest {
    @Test
    void followsXdgWithDefaults() {
        Path home = Path.of("/home/ann");
        QuireDirs d = QuireDirs.of(Map.of(), home);
        assertThat(d.recovery()).isEqualTo(Path.of("/home/ann/.local/state/quire/recovery"));
        assertThat(d.history()).isEqualTo(Path.of("/home/ann/.local/share/quire/history"));
        assertThat(d.sessionFile()).isEqualTo(Path.of("/home/ann/.local/state/quire/session.properties"));
        QuireDirs x = QuireDirs.of(Map.of("XDG_STATE_HOME", "/s", "XDG_DATA_HOME", "/d"), home);
        assertThat(x.recovery()).isEqualTo(Path.of("/s/quire/recovery"));
        assertThat(x.history()).isEqualTo(Path.of("/d/quire/history"));
        assertThat(QuireDirs.of(Map.of("XDG_STATE_HOME", "relative"), home).state())
                .isEqualTo(Path.of("/home/ann/.local/state/quire"));
    }

    @Test
    void homeIsTheEnvironmentsHomeWhenItIsAnAbsolutePath() {
        assertThat(QuireDirs.home("/tmp/other-home", "/root")).isEqualTo(Path.of("/tmp/other-home"));
        assertThat(QuireDirs.home(null, "/root")).isEqualTo(Path.of("/root"));
        assertThat(QuireDirs.home("", "/root")).isEqualTo(Path.of("/root"));
        assertThat(QuireDirs.home("relative/home", "/root")).isEqualTo(Path.of("/root"));
    }
}
