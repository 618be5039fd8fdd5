package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo's sections and list titles (decision 0246); the plurals are Hugo 0.111's own, recorded word by word. */
class HugoSectionsTest {
    @TempDir
    Path temp;

    @Test
    void pluralsAreHugos() {
        Map<String, String> hugo = new HashMap<>();
        String recorded = "address Addresses;alias Aliases;analysis Analyses;art Arts;axis Axes;blog Blogs;boy Boys;"
                + "bus Buses;campus Campuses;category Categories;child Children;church Churches;crisis Crises;data Data;"
                + "day Days;entry Entries;equipment Equipment;fish Fish;half Halves;hero Heroes;index Indices;"
                + "knife Knives;leaf Leafs;life Lives;matrix Matrices;media Media;medium Media;money Money;mouse Mice;"
                + "music Musics;news News;notes Notes;person People;photo Photos;posts Posts;potato Potatoes;"
                + "quiz Quizzes;research Researches;safe Saves;series Series;sheep Sheep;software Softwares;"
                + "status Statuses;story Stories;thesis Theses;tomato Tomatoes;video Videoes;virus Viri;wish Wishes;"
                + "wolf Wolves;woman Women;my-stuff My-stuffs";
        for (String pair : recorded.split(";")) {
            String[] p = pair.split(" ");
            hugo.put(p[0], p[1]);
        }
        hugo.forEach((word, title) -> assertThat(HugoTaxonomies.firstUpper(HugoSections.plural(word)))
                .as(word).isEqualTo(title));
    }

