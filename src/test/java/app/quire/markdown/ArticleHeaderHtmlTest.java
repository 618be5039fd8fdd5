package app.quire.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.Post;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleHeaderHtmlTest {
    private static final String SEED_SHAPED = "---\n"
            + "title: 'Tides & <Terns>: a field note'\n"
            + "author: kim\n"
            + "heroimage: /assets/images/posts/tern.jpg\n"
            + "date: 2021-12-10 00:00:00 +1000\n"
            + "category: notes\n"
            + "---\n\nBody.";

    @Test
    void showsTitleReadableDateAuthorCategoryAndHeroResolvedAgainstTheSite() {
        Path site = Path.of("/tmp/site");
        String html = ArticleHeaderHtml.render(Post.parse(SEED_SHAPED), new RenderContext(site, null));

        assertThat(html).contains("<h1 class=\"article-title\">Tides &amp; &lt;Terns&gt;: a field note</h1>")
                .contains("<time datetime=\"2021-12-10T00:00:00+10:00\">10 December 2021</time>")
                .contains("<span class=\"author\">kim</span>")
                .contains("<span class=\"category\">notes</span>")
                .contains("src=\"" + site.resolve("assets/images/posts/tern.jpg").toUri() + "\"");
    }

    @Test
    void withTheSitesZoneTheDateIsTheDayTheSitePublishes() {
        Post seed = Post.parse(SEED_SHAPED);
        assertThat(ArticleHeaderHtml.render(seed, RenderContext.NONE, java.time.ZoneOffset.UTC))
                .contains("<time datetime=\"2021-12-10T00:00:00+10:00\">9 December 2021</time>");
        assertThat(ArticleHeaderHtml.render(seed, RenderContext.NONE, java.time.ZoneId.of("Australia/Brisbane")))
                .contains(">10 December 2021</time>");
        // a date without an offset is a day in the site's zone already
        assertThat(ArticleHeaderHtml.render(Post.parse("---\ntitle: T\ndate: 2021-12-10 00:30:00\n---\n"),
                RenderContext.NONE, java.time.ZoneId.of("America/New_York"))).contains(">10 December 2021</time>");
    }

    @Test
    void anUnparseableDateIsShownAsWritten() {
        String html = ArticleHeaderHtml.render(Post.parse("---\ntitle: T\ndate: last tuesday\n---\n"),
                RenderContext.NONE);
        assertThat(html).contains("<time>last tuesday</time>");
    }

    @Test
    void noFrontMatterGivesAnEmptyHeader() {
        assertThat(ArticleHeaderHtml.render(Post.parse("Just text."), RenderContext.NONE))
                .isEqualTo("<header class=\"article-header\"></header>");
    }
}
