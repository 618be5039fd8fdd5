package app.quire.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.quire.media.TestImages;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolving and importing hero images, without JavaFX. */
class HeroImagesTest {
    @TempDir
    Path tmp;

    @Test
    void resolvesSiteRootAndRelativePaths() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        assertThat(HeroImages.resolve("/assets/images/posts/a.jpg", site, site.resolve("_posts")))
                .contains(site.resolve("assets/images/posts/a.jpg"));
        assertThat(HeroImages.resolve("img/b.png?v=2", site, site.resolve("content/post")))
                .contains(site.resolve("content/post/img/b.png"));
        assertThat(HeroImages.resolve("https://example.invalid/a.jpg", site, null)).isEmpty();
        assertThat(HeroImages.resolve("/a.jpg", null, null)).isEmpty();
        Files.createDirectories(site.resolve("static/images"));
        Files.writeString(site.resolve("static/images/h.png"), "x");
        assertThat(HeroImages.resolve("/images/h.png", site, null)).contains(site.resolve("static/images/h.png"));
    }

    @Test
    void fileInsideTheSiteKeepsItsPlace() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path inside = Files.createDirectories(site.resolve("assets/img")).resolve("x.png");
        Files.write(inside, TestImages.png(8, 8, Color.RED));
        assertThat(HeroImages.importInto(site, inside)).isEqualTo("/assets/img/x.png");
    }

    @Test
    void fileOutsideIsStoredOnceAndNeverOverwritesAnother() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("_config.yml"), "title: t\n");
        Path outside = Files.createDirectories(tmp.resolve("downloads")).resolve("sea view.jpg");
        Files.write(outside, TestImages.jpeg(20, 10, Color.BLUE));
        String first = HeroImages.importInto(site, outside);
        assertThat(first).matches("/assets/images/posts/[0-9a-f-]{36}\\.jpg");
        assertThat(HeroImages.importInto(site, outside)).isEqualTo(first);
        byte[] one = Files.readAllBytes(outside);
        Files.write(outside, TestImages.jpeg(20, 10, Color.GREEN));
        String second = HeroImages.importInto(site, outside);
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readAllBytes(site.resolve(first.substring(1)))).isEqualTo(one);
        assertThat(HeroImages.isImage(outside)).isTrue();
        assertThat(HeroImages.isImage(Path.of("notes.txt"))).isFalse();
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedAndNothingIsCreated() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("_config.yml"), "title: t\n");
        Path fake = Files.writeString(tmp.resolve("fake.png"), "not really");
        assertThatThrownBy(() -> HeroImages.importInto(site, fake)).hasMessageContaining("not an image");
        assertThat(site.resolve("assets")).doesNotExist();
    }
}