    @Test
    void sectionsAreTheTopFolderAndDeeperFoldersWithAnIndex() throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("posts/2024/deep"));
        Files.writeString(content.resolve("posts/2024/_index.md"), "---\ntitle: Year\n---\n");
        Map<String, Boolean> seen = new HashMap<>();
        assertThat(HugoSections.of(content, "content/posts/a.md", false, seen)).containsExactly("posts");
        assertThat(HugoSections.of(content, "content/posts/2024/deep/b.md", false, seen))
                .containsExactly("posts", "posts/2024");
        // a page bundle's own folder is the page, not a section
        assertThat(HugoSections.of(content, "content/posts/2024/bundle/index.md", true, seen))
                .containsExactly("posts", "posts/2024");
        assertThat(HugoSections.of(content, "content/about.md", false, seen)).isEmpty();
        assertThat(HugoSections.of(content, "content/about/index.md", true, seen)).isEmpty();
        assertThat(HugoSections.of(content, "_posts/x.md", false, seen)).isEmpty();
    }

    @Test
    void titleComesFromTheIndexFileOrTheFolderName() throws IOException {
        Path root = temp.resolve("site");
        Files.createDirectories(root.resolve("content/notes"));
        Files.createDirectories(root.resolve("content/blog"));
        Files.writeString(root.resolve("hugo.toml"), "title = \"T\"\n");
        Files.writeString(root.resolve("content/notes/_index.md"), "---\ntitle: My Notes\n---\nAbout the notes.\n");
        Files.writeString(root.resolve("content/blog/_index.md"), "---\ndescription: no title here\n---\n");
        Site site = Site.open(root);
        assertThat(HugoSections.title(site, "notes", new java.util.ArrayList<>())).isEqualTo("My Notes");
        assertThat(HugoSections.title(site, "blog", new java.util.ArrayList<>())).isEqualTo("Blogs");
        Files.writeString(root.resolve("hugo.toml"), "title = \"T\"\npluralizeListTitles = false\n");
        assertThat(HugoSections.title(Site.open(root), "blog", new java.util.ArrayList<>())).isEqualTo("Blog");
    }

    @Test
    void theIndexFilesBodyIntroducesTheList() throws IOException {
        Path root = temp.resolve("intro");
        Files.createDirectories(root.resolve("content/notes"));
        Files.writeString(root.resolve("hugo.toml"), "title = \"T\"\n");
        Files.writeString(root.resolve("content/notes/_index.md"), "---\ntitle: My Notes\n---\nShort *notes*.\n");
        Files.writeString(root.resolve("content/notes/a.md"), "---\ntitle: A\ndate: 2024-01-01\n---\nText.\n");
        Path out = temp.resolve("out-intro");
        SiteExporter.export(root, out, ExportFixtures.options());
        assertThat(Files.readString(out.resolve("notes/index.html"))).contains("<h1>My Notes</h1>",
                "<div class=\"archive-intro\"><p>Short <em>notes</em>.</p>", "/notes/a/");
        // the intro is part of the page's key: editing it rewrites the page on the next export
        Files.writeString(root.resolve("content/notes/_index.md"), "---\ntitle: My Notes\n---\nLonger notes.\n");
        SiteExporter.export(root, out, ExportFixtures.options());
        assertThat(Files.readString(out.resolve("notes/index.html"))).contains("<p>Longer notes.</p>");
    }

    @Test
    void sectionAndTermFeedsHoldSummariesAndLinks() throws Exception {
        Path root = temp.resolve("feeds");
        Files.createDirectories(root.resolve("content/posts"));
        Files.writeString(root.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"T\"\n");
        Files.writeString(root.resolve("content/posts/a.md"),
                "---\ntitle: A\ndate: 2024-01-01\ntags: [Go]\n---\nThe first words.\n\nMore text.\n");
        Path out = temp.resolve("out-feeds");
        SiteExporter.export(root, out, ExportFixtures.options());
        for (String feed : List.of("posts/index.xml", "tags/go/index.xml")) {
            String xml = Files.readString(out.resolve(feed));
            javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(xml).as(feed).contains("<link href=\"https://example.org/" + feed + "\" rel=\"self\"",
                    "<summary type=\"html\">The first words.", "https://example.org/posts/a/").doesNotContain("<content");
        }
        assertThat(Files.readString(out.resolve("tags/go/index.xml"))).contains("<title>Go on T</title>");
        assertThat(Files.readString(out.resolve("index.xml"))).contains("<content"); // the site's own: whole posts
    }

    @Test
    void aBrokenIndexFileIsReportedAndTheSectionStillListed() throws IOException {
        Path root = temp.resolve("broken");
        Files.createDirectories(root.resolve("content/posts"));
        Files.writeString(root.resolve("hugo.toml"), "title = \"T\"\n");
        Files.writeString(root.resolve("content/posts/_index.md"), "---\ntitle: [unclosed\n---\nIntro.\n");
        Files.writeString(root.resolve("content/posts/a.md"), "---\ntitle: A\ndate: 2024-01-01\n---\nText.\n");
        Path out = temp.resolve("out");
        ExportReport report = SiteExporter.export(root, out, ExportFixtures.options());
        assertThat(Files.readString(out.resolve("posts/index.html"))).contains("<h1>Posts</h1>", "/posts/a/");
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("content/posts/_index.md"));
    }

    @Test
    void taxonomiesFollowTheConfigTable() throws IOException {
        Path root = temp.resolve("tax");
        Files.createDirectories(root.resolve("content"));
        Files.writeString(root.resolve("hugo.toml"), "title = \"T\"\n");
        assertThat(HugoTaxonomies.of(Site.open(root).config())).extracting(HugoTaxonomies.Taxonomy::plural)
                .containsExactly("categories", "tags");
        Files.writeString(root.resolve("hugo.toml"), "title = \"T\"\ndisableKinds = [\"Term\"]\n"
                + "[taxonomies]\n  category = \"category\"\n  series = \"series\"\n  empty = \"\"\n");
        SiteConfig config = Site.open(root).config();
        assertThat(HugoTaxonomies.of(config)).extracting(HugoTaxonomies.Taxonomy::plural)
                .containsExactly("category", "series");
        assertThat(HugoTaxonomies.disabled(config, "term")).isTrue();
        assertThat(HugoTaxonomies.disabled(config, "taxonomy")).isFalse();
        List<HugoTaxonomies.Taxonomy> t = HugoTaxonomies.of(config);
        assertThat(HugoTaxonomies.customTerms(t, Map.of("SERIES", List.of("A", " ", 3), "category", "x")))
                .isEqualTo(Map.of("series", List.of("A", "3")));
    }
}
