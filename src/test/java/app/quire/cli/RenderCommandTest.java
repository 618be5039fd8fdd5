package app.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir
    Path dir;

    @Test
    void oneFileGoesToStandardOutput() throws IOException {
        Path post = Fixtures.copy("seed-like.md", dir);
        CliRun r = CliRun.run("render", post.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).contains("<h2 id=\"reading-a-row\">Reading a row</h2>")
                .contains("<img src=\"/assets/images/posts/tide-chart.jpg\"")
                .doesNotContain("title:").doesNotContain("<!DOCTYPE");
        assertThat(r.err).isEmpty();
    }

    @Test
    void severalFilesGoToTheOutputFolder() throws IOException {
        Path a = Fixtures.copy("seed-like.md", dir);
        Path b = Fixtures.copy("non-ascii.md", dir);
        Path out = dir.resolve("html");
        CliRun r = CliRun.run("render", a.toString(), b.toString(), "-o", out.toString());
        assertThat(r.exit).as(r.toString()).isZero();
        assertThat(r.out).isEmpty();
        assertThat(Files.readString(out.resolve("seed-like.html"))).contains("Tide tables look daunting");
        assertThat(Files.readString(out.resolve("non-ascii.html"))).contains("東京で書きました");
    }

    @Test
    void severalFilesWithoutOutputFolderIsBadUsage() throws IOException {
        Path a = Fixtures.copy("seed-like.md", dir);
        CliRun r = CliRun.run("render", a.toString(), a.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("several files need -o DIR").doesNotContain("\tat ");
    }

    @Test
    void standalonePageHasHeaderAndCssWhenShipped() throws IOException {
        Path post = Fixtures.copy("seed-like.md", dir);
        CliRun r = CliRun.run("render", "--standalone", post.toString());
        assertThat(r.exit).isZero();
        assertThat(r.out).startsWith("<!DOCTYPE html>")
                .contains("<meta charset=\"utf-8\">")
                .contains("<title>Reading Tide Tables: A Beginner Walkthrough</title>")
                .contains("class=\"article-header\"").contains("Reading a row").endsWith("</html>\n");
        if (RenderCommand.css().isEmpty()) {
            assertThat(r.out).doesNotContain("<style>");
        } else {
            assertThat(r.out).contains("<style>");
        }
    }

    @Test
    void unreadableInputIsOneLineOnStderrAndExitTwo() {
        CliRun r = CliRun.run("render", dir.resolve("missing.md").toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).doesNotContain("\n").contains("missing.md does not exist");
        CliRun latin = CliRun.run("render", copyQuietly("latin1.md").toString());
        assertThat(latin.exit).isEqualTo(2);
        assertThat(latin.err).contains("not valid UTF-8").doesNotContain("\tat ");
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        Path post = Fixtures.copy("seed-like.md", dir);
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be");
        CliRun r = CliRun.run("render", "--debug", post.toString(), post.toString(), "-o", blocked.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("quire render:").contains("\tat ");
        CliRun quiet = CliRun.run("render", post.toString(), post.toString(), "-o", blocked.toString());
        assertThat(quiet.err.strip()).doesNotContain("\n");
    }

    private Path copyQuietly(String name) {
        try {
            return Fixtures.copy(name, dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
