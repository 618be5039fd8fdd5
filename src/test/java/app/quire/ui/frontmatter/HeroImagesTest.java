package app.quire.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

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
        Files.writeString(inside, "png");
        assertThat(HeroImages.importInto(site, inside)).isEqualTo("/assets/img/x.png");
    }

    @Test
    void fileOutsideIsCopiedWithoutOverwritingAnother() throws IOException {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Path outside = Files.createDirectories(tmp.resolve("downloads")).resolve("sea view.jpg");
        Files.writeString(outside, "one");
        assertThat(HeroImages.importInto(site, outside)).isEqualTo("/assets/images/posts/sea view.jpg");
        assertThat(HeroImages.importInto(site, outside)).isEqualTo("/assets/images/posts/sea view.jpg");
        Files.writeString(outside, "two");
        assertThat(HeroImages.importInto(site, outside)).isEqualTo("/assets/images/posts/sea view-2.jpg");
        assertThat(Files.readString(site.resolve("assets/images/posts/sea view.jpg"))).isEqualTo("one");
        assertThat(HeroImages.isImage(outside)).isTrue();
        assertThat(HeroImages.isImage(Path.of("notes.txt"))).isFalse();
    }
}
