package app.quire.site;

import static app.quire.site.ExportFixtures.jekyllSite;
import static app.quire.site.ExportFixtures.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Jekyll site's _data/ folder as site.data, in pages, posts and the preview. */
class SiteDataTest {
    @TempDir
    Path temp;

    private Path site() throws Exception {
        Path site = jekyllSite(temp.resolve("site"), "title: Data\n", "2024-01-02-first.md",
                "---\ntitle: First\n---\nBy {{ site.data.authors.kim.name }}.\n");
        Files.createDirectories(site.resolve("_data/team"));
        Files.writeString(site.resolve("_data/authors.yml"), "kim:\n  name: Kim Lee\n  since: 2019\n");
        Files.writeString(site.resolve("_data/team/roles.json"), "[{\"role\": \"editor\"}, {\"role\": \"writer\"}]");
        Files.writeString(site.resolve("_data/books.csv"), "title,year\n\"Dune, the novel\",1965\nEmma,1815\n");
        Files.writeString(site.resolve("projects.md"), "---\ntitle: Projects\n---\n"
                + "{% for b in site.data.books %}[{{ b.title }} ({{ b.year }})]{% endfor %} "
                + "{% for r in site.data.team.roles %}({{ r.role }}){% endfor %}\n");
        return site;
    }

    @Test
    void readsYamlJsonAndCsvIntoNestedMaps() throws Exception {
        List<Problem> problems = new ArrayList<>();
        SiteData.Loaded data = SiteData.load(site(), problems);
        assertThat(problems).isEmpty();
        assertThat(data.data()).containsKeys("authors", "books", "team");
        assertThat(data.data().get("books")).isEqualTo(List.of(Map.of("title", "Dune, the novel", "year", "1965"),
                Map.of("title", "Emma", "year", "1815")));
        assertThat(data.key()).isNotEmpty();
    }

    @Test
    void summariesShowDataValuesAndFollowAChange() throws Exception {
        Path site = site();
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        assertThat(Files.readString(out.resolve("index.html"))).as("home card").contains("By Kim Lee.");
        assertThat(Files.readString(out.resolve("2024/01/02/first.html")))
                .contains("<meta name=\"description\" content=\"By Kim Lee.\"");
        assertThat(Files.readString(out.resolve("feed.xml"))).contains("By Kim Lee.");

        // the index cache in OUT is made again when a data file changes: the summary follows
        Files.writeString(site.resolve("_data/authors.yml"), "kim:\n  name: Kim Lee-Park\n");
        Files.setLastModifiedTime(site.resolve("_data/authors.yml"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        SiteExporter.export(site, out, options());
        assertThat(Files.readString(out.resolve("index.html"))).contains("By Kim Lee-Park.");
        assertThat(PostIndex.entryOf(Site.open(site), site.resolve("_posts/2024-01-02-first.md"),
                "---\ntitle: First\n---\nBy {{ site.data.authors.kim.name }} since {{ site.data.authors.kim.since }}.")
                .orElseThrow().excerpt()).as("the preview's reading").isEqualTo("By Kim Lee-Park since .");
    }

    @Test
    void pagesAndPostsShowItAndAChangeRewritesThem() throws Exception {
        Path site = site();
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        assertThat(Files.readString(out.resolve("projects.html")))
                .contains("[Dune, the novel (1965)][Emma (1815)] (editor)(writer)");
        assertThat(Files.readString(out.resolve("2024/01/02/first.html"))).contains("By Kim Lee.");

        Files.writeString(site.resolve("_data/authors.yml"), "kim:\n  name: Kim Lee-Park\n");
        SiteExporter.export(site, out, options());
        assertThat(Files.readString(out.resolve("2024/01/02/first.html"))).contains("By Kim Lee-Park.");

        Path post = site.resolve("_posts/2024-01-02-first.md");
        assertThat(PreviewLiquid.open(site).render(Files.readString(post), post)).contains("By Kim Lee-Park.");
    }

    @Test
    void badDataIsReportedAndTheRestStillLoads() throws Exception {
        Path site = site();
        Files.writeString(site.resolve("_data/broken.yml"), "a: [unclosed\n");
        Files.createSymbolicLink(site.resolve("_data/link.yml"), site.resolve("_config.yml"));
        List<Problem> problems = new ArrayList<>();
        SiteData.Loaded data = SiteData.load(site, problems);
        assertThat(data.data()).containsKeys("authors", "books").doesNotContainKeys("broken", "link");
        assertThat(problems).extracting(Problem::toString)
                .anyMatch(p -> p.startsWith("_data/broken.yml:0:0: warning: data file could not be read"))
                .anyMatch(p -> p.startsWith("_data/link.yml:0:0: warning: symbolic link not followed"));
    }
}
