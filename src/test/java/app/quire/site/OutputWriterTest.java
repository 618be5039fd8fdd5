package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OutputWriter writes inside OUT only, never through links, and says why when it cannot (decision 0157). */
class OutputWriterTest {
    @TempDir
    Path temp;

    @Test
    void aCopiedFileOnlyItsOwnerCouldReadBecomesReadableToAll() throws IOException {
        Path image = Files.write(temp.resolve("private.png"), new byte[] {1, 2, 3});
        Files.setPosixFilePermissions(image, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        OutputWriter w = new OutputWriter(temp.resolve("out"));
        w.copy(image, "assets/private.png");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(temp.resolve("out/assets/private.png")))).isEqualTo("rw-r--r--");
        assertThat(image).as("the source is not touched").satisfies(p -> assertThat(
                java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                .isEqualTo("rw-------"));
    }

    @Test
    void writesNewFilesInNewFoldersAndReplacesOldOnes() throws IOException {
        OutputWriter w = new OutputWriter(temp.resolve("out"));
        byte[] big = "0123456789abcdef".repeat(3000).getBytes(StandardCharsets.UTF_8); // 48 KB: several buffers
        w.write("a/b/c/index.html", big);
        assertThat(Files.readAllBytes(w.root().resolve("a/b/c/index.html"))).isEqualTo(big);
        w.write("a/b/c/index.html", "short".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(w.root().resolve("a/b/c/index.html"))).isEqualTo("short");
        w.write("a/b/other.html", new byte[0]);
        assertThat(w.root().resolve("a/b/other.html")).isEmptyFile();
    }

    @Test
    void refusesToWriteThroughALinkedFile() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "keep");
        OutputWriter w = new OutputWriter(temp.resolve("out"));
        Files.createDirectories(w.root().resolve("p"));
        Files.createSymbolicLink(w.root().resolve("p/index.html"), secret);
        assertThatThrownBy(() -> w.write("p/index.html", new byte[] {1}))
                .hasMessageContaining("refusing to write through symbolic link p/index.html");
        assertThat(Files.readString(secret)).isEqualTo("keep");
    }

    @Test
    void refusesToWriteThroughALinkedFolder() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        OutputWriter w = new OutputWriter(temp.resolve("out"));
        Files.createSymbolicLink(w.root().resolve("blog"), elsewhere);
        assertThatThrownBy(() -> w.write("blog/x/index.html", new byte[] {1}))
                .hasMessageContaining("refusing to write through symbolic link blog");
        assertThat(elsewhere).isEmptyDirectory();
    }

    @Test
    void saysWhatIsInTheWay() throws IOException {
        OutputWriter w = new OutputWriter(temp.resolve("out"));
        Files.createDirectories(w.root().resolve("dir/index.html"));
        assertThatThrownBy(() -> w.write("dir/index.html", new byte[] {1}))
                .hasMessageContaining("a folder is in the way of dir/index.html");
        Files.writeString(w.root().resolve("file"), "x");
        assertThatThrownBy(() -> w.write("file/index.html", new byte[] {1}))
                .hasMessageContaining("a file is in the way of folder file");
    }

    @Test
    void refusesPathsOutsideOut() throws IOException {
        OutputWriter w = new OutputWriter(temp.resolve("out"));
        for (String bad : new String[] {"../x", "/abs", "a/../../x", "a//b", "a\\b", ""}) {
            assertThatThrownBy(() -> w.write(bad, new byte[] {1})).as(bad).isInstanceOf(IOException.class);
        }
        assertThat(temp.resolve("x")).doesNotExist();
    }
}
