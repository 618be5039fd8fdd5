package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Odd and hostile files: other encodings, binary, huge, read-only, failing writes, stale temp files. */
class PostFileHostileTest {
    @TempDir
    Path dir;

    private final PostFile.TempWriter realWriter = PostFile.tempWriter;

    @AfterEach
    void restoreWriter() {
        PostFile.tempWriter = realWriter;
    }

    @Test
    void latin1IsDetectedOpenedWithAWarningAndSavedBackInItsOwnEncoding() throws IOException {
        Path file = Fixtures.copy("latin1.md", dir);
        PostFile pf = PostFile.open(file, PostFile.Decoding.DETECT);
        assertThat(pf.charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(pf.text()).isEqualTo("---\ntitle: Caf\u00e9\n---\nbody\n");
        assertThat(pf.warning()).hasValueSatisfying(w -> assertThat(w).contains("not UTF-8").contains("windows-1252"));
        pf.save(pf.text().replace("body", "cr\u00e8me \u20ac"));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).isEqualTo("---\ntitle: Caf\u00e9\n---\ncr\u00e8me \u20ac\n".getBytes("windows-1252"));
        assertThat(pf.changedOnDisk()).isFalse();
    }

    @Test
    void textTheLegacyCharsetCannotHoldIsRefusedUntilConverted() throws IOException {
        Path file = Fixtures.copy("latin1.md", dir);
        byte[] before = Files.readAllBytes(file);
        PostFile pf = PostFile.open(file, PostFile.Decoding.DETECT);
        assertThatThrownBy(() -> pf.save("snow \u2603 man")).isInstanceOf(IOException.class)
                .hasMessageContaining("'\u2603'").hasMessageContaining("convert the file to UTF-8");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        pf.convertToUtf8();
        assertThat(pf.warning()).isEmpty();
        pf.save("snow \u2603 man");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("snow \u2603 man");
        assertThat(PostFile.open(file).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void bytesUndefinedInWindows1252FallBackToIso88591() throws IOException {
        Path file = dir.resolve("odd.md");
        Files.write(file, new byte[] {'a', (byte) 0x81, 'b', (byte) 0xE9});
        PostFile pf = PostFile.open(file, PostFile.Decoding.DETECT);
        assertThat(pf.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        pf.save(pf.text() + "!");
        assertThat(Files.readAllBytes(file)).isEqualTo(new byte[] {'a', (byte) 0x81, 'b', (byte) 0xE9, '!'});
    }

    @Test
    void utf16WithBomRoundTrips() throws IOException {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Path file = dir.resolve(cs.name() + ".md");
            byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF};
            Files.write(file, concat(bom, "# T\u00eete\n\u4e2d\u6587\n".getBytes(cs)));
            PostFile pf = PostFile.open(file, PostFile.Decoding.DETECT);
            assertThat(pf.charset()).isEqualTo(cs);
            assertThat(pf.hasBom()).isTrue();
            assertThat(pf.text()).isEqualTo("# T\u00eete\n\u4e2d\u6587\n");
            pf.save("changed \u00e9\n");
            assertThat(Files.readAllBytes(file)).isEqualTo(concat(bom, "changed \u00e9\n".getBytes(cs)));
        }
    }

    @Test
    void utf8OnlyModeStillRefusesOtherEncodings() throws IOException {
        Path file = Fixtures.copy("latin1.md", dir);
        assertThatThrownBy(() -> PostFile.open(file)).hasMessageContaining("not valid UTF-8");
        assertThat(PostFile.open(Fixtures.copy("seed-like.md", dir)).warning()).isEmpty();
    }

    @Test
    void binaryFilesAreRefusedClearly() throws IOException {
        Path png = dir.resolve("image.md");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        assertThatThrownBy(() -> PostFile.open(png, PostFile.Decoding.DETECT)).isInstanceOf(IOException.class)
                .hasMessageContaining("looks like a binary file").hasMessageContaining("NUL byte at offset 8");
        Path junk = dir.resolve("junk.md");
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'x');
        }
        Files.write(junk, bytes);
        assertThatThrownBy(() -> PostFile.open(junk, PostFile.Decoding.DETECT))
                .hasMessageContaining("control characters");
        assertThatThrownBy(() -> PostFile.open(junk)).hasMessageContaining("binary");
    }

    @Test
    void aTenMegabytePostOpensAndAHugeOneIsRefused() throws IOException {
        Path big = dir.resolve("big.md");
        String line = "Some words of a long post, again and again and again.\n";
        Files.writeString(big, line.repeat(10 * 1024 * 1024 / line.length() + 1));
        PostFile pf = PostFile.open(big, PostFile.Decoding.DETECT);
        assertThat(pf.text().length()).isGreaterThan(10 * 1024 * 1024);
        Path huge = dir.resolve("huge.md");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(PostFile.MAX_BYTES + 1); // sparse: costs no disk
        }
        assertThatThrownBy(() -> PostFile.open(huge, PostFile.Decoding.DETECT)).hasMessageContaining("too large")
                .hasMessageContaining("50 MB");
    }

    @Test
    void readOnlyFileIsFlaggedAndNeverReplaced() throws IOException {
        Path file = Fixtures.copy("seed-like.md", dir);
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"), "POSIX file system");
        String before = Files.readString(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        PostFile pf = PostFile.open(file, PostFile.Decoding.DETECT);
        assertThat(pf.readOnly()).isTrue();
        assertThatThrownBy(() -> pf.save("mine")).isInstanceOf(IOException.class)
                .hasMessageContaining("is read-only").hasMessageContaining("Save As");
        assertThatThrownBy(() -> pf.saveOverwriting("mine")).hasMessageContaining("is read-only");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(PostFile.open(Fixtures.copy("no-fm.md", dir)).readOnly()).isFalse();
    }

    @Test
    void readOnlyFolderLeavesTheFileWhole() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("locked"));
        Path file = Fixtures.copy("seed-like.md", sub);
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"), "POSIX file system");
        String before = Files.readString(file);
        PostFile pf = PostFile.open(file);
        Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(sub), "running as root: folder permissions are not enforced");
            assertThatThrownBy(() -> pf.save("mine")).isInstanceOf(IOException.class)
                    .hasMessageContaining("is not writable");
            assertThat(Files.readString(file)).isEqualTo(before);
        } finally {
            Files.setPosixFilePermissions(sub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFullDiskMidWriteLeavesTheOldFileWholeAndNoTempFile() throws IOException {
        Path file = Fixtures.copy("seed-like.md", dir);
        byte[] before = Files.readAllBytes(file);
        PostFile pf = PostFile.open(file);
        PostFile.tempWriter = (ch, buf) -> {
            buf.limit(buf.position() + buf.remaining() / 2);
            ch.write(buf); // half of it lands, then the disk is full
            throw new IOException("No space left on device");
        };
        assertThatThrownBy(() -> pf.save("x".repeat(100_000))).isInstanceOf(IOException.class)
                .hasMessageContaining("the disk is full").hasMessageContaining("the file on disk was not changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(pf.text()).isEqualTo(new String(before, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("seed-like.md");
        }
        PostFile.tempWriter = realWriter;
        pf.save("after the disk was cleaned up");
        assertThat(Files.readString(file)).isEqualTo("after the disk was cleaned up");
    }

    @Test
    void otherWriteErrorsAreReportedPlainly() throws IOException {
        Path file = Fixtures.copy("seed-like.md", dir);
        byte[] before = Files.readAllBytes(file);
        PostFile pf = PostFile.open(file);
        PostFile.tempWriter = (ch, buf) -> {
            throw new IOException("Input/output error");
        };
        assertThatThrownBy(() -> pf.save("new")).hasMessageContaining("cannot save " + file)
                .hasMessageContaining("Input/output error").hasMessageContaining("not changed");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void staleTempFilesAreRemovedOnOpenFreshOnesKept() throws IOException {
        Path file = Fixtures.copy("seed-like.md", dir);
        Path stale = Files.writeString(dir.resolve(".seed-like.md.123" + PostFile.TEMP_SUFFIX), "half");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        Path fresh = Files.writeString(dir.resolve(".other.md.456" + PostFile.TEMP_SUFFIX), "saving now");
        Path unrelated = Files.writeString(dir.resolve("notes.quire-tmp.md"), "mine");
        Files.setLastModifiedTime(unrelated, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        PostFile.open(file);
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(unrelated).exists();
    }

    @Test
    void contentHashIsTheSha256OfTheBytesOnDisk() throws Exception {
        Path file = Fixtures.copy("bom-crlf.md", dir);
        PostFile pf = PostFile.open(file);
        assertThat(pf.contentHash()).isEqualTo(sha(Files.readAllBytes(file)));
        pf.save("new text");
        assertThat(pf.contentHash()).isEqualTo(sha(Files.readAllBytes(file)));
    }

    private static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
