package app.quire.site;

import static app.quire.site.ExportFixtures.brokenLocalLinks;
import static app.quire.site.ExportFixtures.copySite;
import static app.quire.site.ExportFixtures.options;
import static app.quire.site.ExportFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo-shaped and plain folders. */
class OtherShapesExportTest {
    @TempDir
    Path temp;

    @Test
    void aHugoRefFollowsTheLinkedPostToItsNewUrlInARepeatExport() throws Exception {
        Path site = temp.resolve("hugo-ref");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"R\"\n");
        Path target = site.resolve("content/posts/target.md");
        Files.writeString(target, "---\ntitle: Target\ndate: 2024-01-01\n---\nHere.\n");
        Files.writeString(site.resolve("content/posts/linking.md"),
                "---\ntitle: Linking\ndate: 2024-01-02\n---\nSee [it]({{< relref \"target.md\" >}}).\n");
        Path out = temp.resolve("hugo-ref-out");
        SiteExporter.export(site, out, options());
        assertThat(read(out, "posts/linking/index.html")).contains("<a href=\"/posts/target/\">it</a>");

        Files.writeString(target, "---\ntitle: Target\nslug: moved\ndate: 2024-01-01\n---\nHere.\n");
        ExportReport again = SiteExporter.export(site, out, options());
        assertThat(read(out, "posts/linking/index.html")).contains("<a href=\"/posts/moved/\">it</a>");
        assertThat(again.problems()).isEmpty();
        assertThat(brokenLocalLinks(out, "")).isEmpty();
    }

    @Test
    void hugoSiteIsDetectedAndExportedAtHugoUrls() throws Exception {
        Path site = copySite("hugo", temp);
        assertThat(Site.open(site).shape()).isEqualTo(SiteShape.HUGO);
        Path out = temp.resolve("out");
        ExportReport report = SiteExporter.export(site, out, options());

        assertThat(report.problems()).isEmpty();
        assertThat(out.resolve("posts/first-post/index.html")).isRegularFile();
        assertThat(out.resolve("posts/custom-second/index.html")).isRegularFile(); // TOML front matter slug
        assertThat(out.resolve("posts/bundle-post/index.html")).isRegularFile();
        assertThat(out.resolve("posts/not-ready")).doesNotExist(); // draft: true
        assertThat(out.resolve("images/pic.png")).isRegularFile(); // static/ copied to the root
        assertThat(out.resolve("robots.txt")).isRegularFile();
        assertThat(out.resolve("page/2/index.html")).isRegularFile(); // paginate = 2, at Hugo's /page/2/
        assertThat(read(out, "page/1/index.html")).contains("http-equiv=\"refresh\"");
        assertThat(read(out, "index.xml")).as("the feed also where Hugo's readers subscribed, naming itself")
                .isEqualTo(read(out, "feed.xml").replace("/feed.xml\" rel=\"self\"", "/index.xml\" rel=\"self\""))
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"", "/index.xml\" rel=\"self\"");
        assertThat(read(out, "posts/custom-second/index.html")).contains("<h1 class=\"post-title\">Second Post</h1>")
                .contains("January 20, 2022").contains("href=\"/tags/toml/\"");
        // no hero image in the front matter: no empty <img> on the post or in the home card
        assertThat(read(out, "posts/first-post/index.html")).doesNotContain("class=\"hero\"");
        assertThat(read(out, "index.html")).doesNotContain("card-image");
        assertThat(read(out, "feed.xml")).contains("<id>https://hugo.example.test/posts/first-post/</id>")
                .contains("<name>Robin Example</name>");
        assertThat(brokenLocalLinks(out, "")).isEmpty();
    }

    @Test
    void plainFolderExportsEveryMarkdownFileAndReportsBrokenFrontMatter() throws Exception {
        Path site = copySite("plain", temp);
        assertThat(Site.open(site).shape()).isEqualTo(SiteShape.PLAIN);
        Path out = temp.resolve("out");
        ExportReport report = SiteExporter.export(site, out, options());

        assertThat(out.resolve("hello-world.html")).isRegularFile();
        assertThat(out.resolve("notes/second-note.html")).isRegularFile();
        assertThat(out.resolve("dot.png")).isRegularFile();
        assertThat(out.resolve("_hidden")).doesNotExist();
        assertThat(out.resolve("quire.yaml")).doesNotExist();
        assertThat(report.problems()).extracting(Problem::toString)
                .containsExactly("broken-front-matter.md:2:8: error: invalid YAML: while scanning a quoted scalar: "
                        + "found unexpected end of stream");
        // the broken post is still exported (without its front matter), the others are unaffected
        assertThat(out.resolve("broken-front-matter.html")).isRegularFile();
        assertThat(read(out, "index.html")).contains("Hello World", "Second Note");
        assertThat(brokenLocalLinks(out, "")).isEmpty();
    }

    @Test
    void aHugoDateKeepsTheOffsetItIsWrittenWithAsHugoDoes(@TempDir Path tmp) throws Exception {
        Path site = tmp.resolve("hugo-dates");
        Files.createDirectories(site.resolve("content/posts"));
        Files.writeString(site.resolve("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Dates'\n"
                + "[permalinks]\n  posts = '/:year/:month/:day/:slug/'\n");
        Files.writeString(site.resolve("content/posts/midnight.md"),
                "---\ntitle: Midnight in Brisbane\ndate: 2014-08-27T00:00:00+10:00\n---\nText.\n");

        SiteExporter.export(site, tmp.resolve("out"), ExportFixtures.options());

        // Hugo shows and files it on 27 August; converting to UTC would make it the 26th
        Path page = tmp.resolve("out/2014/08/27/midnight-in-brisbane/index.html");
        assertThat(page).isRegularFile();
        assertThat(Files.readString(page)).contains("August 27, 2014").contains("2014-08-27T00:00:00+10:00");

        // the index cache keeps the offset: a repeat export finds every page unchanged
        ExportReport again = SiteExporter.export(site, tmp.resolve("out"), ExportFixtures.options());
        assertThat(again.written()).isZero();
        assertThat(Files.readString(page)).contains("August 27, 2014");
    }
}
