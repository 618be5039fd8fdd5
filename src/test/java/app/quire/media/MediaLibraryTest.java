package app.quire.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which posts use which image, which images are unused, which references are missing. */
class MediaLibraryTest {
    @TempDir
    Path site;

    @Test
    void mapsImagesToThePostsUsingThem() throws IOException {
        Files.writeString(site.resolve("_config.yml"), "title: t\n");
        Path imgs = Files.createDirectories(site.resolve("assets/images/posts"));
        Files.write(imgs.resolve("hero.jpg"), TestImages.jpeg(4, 4, Color.RED));
        Files.write(imgs.resolve("in body.png"), TestImages.png(4, 4, Color.RED));
        Files.write(imgs.resolve("unused.png"), TestImages.png(4, 4, Color.BLUE));
        Files.createDirectories(site.resolve("_site/assets"));
        Files.write(site.resolve("_site/assets/built.png"), TestImages.png(4, 4, Color.BLUE));
        Path posts = Files.createDirectories(site.resolve("_posts"));
        Path a = Files.writeString(posts.resolve("2020-01-01-a.md"),
                "---\ntitle: A\nheroimage: /assets/images/posts/hero.jpg\n---\n![x](/assets/images/posts/in%20body.png)\n"
                        + "![gone](/assets/images/posts/gone.png) ![web](https://example.invalid/x.png)\n");
        Path b = Files.writeString(posts.resolve("2020-01-02-b.md"),
                "---\ntitle: B\n---\n<img src=\"../assets/images/posts/hero.jpg\" alt=\"h\">\n");
        MediaLibrary.Index index = MediaLibrary.scan(site);
        assertThat(index.images()).extracting(i -> site.relativize(i.file()).toString()).containsExactly(
                "assets/images/posts/hero.jpg", "assets/images/posts/in body.png", "assets/images/posts/unused.png");
        assertThat(index.images().get(0).usedBy()).containsExactly(a, b);
        assertThat(index.images().get(1).usedBy()).containsExactly(a);
        assertThat(index.unused()).extracting(MediaLibrary.Item::file).containsExactly(imgs.resolve("unused.png"));
        assertThat(index.missing()).containsExactly(new MediaLibrary.Missing(a, "/assets/images/posts/gone.png"));
    }
}
