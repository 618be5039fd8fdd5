package app.quire.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./quire} script's first desktop start records a class-data archive at exit. A second start while
 * the first is still writing it must never find a half-written archive at the final name: the JVM maps it and
 * dies of SIGBUS. Run against a stand-in {@code java} that writes the archive in two steps.
 */
class LauncherScriptTest {
    @TempDir
    Path tmp;

    private static final String FAKE_JAVA = """
            #!/usr/bin/env bash
            # Stand-in for java: writes the archive named by -XX:ArchiveClassesAtExit in two steps and notes
            # whether the launcher's final archive name held the half-written file in between.
            final="$QUIRE_TEST_DIR/target/quire-app.jsa"
            for a in "$@"; do
              case "$a" in
                -XX:ArchiveClassesAtExit=*) out="${a#-XX:ArchiveClassesAtExit=}" ;;
              esac
            done
            if [ -n "${out:-}" ]; then
              printf 'half' > "$out"
              if [ -f "$final" ] && [ "$(cat "$final")" = "half" ]; then echo "half-written archive visible" >> "$QUIRE_TEST_DIR/log"; fi
              printf 'complete' > "$out"
            fi
            echo "ran: $*" >> "$QUIRE_TEST_DIR/log"
            exit 3
            """;

    @Test
    void theFirstStartsArchiveAppearsOnlyWhenComplete() throws IOException, InterruptedException {
        Path script = Path.of("quire").toAbsolutePath();
        assumeTrue(Files.isRegularFile(script) && Files.isExecutable(Path.of("/bin/bash")));
        Path dir = Files.createDirectories(tmp.resolve("checkout"));
        Files.copy(script, dir.resolve("quire"));
        Files.createDirectories(dir.resolve("target"));
        Files.writeString(dir.resolve("target/quire.jar"), "not a jar");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, FAKE_JAVA, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir.resolve("quire"), PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder pb = new ProcessBuilder("/bin/bash", dir.resolve("quire").toString(), "post.md");
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().put("QUIRE_TEST_DIR", dir.toString());
        pb.redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as("the launcher passes on java's exit code").isEqualTo(3);
        String log = Files.readString(dir.resolve("log"));
        assertThat(log).contains("ran: ").contains("post.md").doesNotContain("half-written archive visible");
        assertThat(Files.readString(dir.resolve("target/quire-app.jsa"))).isEqualTo("complete");
        try (Stream<Path> left = Files.list(dir.resolve("target"))) {
            assertThat(left.map(f -> f.getFileName().toString()).toList())
                    .containsExactlyInAnyOrder("quire.jar", "quire-app.jsa");
        }
        assertThat(List.of(log.split("\n"))).hasSize(1);
    }
}
