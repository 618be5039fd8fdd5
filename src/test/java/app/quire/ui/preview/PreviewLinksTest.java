package app.quire.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.markdown.RenderContext;
import app.quire.ui.posts.TestBlogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link to a post of the blog clicked in the preview opens the post; web links go to the browser. */
class PreviewLinksTest {
    @TempDir
    Path tmp;

    private final List<Path> opened = new ArrayList<>();
    private final List<String> browsed = new ArrayList<>();

    private PreviewLinks links(Path site, Path post) {
        return new PreviewLinks(new RenderContext(site, post.getParent(), post), opened::add, browsed::add,
                Runnable::run, Runnable::run);
    }

    @Test
    void aLinkToAPostOfTheBlogOpensThePost() throws Exception {
        Path site = TestBlogs.copy("jekyll", tmp);
        Path post = site.resolve("_posts/2022-03-05-liquid-features.md");
        PreviewLinks links = links(site, post);

        // what {% post_url 2021-12-10-serverless-badge %} becomes in the preview (site /blog, its category /blog)
        links.accept(site.resolve("blog/blog/2021/12/10/serverless-badge.html").toUri().toString());
        // {% link about.md %}: a pretty URL, with and without its slash, and a query
        links.accept(site.resolve("blog/about/").toUri() + "?ref=1");
        links.accept(site.resolve("blog/about").toUri().toString());
        // a plain relative link to another Markdown file
        links.accept(site.resolve("_posts/2020-05-05-two-categories.md").toUri().toString());

        assertThat(opened).containsExactly(site.resolve("_posts/2021-12-10-serverless-badge.md"),
                site.resolve("about.md"), site.resolve("about.md"), site.resolve("_posts/2020-05-05-two-categories.md"));
        assertThat(browsed).isEmpty();
    }

    @Test
    void webLinksGoToTheBrowserAndOtherLocalLinksNowhere() throws Exception {
        Path site = TestBlogs.copy("jekyll", tmp);
        PreviewLinks links = links(site, site.resolve("_posts/2022-03-05-liquid-features.md"));
        links.accept("https://example.org/a");
        links.accept("mailto:a@example.org");
        links.accept(site.resolve("blog/no/such/page.html").toUri().toString());
        links.accept(site.resolve("notes.txt").toUri().toString());
        links.accept(tmp.resolve("elsewhere.md").toUri().toString());
        Files.writeString(tmp.resolve("loose.md"), "# Loose\n");
        links.accept(tmp.resolve("loose.md").toUri().toString());
        assertThat(browsed).containsExactly("https://example.org/a", "mailto:a@example.org");
        assertThat(opened).containsExactly(tmp.resolve("loose.md"));
    }
}
