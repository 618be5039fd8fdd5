package app.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain {@code quire export} taken without picocli (decision 0159) prints and exits exactly as through picocli;
 * every other argument list is left to picocli.
 */
class ExportFastPathTest {
    @TempDir
    Path temp;

    @Test
    void plainExportsAnswerAsPicocliDoes() throws IOException {
        Path jekyll = copy("jekyll");
        Path plain = copy("plain");
        List<List<String>> cases = List.of(
                List.of("export", "SITE", "-o", "OUT"),
                List.of("export", "-o", "OUT", "SITE", "-q"),
                List.of("export", "SITE", "--output", "OUT", "--drafts", "--future", "--clean"),
                List.of("export", "--quiet", "--clean", "SITE", "-o", "OUT"));
        int n = 0;
        for (Path site : List.of(jekyll, plain)) {
            for (List<String> args : cases) {
                n++;
                Path fastOut = temp.resolve("fast" + n);
                Path picoOut = temp.resolve("pico" + n);
                Captured fast = fast(replace(args, site, fastOut));
                CliRun pico = CliRun.run(replace(args, site, picoOut));
                assertThat(fast.exit).as(args + " on " + site).isNotNull().isEqualTo(pico.exit);
                assertThat(fast.err).isEqualTo(pico.err);
                assertThat(fast.out.replace(fastOut.toString(), "OUT")).isEqualTo(pico.out.replace(picoOut.toString(), "OUT"));
                assertThat(fastOut.resolve("index.html")).isRegularFile();
            }
        }
    }

    @Test
    void unusableFoldersAnswerAsPicocliDoes() throws IOException {
        Path site = copy("plain");
        for (List<String> args : List.of(
                List.of("export", temp.resolve("missing").toString(), "-o", temp.resolve("o1").toString()),
                List.of("export", site.toString(), "-o", site.toString()),
                List.of("export", site.toString(), "-o", site.resolve("quire.yaml").toString()))) {
            Captured fast = fast(args.toArray(new String[0]));
            CliRun pico = CliRun.run(args.toArray(new String[0]));
            assertThat(fast.exit).as(args.toString()).isEqualTo(2).isEqualTo(pico.exit);
            assertThat(fast.err).isEqualTo(pico.err);
            assertThat(fast.out).isEqualTo(pico.out);
        }
    }

    @Test
    void everythingElseIsLeftToPicocli() throws IOException {
        String site = copy("plain").toString();
        String out = temp.resolve("out").toString();
        for (List<String> args : List.of(
                List.of("export", "--help"), List.of("export", site), List.of("export", site, "-o"),
                List.of("export", site, "-o", out, "--debug"), List.of("export", site, "--output=" + out),
                List.of("export", site, "-o", out, "-q", "-q"), List.of("export", site, "-o", out, "extra"),
                List.of("export", site, "-o", "-x"), List.of("export", "", "-o", out), List.of("export", site, "-qo", out),
                List.of("render", site, "-o", out, "-q"), List.of("export", site, "-o", out, "-o", out),
                List.of("export", site, "-o", out, "--drafts", "--drafts"), List.of("export", "-V", site, "-o", out),
                List.of("export", site, "-o", out, "--expired", "--expired"))) {
            assertThat(ExportFastPath.run(args.toArray(new String[0]))).as(args.toString()).isNull();
        }
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void expiredPostsComeBackWithExpiredThroughEitherParser() throws IOException {
        Path site = copy("hugo");
        Files.writeString(site.resolve("content/posts/gone-stale.md"), "---\ntitle: Gone stale\ndate: 2020-01-01\n"
                + "expiryDate: 2021-01-01\n---\nOld news.\n");
        for (boolean withExpired : List.of(true, false)) {
            Path fastOut = temp.resolve("fast-expired-" + withExpired);
            Path picoOut = temp.resolve("pico-expired-" + withExpired);
            List<String> args = withExpired ? List.of("export", "SITE", "-o", "OUT", "--expired", "-q")
                    : List.of("export", "SITE", "-o", "OUT", "-q");
            Captured fast = fast(replace(args, site, fastOut));
            CliRun pico = CliRun.run(replace(args, site, picoOut));
            assertThat(fast.exit).as(args.toString()).isNotNull().isEqualTo(pico.exit);
            assertThat(fast.err).isEqualTo(pico.err);
            for (Path out : List.of(fastOut, picoOut)) {
                assertThat(Files.exists(out.resolve("posts/gone-stale/index.html"))).as(out.toString())
                        .isEqualTo(withExpired);
                assertThat(Files.readString(out.resolve("index.xml")).contains("Gone stale")).isEqualTo(withExpired);
            }
        }
    }

    private record Captured(Integer exit, String out, String err) {
    }

    private static Captured fast(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Charset cs = Charset.defaultCharset();
        try {
            System.setOut(new PrintStream(out, true, cs));
            System.setErr(new PrintStream(err, true, cs));
            Integer exit = ExportFastPath.run(args);
            return new Captured(exit, out.toString(cs), err.toString(cs));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static String[] replace(List<String> args, Path site, Path out) {
        return args.stream().map(a -> a.equals("SITE") ? site.toString() : a.equals("OUT") ? out.toString() : a)
                .toArray(String[]::new);
    }

    private Path copy(String name) throws IOException {
        Path from = Path.of("src/test/resources/sites", name);
        Path to = temp.resolve("site-" + name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!Files.isSymbolicLink(f)) {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
