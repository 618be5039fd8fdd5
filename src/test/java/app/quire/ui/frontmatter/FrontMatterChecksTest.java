package app.quire.ui.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import app.quire.post.FrontMatter;
import app.quire.post.schema.ExplicitSchema;
import app.quire.post.schema.FrontMatterSchema;
import app.quire.post.schema.SchemaInference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Field problems, without JavaFX; they are advice and never block saving. */
class FrontMatterChecksTest {
    private static FrontMatter fm(String inner) {
        return FrontMatter.parseBlock("---\n" + inner + "---\n");
    }

    @Test
    void titleDateAndDescription() {
        FrontMatterSchema s = FrontMatterSchema.empty();
        assertThat(FrontMatterChecks.check(fm("author: x\n"), s, null)).containsKey("title");
        assertThat(FrontMatterChecks.check(fm("title: " + "a".repeat(61) + "\n"), s, null).get("title"))
                .contains("60");
        assertThat(FrontMatterChecks.check(fm("title: T\ndate: next tuesday\n"), s, null).get("date"))
                .contains("next tuesday");
        assertThat(FrontMatterChecks.check(fm("title: T\nexcerpt: " + "b".repeat(161) + "\n"), s, null))
                .containsKey("excerpt");
        assertThat(FrontMatterChecks.check(fm("title: T\ndate: 2021-12-10 00:00:00 +1000\n"), s, null)).isEmpty();
    }

    @Test
    void slugUsedByAnotherPost() {
        Map<Path, String> blocks = new LinkedHashMap<>();
        blocks.put(Path.of("_posts/2020-01-01-first.md"), "---\ntitle: First\nslug: shared\n---\n");
        blocks.put(Path.of("_posts/2020-02-02-second.md"), "---\ntitle: Second\n---\n");
        FrontMatterSchema s = SchemaInference.inferFromBlocks(blocks);
        FrontMatter mine = fm("title: Mine\nslug: shared\n");
        assertThat(FrontMatterChecks.check(mine, s, Path.of("_posts/2020-03-03-mine.md")).get("slug"))
                .contains("2020-01-01-first.md");
        assertThat(FrontMatterChecks.check(mine, s, Path.of("_posts/2020-01-01-first.md"))).doesNotContainKey("slug");
        assertThat(FrontMatterChecks.check(fm("title: M\nslug: second\n"), s, null)).containsKey("slug");
    }

    @Test
    void siteRequiredKeysAndReadOnlyPosts() {
        FrontMatterSchema s = ExplicitSchema.fromMap(Map.of("required", List.of("author")))
                .applyTo(FrontMatterSchema.empty());
        assertThat(FrontMatterChecks.check(fm("title: T\n"), s, null).get("author")).contains("requires author");
        assertThat(FrontMatterChecks.check(fm("title: [broken\n"), s, null)).isEmpty();
    }

    @Test
    void aHeroImageThatIsNotInTheBlogIsNamed(@TempDir Path blog) throws Exception {
        Files.writeString(blog.resolve("_config.yml"), "title: T\n");
        Path post = Files.createDirectories(blog.resolve("_posts")).resolve("2021-12-10-badge.md");
        Files.writeString(post, "---\ntitle: Badge\n---\n");
        Files.createDirectories(blog.resolve("assets/images/posts"));
        Files.write(blog.resolve("assets/images/posts/there.jpg"), new byte[] {1});
        FrontMatterSchema s = FrontMatterSchema.load(blog);

        assertThat(FrontMatterChecks.check(fm("title: T\nheroimage: /assets/images/posts/gone.jpg\n"), s, post)
                .get("heroimage")).contains("No such image");
        assertThat(FrontMatterChecks.check(fm("title: T\nimage: ../assets/images/posts/gone.jpg\n"), s, post))
                .containsKey("image");
        assertThat(FrontMatterChecks.check(fm("title: T\nheroimage: /assets/images/posts/there.jpg\n"), s, post))
                .isEmpty();
        assertThat(FrontMatterChecks.check(fm("title: T\nheroimage: https://example.org/a.jpg\n"), s, post))
                .isEmpty();
    }

    @Test
    void aDateWhoseDayChangesInTheSiteTimezoneSaysWhichDayIsPublished(@TempDir Path blog) throws Exception {
        Files.writeString(blog.resolve("_config.yml"), "title: T\n");
        FrontMatterSchema utc = FrontMatterSchema.load(blog);
        assertThat(FrontMatterChecks.check(fm("title: T\ndate: 2021-12-10 00:00:00 +1000\n"), utc, null).get("date"))
                .startsWith("Published as 9 December 2021").contains("timezone:");
        assertThat(FrontMatterChecks.check(fm("title: T\ndate: 2021-12-10 12:00:00 +1000\n"), utc, null)).isEmpty();
        assertThat(FrontMatterChecks.check(fm("title: T\ndate: 2021-12-10\n"), utc, null)).isEmpty();

        Files.writeString(blog.resolve("_config.yml"), "title: T\ntimezone: Australia/Brisbane\n");
        FrontMatterSchema brisbane = FrontMatterSchema.load(blog);
        assertThat(FrontMatterChecks.check(fm("title: T\ndate: 2021-12-10 00:00:00 +1000\n"), brisbane, null))
                .isEmpty();
        assertThat(FrontMatterChecks.check(fm("title: T\ndate: 2021-12-10 23:30:00 +0000\n"), brisbane, null)
                .get("date")).isEqualTo("Published as 11 December 2021, the day in the site's timezone "
                        + "(Australia/Brisbane).");

        assertThat(utc.publishZone()).contains(java.time.ZoneOffset.UTC);
        assertThat(brisbane.publishZone()).contains(java.time.ZoneId.of("Australia/Brisbane"));
        Files.delete(blog.resolve("_config.yml"));
        Files.writeString(blog.resolve("hugo.toml"), "title = 'T'\n");
        assertThat(FrontMatterSchema.load(blog).publishZone()).as("Hugo keeps a date's own offset").isEmpty();
        assertThat(FrontMatterChecks.check(fm("title: T\ndate: 2021-12-10 00:00:00 +1000\n"),
                FrontMatterSchema.load(blog), null)).isEmpty();
    }

    @Test
    void suggestionsPreferPrefixMatches() {
        assertThat(Suggestions.matches(List.of("serverless", "aws", "lambda-aws", "AWS CDK"), "aw"))
                .containsExactly("aws", "AWS CDK", "lambda-aws");
    }
}
