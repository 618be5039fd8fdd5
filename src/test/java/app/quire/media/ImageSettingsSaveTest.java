package app.quire.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.site.SiteShape;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences > Images writes the blog's settings file; a file written by hand keeps its comments and order. */
class ImageSettingsSaveTest {
    @TempDir
    Path site;

    @Test
    void aNewFileReadsBackTheSame() throws Exception {
        Files.writeString(site.resolve("_config.yml"), "title: t\n");
        ImageSettings s = ImageSettings.defaults(SiteShape.JEKYLL, false).withFolder("/assets/img/{date}")
                .withName("{slug}-{hash}").withDownscale(true, 1200, true);
        s.save(site);
        assertThat(ImageSettings.forTarget(ImageTarget.of(site, null))).isEqualTo(s);
    }

    @Test
    void anExistingFileKeepsItsCommentsOrderAndOtherLines() throws Exception {
        Files.writeString(site.resolve("_config.yml"), "title: t\n");
        Path file = Files.createDirectories(site.resolve("_quire")).resolve("images.properties");
        Files.writeString(file, "# my images\nname = {uuid}\n# wide photos\nmax-width: 2000\nnote=kept\n");
        ImageSettings s = ImageSettings.forTarget(ImageTarget.of(site, null)).withName("{name}")
                .withFolder("C:\\pics");
        s.save(site);
        assertThat(Files.readAllLines(file)).startsWith("# my images", "name={name}", "# wide photos",
                "max-width=2000", "note=kept").contains("folder=C:\\\\pics");
        assertThat(ImageSettings.forTarget(ImageTarget.of(site, null))).isEqualTo(s);
    }
}
