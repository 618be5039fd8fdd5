package app.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Guard rail: the core packages never import JavaFX, so the CLI runs without a display. */
class ArchitectureTest {
    private static final List<String> CORE = List.of("post", "markdown", "site", "media", "cli");

    @Test
    void corePackagesDoNotImportJavaFx() throws IOException {
        Path root = Path.of("src/main/java/app/quire");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(root)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> CORE.contains(root.relativize(p).getName(0).toString()))
                    .filter(ArchitectureTest::importsJavaFx)
                    .map(Path::toString)
                    .collect(Collectors.toList());
        }
        assertThat(offenders).isEmpty();
    }

    private static boolean importsJavaFx(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .anyMatch(l -> l.startsWith("import javafx.") || l.startsWith("import static javafx."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
