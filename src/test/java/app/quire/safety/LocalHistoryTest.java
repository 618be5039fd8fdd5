package app.quire.safety;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.FileChangedOnDiskException;
import app.quire.post.PostFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalHistoryTest {
    @TempDir
    Path dir;

    private Instant now = Instant.parse("2026-11-27T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void keepsListsDiffsAndRestores() throws IOException {
        LocalHistory h = new LocalHistory(dir.resolve("history"), 50, 1 << 20, clock);
        Path post = dir.resolve("post.md");
        h.keep(post, "v1\n");
        now = now.plusSeconds(10);
        h.keep(post, "v2\n");
        assertThat(h.keep(post, "v2\n")).as("same as newest: not kept").isEmpty();
        List<LocalHistory.Version> versions = h.versions(post);
        assertThat(versions).extracting(LocalHistory.Version::time)
                .containsExactly(Instant.parse("2026-11-27T10:00:10Z"), Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(versions.get(0).file().getFileName().toString()).isEqualTo("20261127T100010.000Z.md");
        assertThat(versions.get(0).file().getParent()).isEqualTo(h.folderOf(post));
        assertThat(h.folderOf(post).resolve("path")).hasContent(post.toAbsolutePath().toString());
        assertThat(h.restore(versions.get(1))).isEqualTo("v1\n");
        assertThat(h.diff(versions.get(1), "v3\n").summary()).isEqualTo("+1 \u22121 lines in 1 place");
        assertThat(h.versions(dir.resolve("other.md"))).isEmpty();
    }

    @Test
    void sameMillisecondStillGivesDistinctOrderedVersions() throws IOException {
        LocalHistory h = new LocalHistory(dir, 50, 1 << 20, clock);
        Path post = dir.resolve("p.md");
        h.keep(post, "a");
        h.keep(post, "b");
        h.keep(post, "c");
        assertThat(h.versions(post)).extracting(v -> h.read(v)).containsExactly("c", "b", "a");
    }

    @Test
    void boundedByCountAndSizeKeepingTheNewest() throws IOException {
        LocalHistory byCount = new LocalHistory(dir.resolve("c"), 3, 1 << 20, clock);
        Path post = dir.resolve("p.md");
        for (int i = 0; i < 10; i++) {
            now = now.plusSeconds(1);
            byCount.keep(post, "version " + i);
        }
        assertThat(byCount.versions(post)).extracting(v -> byCount.read(v))
                .containsExactly("version 9", "version 8", "version 7");

        LocalHistory bySize = new LocalHistory(dir.resolve("s"), 50, 2500, clock);
        for (int i = 0; i < 5; i++) {
            now = now.plusSeconds(1);
            bySize.keep(post, String.valueOf(i).repeat(1000));
        }
        assertThat(bySize.versions(post)).hasSize(2);
        now = now.plusSeconds(1);
        bySize.keep(post, "x".repeat(5000)); // bigger than the limit alone: the newest is still kept
        assertThat(bySize.versions(post)).extracting(LocalHistory.Version::size).containsExactly(5000L);
    }

    @Test
    void postSaverKeepsThePreviousVersionAndClearsRecovery() throws Exception {
        Path post = Files.writeString(dir.resolve("post.md"), "first\n");
        LocalHistory h = new LocalHistory(dir.resolve("h"), 50, 1 << 20, clock);
        RecoveryStore store = new RecoveryStore(dir.resolve("r"));
        try (AutosaveScheduler autosave = AutosaveScheduler.start(AutosaveScheduler.Sink.of(store),
                java.util.function.Supplier::get, new AutosaveScheduler.Listener() {
                })) {
            PostSaver saver = new PostSaver(h, autosave);
            PostFile pf = PostFile.open(post);
            String id = RecoveryStore.idFor(post);
            store.write(id, post, pf.contentHash(), "second\n");
            saver.save(pf, id, "second\n", false);
            autosave.flushAll().get();
            assertThat(post).hasContent("second\n");
            assertThat(store.find(id)).isEmpty();
            assertThat(h.versions(post)).extracting(v -> h.read(v)).containsExactly("first\n");

            Files.writeString(post, "someone else's\n");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> saver.save(pf, id, "third\n", false))
                    .isInstanceOf(FileChangedOnDiskException.class);
            now = now.plusSeconds(5);
            saver.save(pf, id, "third\n", true);
            assertThat(h.versions(post)).extracting(v -> h.read(v)).containsExactly("someone else's\n", "first\n");
        }
    }
}
