package app.quire.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts a hostile or unlucky writer hands Quire (docs/robustness.md): clear messages, nothing edited over. */
class HostilePostTest {
    @TempDir
    Path dir;

    @Test
    void utf16WithBomIsNamedAsUtf16WhenOnlyUtf8IsRead() throws IOException {
        Path file = dir.resolve("wide.md");
        byte[] body = "---\ntitle: Wide\n---\nText\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(file, bytes);

        assertThatThrownBy(() -> PostFile.open(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("is UTF-16 text").hasMessageContaining("iconv -f UTF-16 -t UTF-8")
                .hasMessageNotContaining("binary");
        assertThat(PostFile.open(file, PostFile.Decoding.DETECT).post().title()).contains("Wide");
    }

    @Test
    void frontMatterThatIsNeverClosedIsAProblemAndEditsAreRefused() {
        Post post = Post.parse("---\ntitle: Open\nauthor: me\n\nThe body goes on.\n");

        assertThat(post.frontMatter().kind()).isEqualTo(FrontMatter.Kind.NONE);
        assertThat(post.frontMatter().problem()).hasValueSatisfying(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("never closed");
        });
        assertThat(post.frontMatter().editable()).isFalse();
        // before: the edit put a second block in front of the writer's unclosed one
        assertThatThrownBy(() -> post.frontMatter().withTitle("New")).isInstanceOf(FrontMatterEditException.class)
                .hasMessageContaining("never closed");
        assertThat(post.body()).isEqualTo(post.text());
    }

    @Test
    void frontMatterWithLoneCrLineEndingsIsNamed() {
        Post post = Post.parse("---\rtitle: Old Mac\rdate: 2021-12-10\r---\rBody\r");

        assertThat(post.frontMatter().problem()).hasValueSatisfying(p ->
                assertThat(p.message()).contains("CR only"));
        assertThat(post.frontMatter().editable()).isFalse();
        assertThat(post.text()).isEqualTo(post.frontMatterBlock() + post.body());
    }

    @Test
    void tomlFrontMatterNeverClosedIsAProblemToo() {
        assertThat(Post.parse("+++\ntitle = \"x\"\nBody\n").frontMatter().problem()).isPresent();
    }

    @Test
    void aPostThatMerelyStartsWithARuleIsNotFlagged() {
        for (String text : new String[] {"---\n\nA rule, then text.\n", "---\n", "---", "----\ntitle: x\n",
            "---\n* a list: item\n", ""}) {
            Post post = Post.parse(text);
            assertThat(post.frontMatter().problem()).as(text).isEmpty();
            assertThat(post.frontMatter().editable()).as(text).isTrue();
        }
    }

    @Test
    void closedFrontMatterWithCrlfOrBomIsUnaffected() {
        assertThat(Post.parse("---\r\ntitle: Win\r\n---\r\nBody\r\n").title()).contains("Win");
        assertThat(Post.parse("\uFEFF---\ntitle: Bom\n---\nBody").title()).contains("Bom");
    }

    @Test
    void anUnclosedPostSavedUnchangedKeepsEveryByte() throws IOException {
        Path file = dir.resolve("open.md");
        byte[] bytes = "---\r\ntitle: Open\r\nBody\rmore\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        PostFile pf = PostFile.open(file);

        pf.save(pf.post().text());

        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void aPostJustOverTheLimitSaysByHowMuch() throws IOException {
        Path huge = dir.resolve("huge.md");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(PostFile.MAX_BYTES + 1); // sparse
        }
        // it said "(50 MB; Quire opens posts up to 50 MB)"
        assertThatThrownBy(() -> PostFile.open(huge)).hasMessageContaining("(" + (PostFile.MAX_BYTES + 1) + " bytes;")
                .hasMessageContaining("up to " + PostFile.MAX_BYTES + " bytes");
    }

    @Test
    void aNewKeyJoinsAnIndentedMappingAtItsIndent() {
        // found by PostParseProperties (seed 2616627125074548739): the new key went to column 0 and the edit failed
        Post post = Post.parse("---\n ------:\n---\nBody\n");
        Post crlf = Post.parse("---\r\n title: Old\r\n tags:\r\n   - a\r\n---\r\nBody\r\n");

        Post edited = post.withFrontMatter(post.frontMatter().withTitle(""));
        Post edited2 = crlf.withFrontMatter(crlf.frontMatter().set("author", "Me"));

        assertThat(edited.frontMatter().get("title")).contains("");
        assertThat(edited.text()).isEqualTo("---\n ------:\n title: ''\n---\nBody\n");
        assertThat(edited2.frontMatter().get("author")).contains("Me");
        assertThat(edited2.frontMatter().get("tags")).contains(java.util.List.of("a"));
        assertThat(edited2.body()).isEqualTo("Body\r\n");
    }

    @Test
    void aDeviceOrANamedPipeIsRefusedInsteadOfReadForever() throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "a Unix-like system");
        // /dev/zero ran out of memory; a named pipe with no writer blocked forever
        assertThatThrownBy(() -> PostFile.open(zero)).isInstanceOf(IOException.class)
                .hasMessageContaining("is not a regular file");
        Path fifo = dir.resolve("pipe.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo available");
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () ->
                assertThatThrownBy(() -> PostFile.open(fifo)).hasMessageContaining("is not a regular file"));
    }

    @Test
    void aFolderWhereNoFileCanBeCreatedIsNamedNotItsTempFile() {
        Path proc = Path.of("/proc/1");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(proc), "Linux /proc");
        // it said "/proc/1/.x.md.2326836250159084923.quire-tmp: does not exist"
        assertThatThrownBy(() -> PostFile.createNew(proc.resolve("x.md"), "x"))
                .hasMessageStartingWith("cannot save /proc/1/x.md: no file can be created in folder /proc/1")
                .hasMessageNotContaining("quire-tmp");
    }
}
