package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImageSourcesTest {
    private final RenderContext ctx = new RenderContext(Path.of("/srv/blog"), Path.of("/srv/blog/_posts"));

    @Test
    void siteRootPathsResolveUnderTheSiteFolder() {
        assertThat(ImageSources.resolve("/assets/images/posts/x.jpg", ctx))
                .isEqualTo("file:///srv/blog/assets/images/posts/x.jpg");
    }

    @Test
    void relativePathsResolveAgainstThePostFolder() {
        assertThat(ImageSources.resolve("img/a.png", ctx)).isEqualTo("file:///srv/blog/_posts/img/a.png");
        assertThat(ImageSources.resolve("../assets/a.png", ctx)).isEqualTo("file:///srv/blog/assets/a.png");
    }

    @Test
    void percentEncodingIsDecodedOnceAndEncodedProperly() {
        assertThat(ImageSources.resolve("/assets/my%20pic.png", ctx)).isEqualTo("file:///srv/blog/assets/my%20pic.png");
        assertThat(ImageSources.resolve("/assets/my pic.png", ctx)).isEqualTo("file:///srv/blog/assets/my%20pic.png");
        assertThat(ImageSources.resolve("/assets/caf\u00e9.png", ctx)).isEqualTo("file:///srv/blog/assets/caf%C3%A9.png");
        assertThat(ImageSources.resolve("/assets/100%.png", ctx)).isEqualTo("file:///srv/blog/assets/100%25.png");
        assertThat(ImageSources.resolve("/assets/a+b.png?v=1 2#top", ctx))
                .isEqualTo("file:///srv/blog/assets/a+b.png?v=1%202#top");
    }

    @Test
    void pathsThatClimbOutOfTheirRootStayUnresolved() {
        assertThat(ImageSources.resolve("/../etc/passwd", ctx)).isEqualTo("/../etc/passwd");
        assertThat(ImageSources.resolve("/assets/../../etc/passwd", ctx)).isEqualTo("/assets/../../etc/passwd");
        assertThat(ImageSources.resolve("../../etc/passwd", ctx)).isEqualTo("../../etc/passwd");
        assertThat(ImageSources.resolve("/assets/%2e%2e/%2e%2e/x", ctx)).isEqualTo("/assets/%2e%2e/%2e%2e/x");
        RenderContext loose = new RenderContext(null, Path.of("/home/me/notes"));
        assertThat(ImageSources.resolve("../secret.png", loose)).isEqualTo("../secret.png");
        assertThat(ImageSources.resolve("pics/a.png", loose)).isEqualTo("file:///home/me/notes/pics/a.png");
    }

    @Test
    void urlsWithASchemeAnchorsAndUnknownRootsAreUnchanged() {
        assertThat(ImageSources.resolve("https://e.com/a.png", ctx)).isEqualTo("https://e.com/a.png");
        assertThat(ImageSources.resolve("//cdn.e.com/a.png", ctx)).isEqualTo("//cdn.e.com/a.png");
        assertThat(ImageSources.resolve("mailto:a@b.c", ctx)).isEqualTo("mailto:a@b.c");
        assertThat(ImageSources.resolve("#section", ctx)).isEqualTo("#section");
        assertThat(ImageSources.resolve("", ctx)).isEmpty();
        assertThat(ImageSources.resolve("/assets/x.png", RenderContext.NONE)).isEqualTo("/assets/x.png");
        assertThat(ImageSources.resolve("x.png", RenderContext.NONE)).isEqualTo("x.png");
    }

    @Test
    void aHugoSitesStaticFolderServesSiteRootPaths(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("hugo");
        java.nio.file.Files.createDirectories(site.resolve("static/images"));
        java.nio.file.Files.createDirectories(site.resolve("assets"));
        java.nio.file.Files.write(site.resolve("static/images/a.png"), new byte[] {1});
        java.nio.file.Files.write(site.resolve("assets/both.png"), new byte[] {1});
        java.nio.file.Files.createDirectories(site.resolve("static/assets"));
        java.nio.file.Files.write(site.resolve("static/assets/both.png"), new byte[] {2});
        RenderContext hugo = new RenderContext(site, site.resolve("content/posts"));
        assertThat(ImageSources.resolve("/images/a.png", hugo)).isEqualTo(site.resolve("static/images/a.png").toUri()
                .toASCIIString());
        assertThat(ImageSources.resolve("/assets/both.png", hugo)).as("the site folder first")
                .isEqualTo(site.resolve("assets/both.png").toUri().toASCIIString());
        assertThat(ImageSources.resolve("/images/missing.png", hugo))
                .isEqualTo(site.resolve("images/missing.png").toUri().toASCIIString());
        assertThat(ImageSources.resolve("/../static/images/a.png", hugo)).isEqualTo("/../static/images/a.png");
    }

    @Test
    void rawHtmlImagesInThePreviewResolveAsMarkdownImagesDo() {
        PreviewSession session = new PreviewSession(MarkdownRenderer.shared(), ctx);
        session.update("<img src=\"/assets/a&amp;b.png\" width=\"300\">\n\nText <img src=img/c.png alt=c> and "
                + "<img src=\"https://e.com/d.png\" onerror=\"x()\">.\n");
        String html = session.blocks().stream().map(PreviewBlock::html).reduce("", String::concat);
        assertThat(html).contains("<img src=\"file:///srv/blog/assets/a&amp;b.png\" width=\"300\">",
                "<img src=\"file:///srv/blog/_posts/img/c.png\" alt=c>", "<img src=\"https://e.com/d.png\">");
    }
}
