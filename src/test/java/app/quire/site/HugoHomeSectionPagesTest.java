package app.quire.site;

import static app.quire.site.ExportFixtures.copySite;
import static app.quire.site.ExportFixtures.options;
import static app.quire.site.ExportFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo content outside every section (content/about.md) is a site page, not a post in the home listing. */
class HugoHomeSectionPagesTest {
    @TempDir
    Path temp;

    @Test
    void anUndatedAboutPageGetsItsPageButNoCardOnTheHomePageOrEntryInTheFeed() throws Exception {
        Path site = copySite("hugo", temp);
        Files.writeString(site.resolve("content/about.md"), "---\ntitle: About Me\naliases: [/me/]\n---\n\nHello.\n");
        Files.createDirectories(site.resolve("content/colophon"));
        Files.writeString(site.resolve("content/colophon/index.md"), "---\ntitle: Colophon\n---\n\nMade.\n");
        Path out = temp.resolve("out");

        ExportReport report = SiteExporter.export(site, out, options());

        assertThat(report.problems()).isEmpty();
        assertThat(read(out, "about/index.html")).contains("About Me").contains("Hello.")
                .doesNotContain("January 1, 0001");
        assertThat(out.resolve("colophon/index.html")).isRegularFile();
        assertThat(read(out, "me/index.html")).as("its aliases still redirect").contains("/about/");
        assertThat(read(out, "index.html")).doesNotContain("January 1, 0001")
                .doesNotContain("<h2><a href=\"/about/\">");
        assertThat(read(out, "index.xml")).doesNotContain("About Me").doesNotContain("Colophon");
        assertThat(read(out, "posts/first-post/index.html")).as("posts still listed and linked")
                .contains("post-title");
    }

    @Test
    void aSiteWithAllItsPostsAtTheTopKeepsThemListed() throws Exception {
        Path site = temp.resolve("flat");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"Flat\"\n");
        Files.writeString(site.resolve("content/first-note.md"),
                "---\ntitle: First Note\ndate: 2024-02-03\n---\n\nA.\n");
        Path out = temp.resolve("flat-out");

        SiteExporter.export(site, out, options());

        assertThat(read(out, "index.xml")).contains("First Note");
        assertThat(read(out, "index.html")).contains("First Note");
    }
}
