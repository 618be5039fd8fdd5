package app.quire.safety;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.PostFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real inotify-backed watching. Waits for events (generous timeout), never asserts on how fast they come. */
class FileWatcherTest {
    @TempDir
    Path dir;

    private final BlockingQueue<FileWatcher.Change> changes = new LinkedBlockingQueue<>();
    private FileWatcher watcher;

    @BeforeEach
    void start() throws Exception {
        watcher = new FileWatcher(changes::add, Duration.ofMillis(50));
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
    }

    private FileWatcher.Change next() throws InterruptedException {
        FileWatcher.Change c = changes.poll(20, TimeUnit.SECONDS);
        assertThat(c).as("a change was reported").isNotNull();
        return c;
    }

    @Test
    void reportsAnotherProgramsEdit() throws Exception {
        Path post = Files.writeString(dir.resolve("p.md"), "one\n");
        PostFile pf = PostFile.open(post);
        watcher.watch(post, pf::contentHash);
        Files.writeString(post, "two\n");
        assertThat(next()).isEqualTo(new FileWatcher.Change(post.toAbsolutePath(), FileWatcher.Kind.MODIFIED,
                Optional.empty()));
    }

    @Test
    void reportsAPostThatBecameReadOnlyOrWritable() throws Exception {
        Path post = Files.writeString(dir.resolve("lock.md"), "one\n");
        PostFile pf = PostFile.open(post);
        watcher.watch(post, pf::contentHash, pf::readOnly);
        Files.setPosixFilePermissions(post, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        assertThat(next()).isEqualTo(new FileWatcher.Change(post.toAbsolutePath(), FileWatcher.Kind.ACCESS,
                Optional.empty()));
        assertThat(pf.recheckReadOnly()).isTrue();
        assertThat(pf.readOnly()).isTrue();
        assertThat(pf.recheckReadOnly()).as("nothing changed since").isFalse();
        Files.setPosixFilePermissions(post, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(next().kind()).isEqualTo(FileWatcher.Kind.ACCESS);
        assertThat(pf.recheckReadOnly()).isTrue();
        assertThat(pf.readOnly()).isFalse();
    }

    @Test
    void ignoresQuiresOwnSavesAndTouches() throws Exception {
        Path post = Files.writeString(dir.resolve("mine.md"), "one\n");
        Path sentinel = Files.writeString(dir.resolve("sentinel.md"), "s\n");
        PostFile pf = PostFile.open(post);
        PostFile sf = PostFile.open(sentinel);
        watcher.watch(post, pf::contentHash);
        watcher.watch(sentinel, sf::contentHash);
        pf.save("saved by Quire\n");
        Files.setLastModifiedTime(post, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        Files.writeString(sentinel, "changed elsewhere\n");
        // the sentinel's change is reported after (or with) anything caused by Quire's save: nothing for mine.md
        FileWatcher.Change c = next();
        assertThat(c.file()).isEqualTo(sentinel.toAbsolutePath());
        assertThat(changes).isEmpty();
    }

    @Test
    void reportsDeletionAndMoves() throws Exception {
        Path gone = Files.writeString(dir.resolve("gone.md"), "bye\n");
        Path moving = Files.writeString(dir.resolve("moving.md"), "travel\n");
        PostFile g = PostFile.open(gone);
        PostFile m = PostFile.open(moving);
        watcher.watch(gone, g::contentHash);
        watcher.watch(moving, m::contentHash);
        Files.delete(gone);
        FileWatcher.Change c1 = next();
        assertThat(c1.kind()).isEqualTo(FileWatcher.Kind.DELETED);
        assertThat(c1.file()).isEqualTo(gone.toAbsolutePath());
        Path target = dir.resolve("renamed.md");
        Files.move(moving, target, StandardCopyOption.ATOMIC_MOVE);
        FileWatcher.Change c2 = next();
        assertThat(c2.kind()).isEqualTo(FileWatcher.Kind.MOVED);
        assertThat(c2.movedTo()).contains(target.toAbsolutePath());
    }

    @Test
    void unwatchedFilesAreQuiet() throws Exception {
        Path a = Files.writeString(dir.resolve("a.md"), "a\n");
        Path b = Files.writeString(dir.resolve("b.md"), "b\n");
        watcher.watch(a, () -> "x");
        watcher.watch(b, PostFile.open(b)::contentHash);
        watcher.unwatch(a);
        assertThat(watcher.watched()).containsExactly(b.toAbsolutePath());
        Files.writeString(a, "changed\n");
        Files.writeString(b, "changed\n");
        assertThat(next().file()).isEqualTo(b.toAbsolutePath());
        assertThat(changes).isEmpty();
    }
}
