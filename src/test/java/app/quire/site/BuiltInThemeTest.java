package app.quire.site;

import static app.quire.site.ExportFixtures.copySite;
import static app.quire.site.ExportFixtures.options;
import static app.quire.site.ExportFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader of an exported site gets from the built-in theme (decision 0193): light and dark from the system
 * setting, nothing from the network, a page that works with the keyboard and a screen reader, links to the
 * older and newer post and to the site's own pages.
 */
class BuiltInThemeTest {
    @TempDir
    Path temp;

    @Test
    void stylesheetFollowsTheColourSchemeAndFetchesNothing() throws IOException {
        String css = resource("assets/quire.css");
        assertThat(css).contains("color-scheme: light dark", "@media screen and (prefers-color-scheme: dark)",
                ":focus-visible", "@media print", "overflow-wrap: break-word", ".skip-link");
        // wide tables and code scroll inside their own box instead of the page
        assertThat(block(css, ".post-body pre {")).contains("overflow-x: auto");
        assertThat(block(css, ".post-body table {")).contains("overflow-x: auto", "display: block");
        // a Markdown table's column alignment is not overridden
        assertThat(css).contains(".post-body th:not([align]), .post-body td:not([align])");
        assertThat(css).doesNotContain("@import", "url(", "http:", "https:", "@font-face");
        String shell = resource("layouts/default.liquid");
        assertThat(shell).contains("media=\"screen and (prefers-color-scheme: dark)\"",
                        "<meta name=\"theme-color\" content=\"#121417\" media=\"(prefers-color-scheme: dark)\">")
                .doesNotContain("http:", "https:");
    }

    @Test
    void pagesHaveLandmarksASkipLinkAndTheSitesPages() throws Exception {
        Path site = copySite("jekyll", temp);
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        for (String page : List.of("blog/2021/12/10/serverless-badge.html", "index.html", "about/index.html",
                "404.html", "categories/index.html")) {
            String html = read(out, page);
            assertThat(html).as(page).contains("<html lang=\"en\">",
                    "<a class=\"skip-link\" href=\"#content\">Skip to content</a>",
                    "<header class=\"site-header\">", "<nav class=\"site-nav\" aria-label=\"Site\">",
                    "<main id=\"content\" class=\"wrap\">", "<footer class=\"site-footer\">",
                    "<a href=\"/blog/about/\">About</a>");
            if (!page.startsWith("about")) { // the about page's own text starts with a level-one heading
                assertThat(count(html, "<h1")).as(page + " has one h1").isEqualTo(1);
            }
            Matcher img = Pattern.compile("<img\\b[^>]*>").matcher(html);
            while (img.find()) {
                assertThat(img.group()).as(page).contains(" alt=");
            }
        }
        String home = read(out, "index.html");
        // the picture repeats the title's link: out of the tab order and hidden from screen readers
        assertThat(home).contains("class=\"card-image\" href=\"/blog/blog/2021/12/10/serverless-badge.html\""
                + " tabindex=\"-1\" aria-hidden=\"true\"");
        assertThat(home).contains("<nav class=\"pager\" aria-label=\"Pages\">", "rel=\"next\"");
    }

    @Test
    void postLinksItsOlderAndNewerNeighbour() throws Exception {
        Path site = copySite("jekyll", temp);
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        String html = read(out, "blog/2021/12/10/serverless-badge.html");
        assertThat(html).contains("<nav class=\"post-nav\" aria-label=\"More posts\">");
        assertThat(html).containsPattern("<a class=\"prev\" href=\"[^\"]*two-categories.html\"><span>Older</span>"
                + "Two Categories</a>");
        assertThat(html).containsPattern("<a class=\"next\" href=\"/blog/blog/2022/03/05/liquid-features.html\">"
                + "<span>Newer</span>");
        String oldest = read(out, "blog/2019/02/03/date-offset.html");
        assertThat(oldest).contains("<nav class=\"post-nav\"", "<span>Newer</span>").doesNotContain("class=\"prev\"");
    }

    @Test
    void aLonePostHasNoEmptyPostNav() throws Exception {
        Path site = ExportFixtures.jekyllSite(temp.resolve("site"), "title: One Post\n",
                "2024-01-02-only.md", "---\ntitle: Only\n---\nJust me.\n");
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        String html = read(out, "2024/01/02/only.html");
        assertThat(html).contains("<p>Just me.</p>").doesNotContain("post-nav");
        // no author and no description in the config: no stray separator or empty paragraph in the footer
        assertThat(html).contains("<p class=\"muted\">Made with Quire</p>").doesNotContain("<p></p>");
    }

