package app.quire.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported image is published with the site, so a web server running as another user must be able to read
 * it: it gets its folder's permissions (minus execute), not the owner-only mode of a temporary file.
 */
class ImportedImagePermissionsTest {
    @TempDir
    Path tmp;

    private ImportedImage importInto(String folderMode) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path site = Files.createDirectories(tmp.resolve("blog"));
        Files.writeString(site.resolve("_config.yml"), "title: t\n");
        Files.createDirectories(site.resolve("_posts"));
        Path images = Files.createDirectories(site.resolve("assets/images/posts"));
        Files.setPosixFilePermissions(images, PosixFilePermissions.fromString(folderMode));
        Path source = Files.createDirectories(tmp.resolve("outside")).resolve("shot.png");
        Files.write(source, TestImages.png(40, 30, Color.BLUE));
        ImageTarget target = ImageTarget.of(site, site.resolve("_posts/2021-12-10-badge.md"));
        return new ImageImporter(target, ImageSettings.forTarget(target)).importFile(source);
    }

    @Test
    void anImageInAnOrdinaryFolderIsReadableByEveryone() throws IOException {
        ImportedImage img = importInto("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(img.file()))).isEqualTo("rw-r--r--");
    }

    @Test
    void aPrivateFolderKeepsItsImagesPrivate() throws IOException {
        ImportedImage img = importInto("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(img.file()))).isEqualTo("rw-------");
    }

    @Test
    void aGroupWritableFolderGivesGroupWritableImages() throws IOException {
        ImportedImage img = importInto("rwxrwxr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(img.file()))).isEqualTo("rw-rw-r--");
    }
}
