package app.quire.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** app.quire.safety must stay usable without JavaFX (the UI wires it in). */
class SafetyIsJavaFxFreeTest {
    @Test
    void noJavaFxImports() throws IOException {
        Path src = Path.of("src/main/java/app/quire/safety");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(src)) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("javafx.");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        assertThat(offenders).isEmpty();
    }
}