    @Test
    void headerLinksPagesByTitleOrInTheOrderHeaderPagesGives() {
        List<PostEntry> pages = List.of(page("contact.md", "Contact", "/contact/"),
                page("about.md", "About", "/about/"), page("index.md", "Home", "/"),
                page("404.md", "Not found", "/404.html"), page("now.md", "", "/now/"));
        assertThat(SiteExporter.headerPages(null, pages)).extracting(m -> m.get("title"))
                .containsExactly("About", "Contact");
        assertThat(SiteExporter.headerPages(List.of("contact.md", "missing.md", "about.md", "contact.md"), pages))
                .containsExactly(Map.of("title", "Contact", "url", "/contact/"),
                        Map.of("title", "About", "url", "/about/"));
        assertThat(SiteExporter.headerPages(List.of(), pages)).isEmpty();
    }

    @Test
    void aNewPageReachesTheHeaderOfPagesThatDidNotChange() throws Exception {
        Path site = ExportFixtures.jekyllSite(temp.resolve("site"), "title: Growing\n",
                "2024-01-02-first.md", "---\ntitle: First\n---\nHello.\n",
                "2024-02-03-second.md", "---\ntitle: Second\n---\nHi.\n");
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        assertThat(read(out, "2024/01/02/first.html")).doesNotContain(">About</a>", ">Tags</a>");

        // the first post and its neighbour stay the same: only the header changes for it
        Files.writeString(site.resolve("about.md"), "---\ntitle: About\n---\nMe.\n");
        Files.writeString(site.resolve("_posts/2024-03-04-third.md"), "---\ntitle: Third\ntags: [x]\n---\nHey.\n");
        SiteExporter.export(site, out, options());
        assertThat(read(out, "2024/01/02/first.html")).contains("<a href=\"/about.html\">About</a>",
                "<a href=\"/tags/\">Tags</a>");
    }

    @Test
    void pagesPastTheFifthFoldIntoAMoreMenuThatNeedsNoScript() throws Exception {
        Path site = ExportFixtures.jekyllSite(temp.resolve("site"), "title: Many Pages\n",
                "2024-01-02-first.md", "---\ntitle: First\n---\nHello.\n");
        for (String t : List.of("About", "Contact", "Now", "Projects", "Talks", "Uses", "Colophon")) {
            Files.writeString(site.resolve(t.toLowerCase(java.util.Locale.ROOT) + ".md"),
                    "---\ntitle: " + t + "\n---\nThe " + t + " page.\n");
        }
        Path out = temp.resolve("out");
        SiteExporter.export(site, out, options());
        String home = read(out, "index.html");
        String nav = home.substring(home.indexOf("<nav class=\"site-nav\""), home.indexOf("</nav>"));
        String more = nav.substring(nav.indexOf("<details class=\"nav-more\"><summary>More</summary>"));
        // by title: About, Colophon, Contact, Now, Projects in the bar; Talks and Uses in the menu, after Feed
        assertThat(nav.substring(0, nav.indexOf("<details"))).contains(">About</a>", ">Colophon</a>",
                ">Contact</a>", ">Now</a>", ">Projects</a>", ">Feed</a>").doesNotContain(">Talks</a>", ">Uses</a>");
        assertThat(more).contains("<a href=\"/talks.html\">Talks</a>", "<a href=\"/uses.html\">Uses</a>");
        assertThat(resource("assets/quire.css")).contains(".nav-more-list {");

        Files.delete(site.resolve("uses.md"));
        Files.delete(site.resolve("talks.md"));
        SiteExporter.export(site, out, options());
        assertThat(read(out, "index.html")).as("five pages fit in the bar").doesNotContain("nav-more")
                .contains(">Projects</a>");
    }

    private static PostEntry page(String source, String title, String url) {
        return new PostEntry(source, Path.of(source), PostEntry.Kind.PAGE, title, (ZonedDateTime) null, null, false,
                List.of(), List.of(), source.replace(".md", ""), "", "", "", "", Map.of(), url, url, "", false);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream("/app/quire/site/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The rule starting at {@code head}, up to its closing brace. */
    private static String block(String css, String head) {
        int at = css.indexOf(head);
        assertThat(at).as(head).isNotNegative();
        return css.substring(at, css.indexOf('}', at));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
