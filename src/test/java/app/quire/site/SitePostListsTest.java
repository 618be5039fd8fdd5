package app.quire.site;

import static app.quire.site.ExportFixtures.jekyllSite;
import static app.quire.site.ExportFixtures.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** site.posts, site.categories and site.tags in a page or post: the archive page many Jekyll blogs have. */
class SitePostListsTest {
    @TempDir
    Path temp;

    static final String ARCHIVE = String.join("\n", "---", "title: Archive", "permalink: /archive/", "---", "",
            "<ul>{% for post in site.posts %}<li>{{ post.date | date: \"%Y-%m-%d\" }} <a href=\"{{ post.url | "
                    + "relative_url }}\">{{ post.title }}</a></li>{% endfor %}</ul>",
            "",
            "{% for category in site.categories %}<h2>{{ category[0] }}</h2><p>{{ category[1].size }} posts: "
                    + "{% for post in category[1] %}{{ post.title }};{% endfor %}</p>{% endfor %}",
            "",
            "<p>Tagged x: {% for post in site.tags.x %}{{ post.title }};{% endfor %}</p>", "");

    private Path site() throws Exception {
        Path site = jekyllSite(temp.resolve("site"), "title: Lists\ntimezone: Australia/Brisbane\n",
                "2024-01-02-first.md", "---\ntitle: First\ncategories: [notes]\ntags: [x]\n---\nHello.\n",
                "2024-02-03-second.md", "---\ntitle: Second\ncategories: [notes, travel]\n---\nHi.\n");
        Files.writeString(site.resolve("archive.md"), ARCHIVE);
        return site;
    }

    @Test
    void anArchivePageListsEveryPostNewestFirstAndByTerm() throws Exception {
        Path site = site();
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        String page = Files.readString(out.resolve("archive/index.html"));
        assertThat(page).contains("<li>2024-02-03 <a href=\"/notes/travel/2024/02/03/second.html\">Second</a></li>"
                + "<li>2024-01-02 <a href=\"/notes/2024/01/02/first.html\">First</a></li>");
        assertThat(page).contains("<h2>notes</h2><p>2 posts: Second;First;</p>", "<h2>travel</h2><p>1 posts: Second;</p>",
                "Tagged x: First;");
    }

    @Test
    void aNewPostReachesTheArchiveInARepeatExport() throws Exception {
        Path site = site();
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        Files.writeString(site.resolve("_posts/2024-03-04-third.md"), "---\ntitle: Third\n---\nHey.\n");
        SiteExporter.export(site, out, options());
        assertThat(Files.readString(out.resolve("archive/index.html"))).contains(">Third</a></li><li>2024-02-03");

        Files.writeString(site.resolve("_posts/2024-01-02-first.md"),
                "---\ntitle: First, renamed\ncategories: [notes]\ntags: [x]\n---\nHello.\n");
        SiteExporter.export(site, out, options());
        assertThat(Files.readString(out.resolve("archive/index.html"))).contains(">First, renamed</a>");
    }

    @Test
    void thePreviewListsThePostsToo() throws Exception {
        Path site = site();
        String shown = PreviewLiquid.open(site).render(ARCHIVE, site.resolve("archive.md"));
        assertThat(shown).contains("<a href=\"/notes/travel/2024/02/03/second.html\">Second</a>", "Tagged x: First;");
    }
}
