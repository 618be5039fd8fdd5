package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Bytes lost must be zero: any file the editor opens (UTF-8, legacy 8-bit, UTF-16 with BOM) and saves unchanged
 * is written back byte for byte; files it refuses as binary are left alone.
 */
class PostFileEncodingProperties {
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = Files.createTempDirectory("quire-enc");
    }

    @AfterContainer
    static void removeDir() throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<byte[]> fileBytes() {
        Arbitrary<byte[]> ascii = Arbitraries.strings().withCharRange(' ', '~').withChars('\n', '\r', '\t')
                .ofMaxLength(40).map(s -> s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Arbitrary<byte[]> high = Arbitraries.bytes().between((byte) 0x80, (byte) 0xFF).array(byte[].class)
                .ofMaxSize(6);
        Arbitrary<byte[]> unicode = Arbitraries.strings().ofMaxLength(10)
                .map(s -> s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Arbitrary<byte[]> control = Arbitraries.bytes().between((byte) 0, (byte) 0x1F).array(byte[].class)
                .ofMaxSize(2);
        Arbitrary<byte[]> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, ascii), net.jqwik.api.Tuple.of(2, high), net.jqwik.api.Tuple.of(2, unicode),
                net.jqwik.api.Tuple.of(1, control));
        Arbitrary<byte[]> plain = piece.list().ofMaxSize(12).map(PostFileEncodingProperties::join);
        Arbitrary<byte[]> utf16 = Arbitraries.strings().ofMaxLength(30).map(s -> {
            boolean le = s.length() % 2 == 0;
            byte[] bom = le ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            return join(List.of(bom, s.getBytes(le ? java.nio.charset.StandardCharsets.UTF_16LE
                    : java.nio.charset.StandardCharsets.UTF_16BE)));
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, plain), net.jqwik.api.Tuple.of(1, utf16));
    }

    @Property(tries = 500)
    void savingUnchangedTextGivesBackTheSameBytes(@ForAll("fileBytes") byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("p.md"), bytes);
        PostFile pf;
        try {
            pf = PostFile.open(file, PostFile.Decoding.DETECT);
        } catch (IOException refused) {
            net.jqwik.api.statistics.Statistics.collect("refused as binary");
            assertThat(refused.getMessage()).contains("binary");
            assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
            return;
        }
        net.jqwik.api.statistics.Statistics.collect(pf.charset().name());
        pf.saveOverwriting(pf.text());
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(pf.warning().isPresent()).isEqualTo(!pf.charset().equals(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static byte[] join(List<byte[]> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        parts.forEach(p -> out.write(p, 0, p.length));
        return out.toByteArray();
    }

}
