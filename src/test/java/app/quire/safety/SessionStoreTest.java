package app.quire.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTrips() throws IOException {
        Session s = new Session(List.of(new Session.Tab(dir.resolve("a b.md"), 120, 33.5, 400),
                new Session.Tab(dir.resolve("caf\u00e9=x:y.md"), 0, 0, 0)), 1,
                Optional.of(new Session.Bounds(10, 20, 1280, 800)), true, 0.42, "PREVIEW");
        SessionStore store = new SessionStore(dir.resolve("state/session.properties"));
        store.save(s);
        assertThat(store.load()).isEqualTo(s);
    }

    @Test
    void missingOrDamagedFilesLoadAsEmptyOrRepaired() throws IOException {
        Path file = dir.resolve("session.properties");
        SessionStore store = new SessionStore(file);
        assertThat(store.load()).isEqualTo(Session.empty());
        Files.writeString(file, "tabs=3\ntab.0.file=/x/a.md\ntab.0.caret=oops\ntab.2.file=/x/c.md\n"
                + "currentTab=7\nsplitDivider=NaN\nwindow.width=-5\n");
        Session s = store.load();
        assertThat(s.tabs()).extracting(Session.Tab::file).containsExactly(Path.of("/x/a.md"), Path.of("/x/c.md"));
        assertThat(s.tabs().get(0).caret()).isZero();
        assertThat(s.currentTab()).isZero();
        assertThat(s.splitDivider()).isEqualTo(0.5);
        assertThat(s.window()).isEmpty();
        Files.write(file, new byte[] {'t', 'a', 'b', 's', '=', '\\', 'u', '1'});
        assertThat(store.load()).isEqualTo(Session.empty());
    }
}
