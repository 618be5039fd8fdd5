package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing summaries: plain text of the first paragraph, with the values of simple Liquid outputs. */
class ExcerptsTest {
    @TempDir
    Path temp;

    @Test
    void firstParagraphIsPlainText() {
        String body = "## Heading ##\n\nSome *emphasis*, a [link](/a) and ![an image](/i.png) <b>bold</b>.\nNext line.\n\nSecond.";
        assertThat(Excerpts.firstParagraph(body, 240)).isEqualTo("Some emphasis, a link and bold. Next line.");
    }

    @Test
    void liquidOutputsTakeTheirValueOthersAreLeftOut() {
        Map<String, String> values = Map.of("site.title", "Bench Blog", "page.title", "Two  words");
        String body = "Welcome to {{ site.title }}. This is {{page.title}}, {{ site.title | upcase }} and "
                + "{% if x %}tags{% endif %} are gone.";
        assertThat(Excerpts.firstParagraph(body, 240, values::get))
                .isEqualTo("Welcome to Bench Blog. This is Two words, and tags are gone.");
        assertThat(Excerpts.firstParagraph(body, 240)).as("without values, outputs are left out")
                .isEqualTo("Welcome to . This is , and tags are gone.");
    }

    @Test
    void aSeparatorTakesEveryParagraphBeforeIt() {
        String body = "First paragraph.\n\n## A heading ##\n\nSecond *one*.\n\n<!--more-->\n\nNot in the summary.";
        assertThat(Excerpts.summary(body, 240, e -> null, "<!--more-->")).isEqualTo("First paragraph. Second one.");
        assertThat(Excerpts.summary(body, 240, e -> null, null)).isEqualTo("First paragraph.");
        assertThat(Excerpts.summary("Only one.\n\nTwo.", 240, e -> null, "<!--more-->"))
                .as("a separator the body lacks").isEqualTo("Only one.");
    }

    @Test
    void hugosMoreAndJekyllsExcerptSeparatorEndTheSummary() throws Exception {
        Path site = temp.resolve("blog");
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), "title: T\nexcerpt_separator: <!--cut-->\n");
        Files.writeString(site.resolve("_posts/2024-01-02-a.md"), "---\ntitle: A\n---\nOne.\n\nTwo.\n<!--cut-->\nThree.\n");
        Files.writeString(site.resolve("_posts/2024-01-03-b.md"), "---\ntitle: B\nexcerpt_separator: \"@@\"\n---\n"
                + "One.\n\nTwo.\n\n@@\n\nThree.\n");
        PostIndex jekyll = PostIndex.load(Site.open(site), PostIndex.Options.defaults(), new ArrayList<>());
        assertThat(jekyll.byPostName("2024-01-02-a").orElseThrow().excerpt()).isEqualTo("One. Two.");
        assertThat(jekyll.byPostName("2024-01-03-b").orElseThrow().excerpt()).isEqualTo("One. Two.");

        Path hugo = temp.resolve("hugo");
        Files.createDirectories(hugo.resolve("content/posts"));
        Files.writeString(hugo.resolve("hugo.toml"), "title = 'H'\n");
        Files.writeString(hugo.resolve("content/posts/c.md"), "---\ntitle: C\ndate: 2024-01-02\n---\n"
                + "One.\n\nTwo.\n\n<!--more-->\n\nThree.\n");
        PostIndex h = PostIndex.load(Site.open(hugo), PostIndex.Options.defaults(), new ArrayList<>());
        assertThat(h.posts()).singleElement().extracting(PostEntry::excerpt).isEqualTo("One. Two.");
    }

    @Test
    void theIndexGivesAJekyllPostsSummaryTheSiteAndPageValues() throws Exception {
        Path site = temp.resolve("blog");
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), "title: Field Notes\nauthor:\n  name: Kim\nseason: 3\n"
                + "social:\n  city: Brisbane\n");
        Files.writeString(site.resolve("_posts/2024-01-02-hello.md"), "---\ntitle: Hello\nmood: calm\n---\n\n"
                + "Welcome to {{ site.title }} (season {{ site.season }}), on {{ page.title }} feeling {{ page.mood }}"
                + " by {{ site.author }} in {{ site.social.city }}{{ site.social.none.deeper }}.\n");

        PostIndex index = PostIndex.load(Site.open(site), PostIndex.Options.defaults(), new ArrayList<>());

        assertThat(index.byPostName("2024-01-02-hello").orElseThrow().excerpt())
                .as("the values the page itself shows (site.author is the name)")
                .isEqualTo("Welcome to Field Notes (season 3), on Hello feeling calm by Kim in Brisbane.");
    }
}
