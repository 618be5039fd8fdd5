package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images a written page shows that the exported site lacks are reported, where the post names them. */
class ImageCheckTest {
    @TempDir
    Path dir;

    @Test
    void imageUrlsMapToOutputFilesTheWayABrowserResolvesThem() {
        assertThat(ImageCheck.outputFile("/assets/a.png", "/2021/12/09/post.html", "")).isEqualTo("assets/a.png");
        assertThat(ImageCheck.outputFile("/blog/assets/a.png", "/blog/2021/post.html", "/blog"))
                .isEqualTo("assets/a.png");
        assertThat(ImageCheck.outputFile("/assets/a.png", "/blog/2021/post.html", "/blog")).isNull();
        assertThat(ImageCheck.outputFile("img/a.png", "/2021/12/09/post.html", "")).isEqualTo("2021/12/09/img/a.png");
        assertThat(ImageCheck.outputFile("../a.png", "/posts/slug/", "")).isEqualTo("posts/a.png");
        assertThat(ImageCheck.outputFile("/assets/my%20pic.png?v=2#top", "/p.html", "")).isEqualTo("assets/my pic.png");
        assertThat(ImageCheck.outputFile("/assets/café.png", "/p.html", "")).isEqualTo("assets/café.png");
        assertThat(ImageCheck.outputFile("/../../etc/passwd", "/p.html", "")).isNull();
        assertThat(ImageCheck.isLocal("https://example.org/a.png")).isFalse();
        assertThat(ImageCheck.isLocal("data:image/png;base64,AAAA")).isFalse();
        assertThat(ImageCheck.isLocal("//cdn.example.org/a.png")).isFalse();
        assertThat(ImageCheck.isLocal("/assets/a.png")).isTrue();
    }

    @Test
    void anExportWarnsAboutMissingImagesAtTheirLineAndStillSucceeds() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("_posts"));
        Files.createDirectories(site.resolve("assets/images"));
        Files.write(site.resolve("assets/images/there.png"), new byte[] {1, 2, 3});
        Files.writeString(site.resolve("_config.yml"), "title: Images\nurl: https://example.org\n",
                StandardCharsets.UTF_8);
        Files.writeString(site.resolve("_posts/2021-12-10-pictures.md"), String.join("\n",
                "---",
                "title: Pictures",
                "heroimage: /assets/images/hero-gone.jpg",
                "---",
                "",
                "![here](/assets/images/there.png)",
                "",
                "Text ![gone](/assets/images/gone.png) and ![remote](https://example.org/x.png)."),
                StandardCharsets.UTF_8);

        ExportReport report = SiteExporter.export(site, dir.resolve("out"), ExportFixtures.options());

        List<String> lines = report.problems().stream().map(Problem::toString).collect(Collectors.toList());
        assertThat(lines).containsExactly(
                "_posts/2021-12-10-pictures.md:3:12: warning: image /assets/images/hero-gone.jpg is not in the "
                        + "exported site (the page will show it broken)",
                "_posts/2021-12-10-pictures.md:8:14: warning: image /assets/images/gone.png is not in the "
                        + "exported site (the page will show it broken)");
        assertThat(report.hasErrors()).isFalse();
        assertThat(dir.resolve("out/assets/images/there.png")).exists();

        // a repeat export says it again (the page is checked again, not taken as unchanged) ...
        ExportReport again = SiteExporter.export(site, dir.resolve("out"), ExportFixtures.options());
        assertThat(again.problems()).extracting(Problem::message).hasSize(2);
        // ... until the images are there; from then on the page is unchanged and quiet
        Files.write(site.resolve("assets/images/gone.png"), new byte[] {4});
        Files.write(site.resolve("assets/images/hero-gone.jpg"), new byte[] {5});
        assertThat(SiteExporter.export(site, dir.resolve("out"), ExportFixtures.options()).problems()).isEmpty();
        ExportReport quiet = SiteExporter.export(site, dir.resolve("out"), ExportFixtures.options());
        assertThat(quiet.problems()).isEmpty();
        assertThat(quiet.written()).isZero();
    }

    @Test
    void aBodyImageIsFoundInTheBodyAndAHeroInTheFrontMatter() {
        String post = "---\ntitle: T\nheroimage: /assets/a.jpg\n---\n\nText\n\n![a](/assets/a.jpg)\n";
        assertThat(ImageCheck.position(post, "/assets/a.jpg", "")).containsExactly(8, 6);
        String hero = "---\ntitle: T\nheroimage: /assets/h.jpg\n---\n\nText\n";
        assertThat(ImageCheck.position(hero, "/blog/assets/h.jpg", "/blog")).containsExactly(3, 12);
        assertThat(ImageCheck.position(hero, "/assets/h.jpg", "")).containsExactly(3, 12);
        String toml = "+++\ntitle = 'T'\n+++\n![a](/x.png)\n";
        assertThat(ImageCheck.position(toml, "/x.png", "")).containsExactly(4, 6);
        assertThat(ImageCheck.position(toml, "/nowhere.png", "")).containsExactly(1, 1);
    }

    @Test
    void anImageFromTheWebRootOfASiteUnderABaseurlIsNamedAsSuch() throws Exception {
        Path site = dir.resolve("hugo");
        Files.createDirectories(site.resolve("content/posts"));
        Files.createDirectories(site.resolve("static/assets"));
        Files.write(site.resolve("static/assets/pic.png"), new byte[] {1});
        Files.writeString(site.resolve("hugo.toml"), "baseURL = 'https://example.org/notes/'\ntitle = 'N'\n");
        Files.writeString(site.resolve("content/posts/p.md"), String.join("\n",
                "---", "title: P", "date: 2021-01-02", "heroimage: /assets/pic.png", "---", "",
                "![pic](/assets/pic.png) ![ok](/notes/assets/pic.png)", ""));

        ExportReport report = SiteExporter.export(site, dir.resolve("out"), ExportFixtures.options());

        // the hero is fine (the theme adds the baseurl); the body image written from the web root is not
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "content/posts/p.md:7:8: warning: image /assets/pic.png is outside the site's baseurl /notes (the "
                        + "published page will show it broken); write /notes/assets/pic.png");
    }
}
