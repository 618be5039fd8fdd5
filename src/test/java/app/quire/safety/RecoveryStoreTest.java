package app.quire.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quire.post.PostFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryStoreTest {
    @TempDir
    Path dir;

    private Path post(String name, String text) throws IOException {
        return Files.writeString(Files.createDirectories(dir.resolve("posts")).resolve(name), text);
    }

    @Test
    void writesListsRestoresAndDiscards() throws IOException {
        Path post = post("p.md", "---\ntitle: T\n---\nOne.\nTwo.\n");
        PostFile pf = PostFile.open(post);
        RecoveryStore store = new RecoveryStore(dir.resolve("recovery"));
        String id = RecoveryStore.idFor(post);
        store.track(id, post, pf.contentHash());
        store.write(id, "---\ntitle: T\n---\nOne!\nTwo.\nThree.\n");

        RecoveryStore afterCrash = new RecoveryStore(dir.resolve("recovery"));
        List<RecoveryStore.Recoverable> pending = afterCrash.pending();
        assertThat(pending).hasSize(1);
        RecoveryStore.Recoverable r = pending.get(0);
        assertThat(r.docId()).isEqualTo(id);
        assertThat(r.original()).contains(post.toAbsolutePath().normalize());
        assertThat(r.diskState()).isEqualTo(RecoveryStore.DiskState.UNCHANGED_SINCE_OPEN);
        assertThat(r.summary()).isEqualTo("+2 \u22121 lines in 2 places");
        assertThat(afterCrash.restore(id)).isEqualTo("---\ntitle: T\n---\nOne!\nTwo.\nThree.\n");
        assertThat(post).hasContent("---\ntitle: T\n---\nOne.\nTwo.\n"); // the post itself is never touched

        afterCrash.discard(id);
        assertThat(afterCrash.pending()).isEmpty();
        assertThatThrownBy(() -> afterCrash.restore(id)).hasMessageContaining("nothing to recover");
    }

    @Test
    void reportsFilesChangedOrGoneSinceTheyWereOpened() throws IOException {
        Path changed = post("changed.md", "base\n");
        Path gone = post("gone.md", "base\n");
        RecoveryStore store = new RecoveryStore(dir.resolve("r"));
        store.write(RecoveryStore.idFor(changed), changed, PostFile.open(changed).contentHash(), "mine\n");
        store.write(RecoveryStore.idFor(gone), gone, PostFile.open(gone).contentHash(), "mine\n");
        String untitled = RecoveryStore.untitledId();
        store.write(untitled, "a new post\n");
        Files.writeString(changed, "theirs\n");
        Files.delete(gone);
        assertThat(store.find(RecoveryStore.idFor(changed)).orElseThrow().diskState())
                .isEqualTo(RecoveryStore.DiskState.CHANGED_SINCE_OPEN);
        assertThat(store.find(RecoveryStore.idFor(gone)).orElseThrow().diskState())
                .isEqualTo(RecoveryStore.DiskState.MISSING);
        RecoveryStore.Recoverable u = store.find(untitled).orElseThrow();
        assertThat(u.diskState()).isEqualTo(RecoveryStore.DiskState.UNTITLED);
        assertThat(u.original()).isEmpty();
        assertThat(u.summary()).isEqualTo("+1 \u22120 lines in 1 place");
        assertThat(store.pending()).hasSize(3);
    }

    @Test
    void entriesEqualToTheFileOnDiskAreDropped() throws IOException {
        Path post = post("p.md", "same\n");
        RecoveryStore store = new RecoveryStore(dir.resolve("r"));
        store.write(RecoveryStore.idFor(post), post, PostFile.open(post).contentHash(), "same\n");
        assertThat(store.pending()).isEmpty();
        assertThat(store.find(RecoveryStore.idFor(post))).isEmpty();
    }

    @Test
    void newestFirstAndOddTextSurvives() throws IOException {
        Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        RecoveryStore store = new RecoveryStore(dir.resolve("r"), clock);
        String odd = "line\r\n\n\n\u0000? \uD83D\uDE00 tail without newline";
        store.write("untitled:old", odd);
        now[0] = now[0].plusSeconds(60);
        store.write("untitled:new", "newer");
        assertThat(store.pending()).extracting(RecoveryStore.Recoverable::docId)
                .containsExactly("untitled:new", "untitled:old");
        assertThat(store.restore("untitled:old")).isEqualTo(odd);
        assertThat(store.find("untitled:old").orElseThrow().savedAt()).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void damagedEntriesAreSkippedAndKept() throws IOException {
        RecoveryStore store = new RecoveryStore(dir.resolve("r"));
        store.write("untitled:ok", "fine");
        Path junk = Files.writeString(dir.resolve("r/0000.recovery"), "not a recovery file");
        Path torn;
        try (Stream<Path> s = Files.list(dir.resolve("r"))) {
            torn = s.filter(p -> !p.equals(junk)).findFirst().orElseThrow();
        }
        Path copy = dir.resolve("r/1111.recovery");
        Files.write(copy, java.util.Arrays.copyOf(Files.readAllBytes(torn), Files.readAllBytes(torn).length - 1));
        assertThat(store.pending()).extracting(RecoveryStore.Recoverable::docId).containsExactly("untitled:ok");
        assertThat(junk).exists();
        assertThat(copy).exists();
    }

    @Test
    void pathsWithNewlinesAreStoredSafely() throws IOException {
        Path weird = post("we\nird.md", "x\n");
        RecoveryStore store = new RecoveryStore(dir.resolve("r"));
        store.write(RecoveryStore.idFor(weird), weird, PostFile.open(weird).contentHash(), "y\n");
        RecoveryStore.Recoverable r = store.pending().get(0);
        assertThat(r.original()).contains(weird.toAbsolutePath().normalize());
        assertThat(r.diskState()).isEqualTo(RecoveryStore.DiskState.UNCHANGED_SINCE_OPEN);
    }
}
