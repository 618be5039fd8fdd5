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
    void theIndexGivesAJekyllPostsSummaryTheSiteAndPageValues() throws Exception {
        Path site = temp.resolve("blog");
        Files.createDirectories(site.resolve("_posts"));
        Files.writeString(site.resolve("_config.yml"), "title: Field Notes\nauthor:\n  name: Kim\nseason: 3\n");
        Files.writeString(site.resolve("_posts/2024-01-02-hello.md"), "---\ntitle: Hello\nmood: calm\n---\n\n"
                + "Welcome to {{ site.title }} (season {{ site.season }}), on {{ page.title }} feeling {{ page.mood }}"
                + " by {{ site.author }}.\n");

        PostIndex index = PostIndex.load(Site.open(site), PostIndex.Options.defaults(), new ArrayList<>());

        assertThat(index.byPostName("2024-01-02-hello").orElseThrow().excerpt())
                .as("the values the page itself shows (site.author is the name)")
                .isEqualTo("Welcome to Field Notes (season 3), on Hello feeling calm by Kim.");
    }
}
