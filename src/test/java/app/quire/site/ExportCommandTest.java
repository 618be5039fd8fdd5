package app.quire.site;

import static app.quire.site.ExportFixtures.copySite;
import static org.assertj.core.api.Assertions.assertThat;

import app.quire.cli.ExportCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code quire export} in-process through picocli. The lead registers ExportCommand in QuireCli after the merge;
 * until then it is run on its own, exactly as the registered sub-command will be.
 */
class ExportCommandTest {
    @TempDir
    Path temp;
    private final StringWriter out = new StringWriter(); // a StringBuffer inside: safe to read while a command runs
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new ExportCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void cleanSiteExitsZero() throws Exception {
        Path site = copySite("hugo", temp);
        int code = run(site.toString(), "-o", temp.resolve("out").toString());
        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("written");
        assertThat(temp.resolve("out/posts/first-post/index.html")).exists();
    }

    @Test
    void problemsExitOneWithFileLineColumnOnStderr() throws Exception {
        Path site = copySite("jekyll", temp);
        int code = run(site.toString(), "-o", temp.resolve("out").toString(), "--drafts");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("_posts/2023-01-15-hostile.md:4:12: error: ")
                .contains("_posts/2022-03-05-liquid-features.md:22:39: warning: unknown Liquid tag 'youtube'");
        assertThat(temp.resolve("out/blog/2021/12/10/serverless-badge.html")).exists();
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        assertThat(run()).isEqualTo(2);
        assertThat(run(temp.resolve("missing").toString(), "-o", temp.resolve("out").toString())).isEqualTo(2);
        Path site = copySite("plain", temp);
        assertThat(run(site.toString())).isEqualTo(2); // -o is required
        assertThat(run(site.toString(), "-o", site.toString())).isEqualTo(2); // into the site itself
        assertThat(err.toString()).contains("must not be the site folder");
        Files.writeString(temp.resolve("file"), "x");
        assertThat(run(site.toString(), "-o", temp.resolve("file").toString())).isEqualTo(2);
    }

    @Test
    void serveShowsTheExportOnThisComputerUntilInterrupted() throws Exception {
        Path site = copySite("jekyll", temp);
        Path outDir = temp.resolve("served");
        int[] code = {-1};
        Thread command = new Thread(() -> code[0] = run(site.toString(), "-o", outDir.toString(), "-q", "--serve"));
        command.start();
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!out.toString().contains("serving ") && command.isAlive() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/blog/) ")
                .matcher(out.toString());
        assertThat(m.find()).as(out + " / " + err).isTrue();
        try (var in = java.net.URI.create(m.group(1)).toURL().openStream()) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .as("links to the live site point at the served copy")
                    .isEqualTo(Files.readString(outDir.resolve("index.html"))
                            .replace("https://blog.example.test/blog/", m.group(1)));
        }
        command.interrupt();
        command.join(10_000);
        assertThat(command.isAlive()).isFalse();
        assertThat(code[0]).isZero();
    }

    @Test
    void serveOnABusyPortExitsTwo() throws Exception {
        Path site = copySite("hugo", temp);
        try (java.net.ServerSocket busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int code = run(site.toString(), "-o", temp.resolve("out").toString(), "--serve=" + busy.getLocalPort());
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).contains("cannot serve").contains("port " + busy.getLocalPort());
        }
        assertThat(temp.resolve("out/index.html")).as("the export itself was done").exists();
    }
}
