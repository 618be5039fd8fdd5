package app.quire.media;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Image files a hostile or unlucky drop hands the importer (docs/robustness.md). */
class HostileImageImportTest {
    @TempDir
    Path tmp;

    private ImageImporter importer() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("blog"));
        Files.writeString(site.resolve("_config.yml"), "title: t\n");
        Path post = Files.createDirectories(site.resolve("_posts")).resolve("2021-12-10-a.md");
        Files.writeString(post, "---\ntitle: A\n---\n");
        ImageTarget t = ImageTarget.of(site, post);
        return new ImageImporter(t, ImageSettings.forTarget(t));
    }

    @Test
    void aDeviceOrANamedPipeIsRefusedNotReadForever() throws Exception {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "a Unix-like system");
        ImageImporter importer = importer();
        // /dev/zero reports size 0 and read until memory ran out
        assertThatThrownBy(() -> importer.importFile(zero)).isInstanceOf(ImageImportException.class)
                .hasMessageContaining("is not a regular file");
        Path fifo = tmp.resolve("photo.png");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo available");
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                assertThatThrownBy(() -> importer.importFile(fifo)).hasMessageContaining("is not a regular file"));
    }
}
