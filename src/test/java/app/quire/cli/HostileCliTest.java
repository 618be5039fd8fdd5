package app.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI fed what a hostile or unlucky writer has (docs/robustness.md): one clear line, the right exit code. */
class HostileCliTest {
    @TempDir
    Path dir;

    @Test
    void checkNamesUtf16InsteadOfCallingItBinary() throws IOException {
        Path post = dir.resolve("wide.md");
        byte[] text = "---\ntitle: Wide\n---\nx\n".getBytes(StandardCharsets.UTF_16BE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFE;
        bytes[1] = (byte) 0xFF;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Files.write(post, bytes);

        CliRun r = CliRun.run("check", post.toString());

        assertThat(r.exit).as(r.toString()).isEqualTo(QuireCli.PROBLEMS);
        assertThat(r.out).startsWith(post + ":1:1: is UTF-16 text").doesNotContain("binary");
    }

    @Test
    void unclosedFrontMatterIsAProblemForCheckAndFmAndFmSetLeavesTheFileAlone() throws IOException {
        Path post = dir.resolve("open.md");
        String text = "---\ntitle: Open\n\nBody text.\n";
        Files.writeString(post, text, StandardCharsets.UTF_8);

        CliRun check = CliRun.run("check", post.toString());
        CliRun show = CliRun.run("fm", post.toString());
        CliRun set = CliRun.run("fm", post.toString(), "--set", "title=New");

        assertThat(check.exit).as(check.toString()).isEqualTo(QuireCli.PROBLEMS);
        assertThat(check.out).contains(post + ":1:1: front matter opened with --- on line 1 is never closed");
        assertThat(show.exit).as(show.toString()).isEqualTo(QuireCli.PROBLEMS);
        assertThat(set.exit).as(set.toString()).isEqualTo(QuireCli.USAGE);
        assertThat(set.err).contains("never closed").contains("fix it in the text");
        assertThat(Files.readString(post, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void exportOfASiteWithALatin1ConfigReportsItAndExitsOne() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("_posts"));
        Files.write(site.resolve("_config.yml"), "title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(site.resolve("_posts/2021-12-10-a.md"), "---\ntitle: A\n---\nx\n");

        CliRun r = CliRun.run("export", site.toString(), "-o", dir.resolve("out").toString());

        assertThat(r.exit).as(r.toString()).isEqualTo(1);
        assertThat(r.err).contains("_config.yml:1:1: error: not valid UTF-8 text").doesNotContain("Input length");
    }

    @Test
    void exportWithAPaginatePathOutsideTheSiteDoesNotCrash() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), "paginate: 1\npaginate_path: /../x:num/\n");
        Files.writeString(site.resolve("_posts/2021-12-10-a.md"), "---\ntitle: A\n---\nx\n");
        Files.writeString(site.resolve("_posts/2021-12-11-b.md"), "---\ntitle: B\n---\nx\n");

        CliRun r = CliRun.run("export", site.toString(), "-o", dir.resolve("out").toString());

        assertThat(r.exit).as(r.toString()).isEqualTo(1);
        assertThat(r.err).contains("paginate_path").doesNotContain("NullPointer").doesNotContain("Cannot invoke");
        assertThat(dir.resolve("out/page2/index.html")).isRegularFile();
    }

    @Test
    void renderNeverOverwritesAnInputFile() throws IOException {
        // Jekyll posts may be .html files: rendered into their own folder, the output name is the input's name
        Path post = dir.resolve("2021-12-10-page.html");
        String text = "---\ntitle: Page\n---\nThe writer's text.\n";
        Files.writeString(post, text, StandardCharsets.UTF_8);

        CliRun r = CliRun.run("render", post.toString(), "-o", dir.toString());

        assertThat(r.exit).as(r.toString()).isEqualTo(QuireCli.USAGE);
        assertThat(r.err).contains("is one of the input files; not overwritten");
        assertThat(Files.readString(post, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void renderOfTwoPostsWithTheSameNameKeepsTheFirstAndSaysSo() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("post.md");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("post.md");
        Files.writeString(a, "First\n", StandardCharsets.UTF_8);
        Files.writeString(b, "Second\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        CliRun r = CliRun.run("render", a.toString(), b.toString(), "-o", out.toString());

        assertThat(r.exit).as(r.toString()).isEqualTo(QuireCli.USAGE);
        assertThat(r.err).contains("would both be written to");
        assertThat(Files.readString(out.resolve("post.html"), StandardCharsets.UTF_8)).contains("First");
    }

    @Test
    void renderIntoAFileSaysItIsNoFolder() throws IOException {
        Path post = dir.resolve("p.md");
        Files.writeString(post, "x\n", StandardCharsets.UTF_8);

        CliRun r = CliRun.run("render", post.toString(), "-o", post.toString());

        assertThat(r.exit).as(r.toString()).isEqualTo(QuireCli.USAGE);
        assertThat(r.err).contains(post + ": already exists (and is not a folder)");
        assertThat(Files.readString(post, StandardCharsets.UTF_8)).isEqualTo("x\n");
    }

    @Test
    void checkFlagsImagesThatLeaveTheSiteFolderEvenWhenTheFileExists() throws IOException {
        Path site = dir.resolve("site");
        Path posts = Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), "title: T\n");
        Files.writeString(dir.resolve("private.png"), "not published");
        Path post = posts.resolve("2021-12-10-a.md");
        Files.writeString(post, "---\ntitle: A\nheroimage: ../../private.png\n---\n![photo](../../private.png)\n");

        CliRun r = CliRun.run("check", post.toString());

        assertThat(r.exit).as(r.toString()).isEqualTo(QuireCli.PROBLEMS);
        assertThat(r.out).contains(post + ":3:1: image outside the site folder (it would not be published) "
                + "../../private.png", post + ":5:1: image outside the site folder");
    }

    @Test
    void checkOfALoosePostWithoutASiteDoesNotCallItsImagesOutside() throws IOException {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.createDirectories(dir.resolve("pics"));
        Files.writeString(dir.resolve("pics/a.png"), "png");
        Path post = notes.resolve("a.md");
        Files.writeString(post, "![a photo](../pics/a.png)\n");

        CliRun r = CliRun.run("check", post.toString());

        assertThat(r.exit).as(r.toString()).isZero();
    }
}
