package app.quire.site;

import static app.quire.site.ExportFixtures.brokenLocalLinks;
import static app.quire.site.ExportFixtures.copySite;
import static app.quire.site.ExportFixtures.options;
import static app.quire.site.ExportFixtures.read;
import static app.quire.site.ExportFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Exports the Jekyll-shaped fixture once and checks the output tree and its contents. */
class JekyllExportTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path temp;
    static Path site;
    static Path out;
    static ExportReport report;

    @BeforeAll
    static void export() throws Exception {
        site = copySite("jekyll", temp);
        out = temp.resolve("out");
        report = SiteExporter.export(site, out, options());
    }

    @Test
    void postsAreAtJekyllUrls() {
        assertThat(out.resolve("blog/2021/12/10/serverless-badge.html")).isRegularFile();
        assertThat(out.resolve("blog/2022/03/05/liquid-features.html")).isRegularFile();
        assertThat(out.resolve("custom/hello-there/index.html")).isRegularFile();
        assertThat(out.resolve("travel notes/food/2020/05/05/two-categories.html")).isRegularFile();
        // 23:30 UTC on the 2nd is the 3rd in the site's timezone (Australia/Brisbane)
        assertThat(out.resolve("blog/2019/02/03/date-offset.html")).isRegularFile();
        assertThat(out.resolve("about/index.html")).isRegularFile();
    }

    @Test
    void draftsFutureAndUnpublishedPostsAreLeftOut() throws Exception {
        String all = String.join("\n", tree(out).keySet());
        assertThat(all).doesNotContain("future-post", "unpublished", "work-in-progress");
        Path withDrafts = temp.resolve("out-drafts");
        SiteExporter.export(site, withDrafts, new ExportOptions(true, true, false, ExportFixtures.NOW));
        assertThat(String.join("\n", tree(withDrafts).keySet())).contains("work-in-progress.html", "future-post.html")
                .doesNotContain("unpublished");
    }

    @Test
    void hostilePermalinkIsRefusedWithFileLineAndColumn() {
        assertThat(report.problems()).extracting(Problem::toString)
                .anyMatch(s -> s.startsWith("_posts/2023-01-15-hostile.md:4:12: error:"));
        assertThat(temp.resolve("etc")).doesNotExist();
        assertThat(String.join("\n", new ArrayList<>(List.copyOf(treeKeys())))).doesNotContain("etc/x");
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void liquidInBodiesIsProcessedBeforeMarkdown() {
        String html = read(out, "blog/2022/03/05/liquid-features.html");
        assertThat(html).contains(ExportFixtures.LIQUID_FEATURES_HTML);
        assertThat(report.problems()).extracting(Problem::toString)
                .contains("_posts/2022-03-05-liquid-features.md:22:39: warning: unknown Liquid tag 'youtube' left as written");
    }

    @Test
    void seedShapedPostRendersWithHeroImageAndHeadings() {
        String html = read(out, "blog/2021/12/10/serverless-badge.html");
        assertThat(html).contains("<title>Serverless Badge: Worth the Afternoon? · Fixture Blog</title>")
                .contains("<img src=\"/blog/assets/images/posts/hero-badge.png\"")
                .contains("<h2 id=\"process\">Process</h2>")
                .contains("<time datetime=\"2021-12-10T00:00:00+10:00\">December 10, 2021</time>")
                .contains("href=\"/blog/categories/blog/\"")
                .contains("href=\"/blog/tags/cloud/\"")
                .contains("Worth it if you already build with functions");
    }

    @Test
    void homeIsPaginatedNewestFirst() {
        String first = read(out, "index.html");
        String second = read(out, "page2/index.html");
        assertThat(first).contains("A Post With Its Own Address", "Liquid Features", "Serverless Badge")
                .contains("href=\"/blog/page2/\"").contains("Page 1 of 2");
        assertThat(first.indexOf("A Post With Its Own Address")).isLessThan(first.indexOf("Liquid Features"));
        assertThat(second).contains("Two Categories", "Date With An Offset").contains("Page 2 of 2");
        assertThat(out.resolve("page3")).doesNotExist();
    }

    @Test
    void categoryAndTagArchivesListTheirPosts() {
        assertThat(read(out, "categories/blog/index.html"))
                .contains("Serverless Badge", "Liquid Features", "Date With An Offset").doesNotContain("Two Categories");
        assertThat(read(out, "categories/travel-notes/index.html")).contains("Category: Travel Notes", "Two Categories");
        assertThat(read(out, "tags/liquid/index.html")).contains("Liquid Features");
        assertThat(read(out, "categories/index.html")).contains("href=\"/blog/categories/food/\"");
    }

    @Test
    void feedIsWellFormedAtom() throws Exception {
        Document doc = parse(read(out, "feed.xml"));
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(feed.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isPositive();
        }
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(5);
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link", "content")) {
                assertThat(e.getElementsByTagNameNS(ATOM, required).getLength()).as(required).isEqualTo(1);
            }
            assertThat(e.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent()).startsWith("https://blog.example.test/blog/");
        }
        assertThat(read(out, "feed.xml")).doesNotContain("Withdrawn", "From The Future");
    }

    @Test
    void sitemapListsEveryPageWithAbsoluteUrls() throws Exception {
        Document doc = parse(read(out, "sitemap.xml"));
        NodeList locs = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertThat(urls).contains("https://blog.example.test/blog/",
                "https://blog.example.test/blog/blog/2021/12/10/serverless-badge.html",
                "https://blog.example.test/blog/travel%20notes/food/2020/05/05/two-categories.html",
                "https://blog.example.test/blog/about/").hasSize(7);
    }

    @Test
    void staticFilesFollowJekyllRules() {
        assertThat(out.resolve("assets/images/posts/hero-badge.png")).hasSameBinaryContentAs(
                site.resolve("assets/images/posts/hero-badge.png"));
        assertThat(out.resolve("assets/css/site.css")).isRegularFile();
        assertThat(out.resolve("notes.txt")).doesNotExist();
        assertThat(out.resolve(".hidden-file")).doesNotExist();
        assertThat(out.resolve("_private")).doesNotExist();
        assertThat(out.resolve("_config.yml")).doesNotExist();
        assertThat(out.resolve("404.html")).isRegularFile();
        assertThat(out.resolve("assets/quire/highlight.min.js")).isRegularFile();
    }

    @Test
    void everyLocalLinkAndImageResolves() throws Exception {
        assertThat(brokenLocalLinks(out, "/blog")).isEmpty();
    }

    private static List<String> treeKeys() {
        try {
            return new ArrayList<>(tree(out).keySet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
