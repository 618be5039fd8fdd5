package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostFileTest {
    @TempDir
    Path dir;

    @Test
    void saveKeepsBomAndWritesAtomically() throws IOException {
        Path file = Fixtures.copy("bom-crlf.md", dir);
        PostFile pf = PostFile.open(file);
        pf.save(pf.text().replace("Windows Notes", "Edited"));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFF---\r\ntitle: Edited\r\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bom-crlf.md");
        }
    }

    @Test
    void refusesToOverwriteAFileChangedOnDisk() throws IOException {
        Path file = Fixtures.copy("seed-like.md", dir);
        PostFile pf = PostFile.open(file);
        Files.writeString(file, "someone else wrote this");
        assertThat(pf.changedOnDisk()).isTrue();
        assertThatThrownBy(() -> pf.save("mine")).isInstanceOf(FileChangedOnDiskException.class)
                .hasMessageContaining("changed on disk");
        assertThat(Files.readString(file)).isEqualTo("someone else wrote this");
        pf.saveOverwriting("mine");
        assertThat(Files.readString(file)).isEqualTo("mine");
        assertThat(pf.changedOnDisk()).isFalse();
    }

    @Test
    void aTouchWithoutChangeIsNotAChange() throws IOException {
        Path file = Fixtures.copy("seed-like.md", dir);
        PostFile pf = PostFile.open(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        assertThat(pf.changedOnDisk()).isFalse();
        pf.save("fine");
        assertThat(Files.readString(file)).isEqualTo("fine");
    }

    @Test
    void deletedFileCountsAsChanged() throws IOException {
        Path file = Fixtures.copy("seed-like.md", dir);
        PostFile pf = PostFile.open(file);
        Files.delete(file);
        assertThat(pf.changedOnDisk()).isTrue();
    }

    @Test
    void keepsPosixPermissions() throws IOException {
        Path file = Fixtures.copy("seed-like.md", dir);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(file).supportsFileAttributeView("posix"), "POSIX file system");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        PostFile pf = PostFile.open(file);
        pf.save("changed");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void malformedUtf8FailsClearly() throws IOException {
        Path file = Fixtures.copy("latin1.md", dir);
        assertThatThrownBy(() -> PostFile.open(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("not valid UTF-8").hasMessageContaining("0xE9").hasMessageContaining("offset 14");
    }

    @Test
    void missingFileAndFolderMessages() {
        assertThatThrownBy(() -> PostFile.open(dir.resolve("nope.md"))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> PostFile.open(dir)).hasMessageContaining("is a folder");
    }

    @Test
    void createNewNeverOverwrites() throws IOException {
        Path file = dir.resolve("new.md");
        PostFile created = PostFile.createNew(file, "---\ntitle: New\n---\n");
        assertThat(created.post().title()).contains("New");
        assertThatThrownBy(() -> PostFile.createNew(file, "other")).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: New\n---\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void saveAsCreatesAndReplaces() throws IOException {
        Path file = dir.resolve("as.md");
        PostFile.create(file, "one");
        PostFile second = PostFile.create(file, "two");
        assertThat(second.text()).isEqualTo("two");
    }

    @Test
    void savingThroughASymlinkKeepsTheLink() throws IOException {
        Path real = Fixtures.copy("seed-like.md", dir);
        Path link = dir.resolve("link.md");
        try {
            Files.createSymbolicLink(link, real.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symlinks here: " + e.getMessage());
        }
        PostFile pf = PostFile.open(link);
        pf.save("through the link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("through the link");
    }
}
