package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Front matter dates, permalink patterns, output paths and the small TOML reader. */
class DatesAndUrlsTest {
    private static final ZoneId BRISBANE = ZoneId.of("Australia/Brisbane");

    @Test
    void readsJekyllAndHugoDateForms() {
        assertThat(PostMetadata.parseDate("2021-12-10 00:00:00 +1000", ZoneOffset.UTC).orElseThrow().toString())
                .isEqualTo("2021-12-09T14:00Z");
        assertThat(PostMetadata.parseDate("2021-12-10 00:00:00 +1000", BRISBANE).orElseThrow().toLocalDate())
                .hasToString("2021-12-10");
        assertThat(PostMetadata.parseDate("2021-12-10T08:00:00+10:00", BRISBANE).orElseThrow().getHour()).isEqualTo(8);
        assertThat(PostMetadata.parseDate("2019-02-02T23:30:00Z", BRISBANE).orElseThrow().getDayOfMonth()).isEqualTo(3);
        ZonedDateTime dateOnly = PostMetadata.parseDate("2023-04-01", BRISBANE).orElseThrow();
        assertThat(dateOnly.getZone()).isEqualTo(BRISBANE);
        assertThat(dateOnly.getHour()).isZero();
        assertThat(PostMetadata.parseDate("2023-04-02 10:00", BRISBANE).orElseThrow().getHour()).isEqualTo(10);
        assertThat(PostMetadata.parseDate("2023-04-02 10:00:05.250 -0500", ZoneOffset.UTC).orElseThrow().getHour())
                .isEqualTo(15);
        assertThat(PostMetadata.parseDate("yesterday", BRISBANE)).isEmpty();
        assertThat(PostMetadata.parseDate("2023-13-40", BRISBANE)).isEmpty();
    }

    @Test
    void frontMatterDateKeepsOffsetAndBadDateIsReportedAtItsLine() {
        List<Problem> problems = new ArrayList<>();
        PostMetadata m = PostMetadata.read("---\ntitle: T\ndate: 2021-12-10 00:00:00 +1000\ntags: a b\n---\nbody",
                "p.md", BRISBANE, problems);
        assertThat(problems).isEmpty();
        assertThat(m.date().toLocalDate()).hasToString("2021-12-10");
        assertThat(m.data().get("date")).isEqualTo("2021-12-10 00:00:00 +1000");
        assertThat(m.tags()).containsExactly("a", "b");
        assertThat(m.body()).isEqualTo("body");

        PostMetadata.read("---\ntitle: T\ndate: someday\n---\n", "q.md", BRISBANE, problems);
        assertThat(problems).extracting(Problem::toString)
                .containsExactly("q.md:3:7: error: cannot read date 'someday' as a date");
    }

    @Test
    void tomlFrontMatter() {
        List<Problem> problems = new ArrayList<>();
        PostMetadata m = PostMetadata.read("+++\ntitle = \"Hi\"\ntags = [\"x\", \"y\"]\ndraft = true\n+++\n\nText\n",
                "t.md", ZoneOffset.UTC, problems);
        assertThat(problems).isEmpty();
        assertThat(m.title()).isEqualTo("Hi");
        assertThat(m.tags()).containsExactly("x", "y");
        assertThat(m.draft()).isTrue();
        assertThat(m.body()).isEqualTo("\nText\n");
        assertThat(m.bodyStartLine()).isEqualTo(5);
    }

    @Test
    void expandsJekyllPermalinkStyles() {
        ZonedDateTime d = ZonedDateTime.of(2021, 12, 10, 0, 0, 0, 0, BRISBANE);
        Permalinks.Parts parts = new Permalinks.Parts(d, "AWS Badge!", "aws-Badge!", null, List.of("Blog"), "");
        assertThat(Permalinks.expand(SiteConfig.JEKYLL_STYLES.get("date"), parts, SiteShape.JEKYLL))
                .isEqualTo("/blog/2021/12/10/aws-Badge!.html");
        assertThat(Permalinks.expand(SiteConfig.JEKYLL_STYLES.get("pretty"), parts, SiteShape.JEKYLL))
                .isEqualTo("/blog/2021/12/10/aws-Badge!/");
        assertThat(Permalinks.expand(SiteConfig.JEKYLL_STYLES.get("ordinal"), parts, SiteShape.JEKYLL))
                .isEqualTo("/blog/2021/344/aws-Badge!.html");
        assertThat(Permalinks.expand(SiteConfig.JEKYLL_STYLES.get("none"), parts, SiteShape.JEKYLL))
                .isEqualTo("/blog/aws-Badge!.html");
        assertThat(Permalinks.expand("/:year/:i_month/:slug/", parts, SiteShape.JEKYLL)).isEqualTo("/2021/12/aws-badge/");
        Permalinks.Parts noCategory = new Permalinks.Parts(d, "T", "t", null, List.of(), "");
        assertThat(Permalinks.expand(SiteConfig.JEKYLL_STYLES.get("date"), noCategory, SiteShape.JEKYLL))
                .isEqualTo("/2021/12/10/t.html");
        assertThat(Permalinks.expand("/posts/:title/", parts, SiteShape.HUGO)).isEqualTo("/posts/aws-badge/");
    }

    @Test
    void outputPathsStayInsideOut() {
        assertThat(Permalinks.outputPath("/a/b/", SiteShape.JEKYLL)).isEqualTo("a/b/index.html");
        assertThat(Permalinks.outputPath("/a/b.html", SiteShape.JEKYLL)).isEqualTo("a/b.html");
        assertThat(Permalinks.outputPath("/about", SiteShape.JEKYLL)).isEqualTo("about.html");
        assertThat(Permalinks.outputPath("/about", SiteShape.HUGO)).isEqualTo("about/index.html");
        assertThat(Permalinks.outputPath("/travel%20notes/x.html", SiteShape.JEKYLL)).isEqualTo("travel notes/x.html");
        assertThat(Permalinks.outputPath("/../../etc/x", SiteShape.JEKYLL)).isNull();
        assertThat(Permalinks.outputPath("/a/%2e%2e/%2e%2e/x", SiteShape.JEKYLL)).isNull();
        assertThat(Permalinks.outputPath("/a\\..\\b", SiteShape.JEKYLL)).isNull();
        assertThat(Permalinks.outputPath("/C:/x", SiteShape.JEKYLL)).isNull();
        assertThat(Permalinks.outputPath("/", SiteShape.JEKYLL)).isEqualTo("index.html");
    }

    @Test
    void simpleTomlReadsTablesAndReportsWhatItSkips() {
        SimpleToml t = SimpleToml.parse("a = 1\nb = 'x' # note\n[params]\n  c = [\"p\", \"q\"]\n[[menu.main]]\nname = \"n\"\nd = {x = 1}\n");
        assertThat(t.asMap()).containsEntry("a", 1L).containsEntry("b", "x");
        assertThat(SiteConfig.map(t.asMap().get("params"))).containsEntry("c", List.of("p", "q"));
        // [[menu.main]] is read since decision 0247; the inline table is still skipped
        assertThat(SiteConfig.map(t.asMap().get("menu")).get("main")).isEqualTo(List.of(java.util.Map.of("name", "n")));
        assertThat(t.skippedLines()).containsExactly(7);
    }
}
