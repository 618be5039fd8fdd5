package app.quire.site;

import static app.quire.site.ExportFixtures.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds Hugo fixture sites with the real {@code hugo} (Debian's 0.111; skipped when it is not installed) and
 * compares, post by post, the file each page is written to, for the default paths and several {@code [permalinks]}
 * patterns; and the term folders of categories and tags (decision 0225). Titles, file names and slugs are the
 * awkward ones: punctuation, '+', '%41', '#', accents, wide letters, white space at the ends, no title at all.
 */
class HugoComparisonTest {
    private static final String[] TITLES = {
        "First Post", "Café & Crème: Ünïcode!", "Weird: Title (2) & More +x? #tag", "a+b c++ x~y a@b",
        "50% off %41 %zz", "tab\\tin  two   spaces", " lead and trail ", "dots... and.dot", "slash/in/title",
        "quote's \\\"dq\\\"", "dash - spaced -- double", "_under_ __ x", "emoji \uD83C\uDF89 party",
        "\u01C4 title \u00C0\u00C9", "comma, semi; colon: bang! q?", "[brackets] {braces} <angle>",
        "\uFF26\uFF35\uFF2C\uFF2C width", "ends with dash-", "-starts with dash", "non\u00A0breaking space",
        "\uFB01 ligature \u00DF", "\u0130stanbul", "f + g", "+start end+", "A%41", "a/../b", "q?a#b", "100%",
    };

    @TempDir
    Path temp;

    @Test
    void pagePathsMatchHugo() throws Exception {
        assumeTrue(onPath("hugo"), "hugo is not installed");
        Path site = temp.resolve("site");
        writeSite(site);
        for (String pattern : List.of("", "/:year/:month/:title/", "/:slug/", "/:filename/",
                "/:section/:year/:month/:day/:slug/", "/:year/:monthname/:title", "/:sections/:slugorfilename/",
                "/:weekdayname/:yearday/:weekday/:title/")) {
            String config = "baseURL = \"https://example.org/\"\ntitle = \"Check\"\n"
                    + "disableKinds = [\"sitemap\", \"robotsTXT\", \"404\", \"RSS\", \"taxonomy\", \"term\"]\n"
                    + (pattern.isEmpty() ? "" : "[permalinks]\n  posts = \"" + pattern + "\"\n  notes = \"/n/:title/\"\n");
            Files.writeString(site.resolve("hugo.toml"), config);
            Path out = temp.resolve("hugo-" + Integer.toHexString(pattern.hashCode()));
            hugoBuild(site, out);
            Map<String, String> hugo = pagesBySource(out);
            assertThat(hugo).as(pattern).hasSizeGreaterThan(TITLES.length);

            PostIndex index = PostIndex.load(Site.open(site), PostIndex.Options.defaults(), new ArrayList<>());
            Map<String, String> quire = new TreeMap<>();
            Stream.concat(index.posts().stream(), index.pages().stream())
                    .filter(e -> e.outputPath() != null && !e.outputPath().equals("index.html"))
                    .forEach(e -> quire.put(e.source().substring("content/".length()), e.outputPath()));
            // a post whose path is "/" (no title for :title or :slug): Hugo writes the home page there instead
            hugo.values().removeIf("index.html"::equals);
            Map<String, String> differences = new TreeMap<>();
            for (String source : new TreeSet<>(java.util.Set.copyOf(hugo.keySet()))) {
                if (!hugo.get(source).equals(quire.get(source))) {
                    differences.put(source, "hugo " + hugo.get(source) + ", quire " + quire.get(source));
                }
            }
            assertThat(differences).as(pattern).isEmpty();
            assertThat(quire).as(pattern).isEqualTo(hugo);

            Path quireOut = temp.resolve("quire-" + Integer.toHexString(pattern.hashCode()));
            SiteExporter.export(site, quireOut, ExportFixtures.options());
            assertThat(ExportFixtures.brokenLocalLinks(quireOut, "")).as(pattern).isEmpty();
        }
    }

    @Test
    void homePagesAreWhereHugoPutsThem() throws Exception {
        assumeTrue(onPath("hugo"), "hugo is not installed");
        for (String pager : List.of("", "paginatePath = \"seite\"\n")) {
            Path site = temp.resolve("pages" + pager.length());
            layouts(site);
            Files.writeString(site.resolve("layouts/index.html"), "{{ range .Paginator.Pages }}{{ .Title }} {{ end }}\n");
            Files.writeString(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"P\"\npaginate = 3\n"
                    + pager + "disableKinds = [\"sitemap\", \"robotsTXT\", \"404\", \"RSS\", \"taxonomy\", \"term\"]\n");
            for (int i = 1; i <= 7; i++) {
                post(site, "content/posts/p" + i + ".md", "title: P" + i + "\ndate: 2024-01-0" + i);
            }
            Path hugoOut = temp.resolve("hugo-pages" + pager.length());
            hugoBuild(site, hugoOut);
            Path quireOut = temp.resolve("quire-pages" + pager.length());
            SiteExporter.export(site, quireOut, ExportFixtures.options());
            java.util.function.Function<Path, Set<String>> pages = out -> {
                try {
                    Set<String> found = new TreeSet<>(ExportFixtures.tree(out).keySet());
                    found.removeIf(rel -> !rel.matches("[a-z]+/\\d+/index.html"));
                    return found;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            assertThat(pages.apply(quireOut)).as(pager).hasSize(3).isEqualTo(pages.apply(hugoOut));
        }
    }

    @Test
    void termFoldersMatchHugo() throws Exception {
        assumeTrue(onPath("hugo"), "hugo is not installed");
        Path site = temp.resolve("terms");
        Files.createDirectories(site.resolve("content/posts"));
        layouts(site);
        Files.writeString(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"T\"\n"
                + "disableKinds = [\"sitemap\", \"robotsTXT\", \"404\", \"RSS\"]\n");
        Files.writeString(site.resolve("content/posts/p.md"), String.join("\n", "---", "title: Terms",
                "date: 2024-03-09", "categories: [\"C++\", \"Node.js\", \"Big Data\", \"Ünï Code\", \"a/b\", \"x+y\", "
                        + "\"İstanbul\", \"  Spaced  Out \", \"%41bc\", \"50%\", \"#tag\"]",
                "tags: [\"Go Lang\", \"go lang\", \"GO-LANG\", \"a--b\", \"e=mc2\"]", "---", "Text.", ""));
        Path hugoOut = temp.resolve("hugo-terms");
        hugoBuild(site, hugoOut);
        Path quireOut = temp.resolve("quire-terms");
        SiteExporter.export(site, quireOut, ExportFixtures.options());

        assertThat(termFolders(quireOut)).isEqualTo(termFolders(hugoOut)).hasSize(16);
        assertThat(ExportFixtures.brokenLocalLinks(quireOut, "")).isEmpty(); // "#tag" is linked as %23tag
    }

    @Test
    void postsShownAndTheirDatesMatchHugo() throws Exception {
        assumeTrue(onPath("hugo"), "hugo is not installed");
        Path site = temp.resolve("dates");
        layouts(site);
        Files.writeString(site.resolve("layouts/_default/single.html"),
                "SOURCE:{{ .File.Path | safeHTML }}|{{ .Date.Format \"2006-01-02T15:04:05-07:00\" | safeHTML }}\n");
        Files.writeString(site.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"D\"\n"
                + "timeZone = \"Australia/Brisbane\"\n"
                + "disableKinds = [\"sitemap\", \"robotsTXT\", \"404\", \"RSS\", \"taxonomy\", \"term\"]\n"
                + "[permalinks]\n  posts = \"/:year/:month/:day/:filename/\"\n");
        post(site, "content/posts/expired.md", "title: E\ndate: 2024-01-01\nexpiryDate: 2024-06-01");
        post(site, "content/posts/expiry-lower.md", "title: EL\ndate: 2024-01-01\nexpirydate: 2024-06-01");
        post(site, "content/posts/not-expired.md", "title: NE\ndate: 2024-01-01\nexpiryDate: 2099-06-01");
        post(site, "content/posts/publish-future.md", "title: PF\ndate: 2024-01-01\npublishDate: 2099-01-01");
        post(site, "content/posts/publish-only.md", "title: PO\npublishDate: 2023-05-06T10:00:00+02:00");
        post(site, "content/posts/pubdate.md", "title: PD\npubdate: 2023-05-07");
        post(site, "content/posts/published.md", "title: PB\npublished: 2023-05-08");
        post(site, "content/posts/lastmod-only.md", "title: LM\nlastmod: 2023-05-09");
        post(site, "content/posts/modified.md", "title: MO\nmodified: 2023-05-10");
        post(site, "content/posts/date-and-publish.md", "title: DP\ndate: 2023-01-01\npublishDate: 2023-02-02");
        post(site, "content/posts/no-date.md", "title: ND");
        post(site, "content/posts/render-never.md", "title: RN\ndate: 2023-03-04\n_build:\n  render: never");
        post(site, "content/posts/offset.md", "title: OF\ndate: 2023-03-09T22:30:00-05:00");
        Files.writeString(site.resolve("content/posts/json-front-matter.md"), "{\n  \"title\": \"From JSON\",\n"
                + "  \"date\": \"2023-04-05T06:07:08+03:00\",\n  \"slug\": \"json-slug\"\n}\nBody.\n");
        Path out = temp.resolve("hugo-dates");
        hugoBuild(site, out);
        Map<String, String> hugo = new TreeMap<>();
        pagesBySource(out).forEach((source, file) -> {
            try {
                String text = Files.readString(out.resolve(file), StandardCharsets.UTF_8).strip();
                hugo.put(source, file + " " + text.substring(text.indexOf('|') + 1));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        PostIndex index = PostIndex.load(Site.open(site),
                new PostIndex.Options(false, false, java.time.Instant.now()), new ArrayList<>());
        java.time.format.DateTimeFormatter iso = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
        Map<String, String> quire = new TreeMap<>();
        index.posts().forEach(e -> quire.put(e.source().substring("content/".length()),
                e.outputPath() + " " + e.date().format(iso)));
        assertThat(quire).containsKey("posts/no-date.md").doesNotContainKey("posts/expired.md").isEqualTo(hugo);
    }

    @Test
    void builtInShortcodesGiveWhatHugoGives() throws Exception {
        assumeTrue(onPath("hugo"), "hugo is not installed");
        Path site = temp.resolve("shortcodes");
        layouts(site);
        Files.writeString(site.resolve("layouts/_default/single.html"), "{{ .Content }}\n");
        Files.writeString(site.resolve("hugo.toml"), "baseURL = \"https://example.org/blog/\"\ntitle = \"S\"\n"
                + "disableKinds = [\"sitemap\", \"robotsTXT\", \"404\", \"RSS\", \"taxonomy\", \"term\"]\n"
                + "[params]\n  greeting = \"Hello site\"\n  only_site = \"Site value\"\n");
        post(site, "content/posts/other-post.md", "title: Other\ndate: 2024-01-01");
        post(site, "content/posts/bundle/index.md", "title: Bundle\ndate: 2024-01-02");
        post(site, "content/notes/deep/note.md", "title: Note\ndate: 2024-01-02");
        Files.writeString(site.resolve("content/posts/sc.md"), String.join("\n", "---", "title: Shortcodes",
                "date: 2024-01-03", "greeting: Hello page", "---",
                "[R1]{{< ref \"other-post.md\" >}} {{< relref \"other-post.md\" >}} {{< relref \"/posts/other-post.md#a-b\" >}}"
                        + " {{< ref \"other-post\" >}} {{< relref \"bundle\" >}} {{< relref path=\"other-post.md\" >}}"
                        + " {{< relref \"notes/deep/note.md\" >}} {{< relref \"../notes/deep/note.md\" >}}"
                        + " {{< relref \"note\" >}}[/R1]",
                "", "[R2]{{< param greeting >}} / {{< param \"only_site\" >}}[/R2]", "",
                "{{< figure src=\"/img/a.png\" alt=\"An A\" caption=\"The *caption*\" title=\"T\" >}}", "",
                "{{< figure src=\"b.png\" link=\"https://x.org\" target=\"_blank\" rel=\"noopener\" class=\"wide\" "
                        + "width=\"300\" height=\"200\" >}}", "",
                "{{< figure src=\"c.png\" title=\"Only title\" attr=\"Someone\" attrlink=\"https://s.org\" >}}", "",
                "{{< figure src=\"d.png\" caption=\"Just a caption\" >}}", "",
                "{{< youtube w7Ft2ymGmfc >}}", "", "{{< youtube id=\"abc\" autoplay=\"true\" >}}", "",
                "{{< vimeo 146022717 >}}", ""));
        Path hugoOut = temp.resolve("hugo-sc");
        hugoBuild(site, hugoOut);
        Path quireOut = temp.resolve("quire-sc");
        ExportReport report = SiteExporter.export(site, quireOut, ExportFixtures.options());
        assertThat(report.problems()).noneMatch(p -> p.message().contains("shortcode") || p.message().contains("ref"));

        String hugo = Files.readString(hugoOut.resolve("posts/sc/index.html"), StandardCharsets.UTF_8);
        String quire = Files.readString(quireOut.resolve("posts/sc/index.html"), StandardCharsets.UTF_8);
        for (String marker : List.of("R1", "R2")) {
            assertThat(between(quire, "[" + marker + "]", "[/" + marker + "]")).as(marker)
                    .isEqualTo(between(hugo, "[" + marker + "]", "[/" + marker + "]"));
        }
        assertThat(between(hugo, "[R1]", "[/R1]")).contains("https://example.org/blog/posts/other-post/",
                "/blog/posts/other-post/#a-b", "/blog/notes/deep/note/");
        assertThat(elements(quire, "figure")).hasSize(4).isEqualTo(elements(hugo, "figure"));
        assertThat(attributes(quire, "iframe src")).hasSize(3).isEqualTo(attributes(hugo, "iframe src"));
    }

    /** The text between two markers, tags dropped and white space collapsed. */
    private static String between(String html, String from, String to) {
        String part = html.substring(html.indexOf(from) + from.length(), html.indexOf(to));
        return part.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }

    /** Each element's HTML, white space between tags and in tags collapsed, "/>" as ">". */
    private static List<String> elements(String html, String name) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<" + name + "[ >].*?</" + name + ">",
                java.util.regex.Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group().replaceAll(">\\s+<", "><").replaceAll("\\s+", " ").replace("/>", ">"));
        }
        return out;
    }

    private static List<String> attributes(String html, String elementAndAttribute) {
        String[] parts = elementAndAttribute.split(" ");
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<" + parts[0] + "\\b[^>]*\\b" + parts[1]
                + "=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void sectionAndTaxonomyPagesMatchHugo() throws Exception {
        assumeTrue(onPath("hugo"), "hugo is not installed");
        Path site = temp.resolve("lists");
        Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(site.resolve("layouts/_default/single.html"), "SOURCE:{{ .File.Path | safeHTML }}\n");
        Files.writeString(site.resolve("layouts/_default/list.html"), "KIND:{{ .Kind }}\nTITLE:{{ .Title }}\n");
        post(site, "content/posts/a.md", "title: A\ndate: 2024-01-01\ncategories: [X Y]\ntags: [t1]\nseries: [My Series]");
        post(site, "content/posts/2024/b.md", "title: B\ndate: 2024-01-02\nSeries: Other\ntags: [t2]");
        post(site, "content/posts/2024/_index.md", "title: The Year");
        post(site, "content/posts/deep/er/c.md", "title: C\ndate: 2024-01-03\nseries: My Series");
        post(site, "content/posts/deep/er/_index.md", "title: Deeper");
        post(site, "content/posts/deep/d.md", "title: D\ndate: 2024-01-04\ncategory: Solo");
        post(site, "content/posts/bundle/index.md", "title: Bundle\ndate: 2024-01-05");
        post(site, "content/notes/n.md", "title: Note\ndate: 2024-01-06");
        post(site, "content/notes/_index.md", "title: My Notes");
        for (String word : List.of("blog", "story", "video", "church", "status", "knife", "matrix")) {
            post(site, "content/" + word + "/p.md", "title: P " + word + "\ndate: 2024-02-01");
        }
        post(site, "content/about.md", "title: About");
        String base = "baseURL = \"https://example.org/\"\ntitle = \"L\"\n";
        String custom = "[taxonomies]\n  category = \"categories\"\n  series = \"series\"\n";
        Map<String, String> configs = new java.util.LinkedHashMap<>();
        configs.put("custom taxonomies, no tags", base + kinds() + custom);
        configs.put("defaults", base + kinds());
        configs.put("no terms lists", base + "ignoreErrors = [\"error-disable-taxonomy\"]\n" + kinds("taxonomy") + custom);
        configs.put("no term pages", base + kinds("term"));
        configs.put("no sections", base + kinds("section") + custom);
        configs.put("singular titles", base + "pluralizeListTitles = false\n" + kinds());
        String withFeeds = "disableKinds = [\"sitemap\", \"robotsTXT\", \"404\"]\n";
        configs.put("feeds", base + withFeeds + custom);
        configs.put("no section feeds", base + withFeeds + "[outputs]\n  section = [\"HTML\"]\n");
        configs.put("category key", base + kinds() + "[taxonomies]\n  category = \"category\"\n");
        int n = 0;
        for (Map.Entry<String, String> c : configs.entrySet()) {
            Files.writeString(site.resolve("hugo.toml"), c.getValue());
            Path hugoOut = temp.resolve("hugo-lists-" + n);
            Path quireOut = temp.resolve("quire-lists-" + n++);
            hugoBuild(site, hugoOut);
            SiteExporter.export(site, quireOut, ExportFixtures.options());
            Set<String> hugoPages = htmlPages(hugoOut);
            if (c.getKey().equals("no term pages")) {
                // Hugo still lists the terms, each linking to a page it did not make; Quire makes no such list
                assertThat(hugoPages.removeAll(Set.of("categories/index.html", "tags/index.html"))).isTrue();
            }
            assertThat(htmlPages(quireOut)).as(c.getKey()).isEqualTo(hugoPages);
            // section and term feeds (decision 0248); Hugo's feeds of a taxonomy's terms list are not made
            Set<String> hugoFeeds = feeds(hugoOut);
            hugoFeeds.removeIf(rel -> rel.matches("(categories|category|tags|series)/index.xml"));
            assertThat(feeds(quireOut)).as(c.getKey()).isEqualTo(hugoFeeds);
            for (Map.Entry<String, byte[]> page : ExportFixtures.tree(hugoOut).entrySet()) {
                String text = new String(page.getValue(), StandardCharsets.UTF_8);
                if (text.startsWith("KIND:section")) {
                    String title = text.substring(text.indexOf("TITLE:") + 6).strip();
                    assertThat(Files.readString(quireOut.resolve(page.getKey()))).as(c.getKey() + " " + page.getKey())
                            .contains("<h1>" + Html.escape(title) + "</h1>");
                }
            }
            assertThat(ExportFixtures.brokenLocalLinks(quireOut, "")).as(c.getKey()).isEmpty();
        }
    }

    @Test
    void mainMenuIsHugosInHugosOrder() throws Exception {
        assumeTrue(onPath("hugo"), "hugo is not installed");
        Path site = temp.resolve("menu");
        layouts(site);
        Files.writeString(site.resolve("layouts/index.html"),
                "{{ range .Site.Menus.main }}{{ .Name }}={{ .URL }}\n{{ end }}");
        Files.writeString(site.resolve("hugo.toml"), String.join("\n", "baseURL = \"https://example.org/blog/\"",
                "title = \"M\"", "disableKinds = [\"sitemap\", \"robotsTXT\", \"404\", \"RSS\"]",
                "[[menu.main]]", "  name = \"Zeta\"", "  url = \"/zeta/\"", "  weight = 5",
                "[[menu.main]]", "  name = \"Alpha\"", "  url = \"https://other.example/\"", "  weight = 5",
                "[[menu.main]]", "  name = \"Posts\"", "  pageRef = \"/posts\"", "  weight = 1",
                "[[menu.main]]", "  name = \"Child\"", "  url = \"/child/\"", "  parent = \"Posts\"",
                "[[menu.main]]", "  name = \"Plain\"", "  url = \"/plain/\"",
                "[[menu.main]]", "  name = \"The About\"", "  pageRef = \"about\"", "  weight = 9",
                "[[menu.footer]]", "  name = \"Footer\"", "  url = \"/f/\"", ""));
        post(site, "content/about.md", "title: About Us");
        post(site, "content/contact.md", "title: Contact\nmenu:\n  main:\n    weight: 3\n    name: Reach me");
        post(site, "content/team.md", "title: Team\nlinkTitle: The Team\nmenu: main");
        post(site, "content/posts/p.md", "title: P\ndate: 2024-01-01");
        Path hugoOut = temp.resolve("hugo-menu");
        hugoBuild(site, hugoOut);
        List<String> hugo = new ArrayList<>();
        for (String line : Files.readString(hugoOut.resolve("index.html")).strip().split("\n")) {
            // Hugo's URLs carry the baseURL's path; Quire's header links are site paths it prefixes the same way
            hugo.add(line.replace("=/blog/", "=/"));
        }
        PostIndex index = PostIndex.load(Site.open(site), PostIndex.Options.defaults(), new ArrayList<>());
        List<String> quire = new ArrayList<>();
        for (Map<String, Object> link : HugoMenu.main(Site.open(site), index)) {
            quire.add(link.get("title") + "=" + link.get("url"));
        }
        assertThat(quire).isEqualTo(hugo).hasSize(7);

        Path quireOut = temp.resolve("quire-menu");
        SiteExporter.export(site, quireOut, ExportFixtures.options());
        String header = Files.readString(quireOut.resolve("index.html"));
        assertThat(header).contains("<a href=\"/blog/posts/\">Posts</a>", "<a href=\"https://other.example/\">Alpha</a>")
                .doesNotContain("Child", "Footer");
    }

    @Test
    void aConfigDirectoryIsReadAsHugoReadsIt() throws Exception {
        assumeTrue(onPath("hugo"), "hugo is not installed");
        Path site = temp.resolve("confdir");
        layouts(site);
        Files.writeString(site.resolve("layouts/index.html"),
                "{{ .Site.Title }}|{{ range .Site.Menus.main }}{{ .Name }}={{ .URL }};{{ end }}\n");
        Path defaults = Files.createDirectories(site.resolve("config/_default"));
        Path production = Files.createDirectories(site.resolve("config/production"));
        Files.writeString(defaults.resolve("hugo.toml"), "baseURL = \"https://example.org/\"\ntitle = \"Dev title\"\n"
                + "disableKinds = [\"sitemap\", \"robotsTXT\", \"404\", \"RSS\"]\n");
        Files.writeString(defaults.resolve("permalinks.toml"), "posts = \"/:year/:slug/\"\n");
        Files.writeString(defaults.resolve("taxonomies.yaml"), "series: series\ncategory: categories\n");
        Files.writeString(defaults.resolve("menus.en.toml"), "[[main]]\n  name = \"Posts\"\n  url = \"/posts/\"\n"
                + "  weight = 2\n[[main]]\n  name = \"Home\"\n  url = \"/\"\n  weight = 1\n");
        Files.writeString(production.resolve("hugo.toml"), "title = \"Live title\"\n");
        post(site, "content/posts/a.md", "title: A\nslug: first\ndate: 2024-01-01\nseries: [Basics]\ntags: [t]\n"
                + "categories: [C]");
        Path hugoOut = temp.resolve("hugo-confdir");
        hugoBuild(site, hugoOut);

        Site opened = Site.open(site);
        assertThat(opened.shape()).isEqualTo(SiteShape.HUGO);
        assertThat(opened.config().title()).isEqualTo("Live title");
        assertThat(Site.findRoot(site.resolve("content/posts"))).contains(site.toAbsolutePath().normalize());
        PostIndex index = PostIndex.load(opened, PostIndex.Options.defaults(), new ArrayList<>());
        List<String> menu = new ArrayList<>();
        for (Map<String, Object> link : HugoMenu.main(opened, index)) {
            menu.add(link.get("title") + "=" + link.get("url"));
        }
        assertThat(opened.config().title() + "|" + String.join(";", menu) + ";")
                .isEqualTo(Files.readString(hugoOut.resolve("index.html")).strip());
        Path quireOut = temp.resolve("quire-confdir");
        SiteExporter.export(site, quireOut, ExportFixtures.options());
        Set<String> hugoPages = htmlPages(hugoOut);
        assertThat(hugoPages).contains("2024/first/index.html", "series/basics/index.html")
                .doesNotContain("tags/t/index.html");
        assertThat(htmlPages(quireOut)).isEqualTo(hugoPages);
    }

    private static String kinds(String... more) {
        List<String> kinds = new ArrayList<>(List.of("sitemap", "robotsTXT", "404", "RSS"));
        kinds.addAll(List.of(more));
        return "disableKinds = [\"" + String.join("\", \"", kinds) + "\"]\n";
    }

    /** The feeds of an export below its top folder (the site's own feed aside). */
    private static Set<String> feeds(Path out) throws IOException {
        Set<String> feeds = new TreeSet<>(ExportFixtures.tree(out).keySet());
        feeds.removeIf(rel -> !rel.endsWith("/index.xml"));
        return feeds;
    }

    /** The HTML pages of an export, but the home pages (Quire paginates its home page) and theme files. */
    private static Set<String> htmlPages(Path out) throws IOException {
        Set<String> pages = new TreeSet<>(ExportFixtures.tree(out).keySet());
        pages.removeIf(rel -> !rel.endsWith(".html") || rel.equals("index.html") || rel.equals("404.html")
                || rel.matches("page/\\d+/index.html") || rel.startsWith("assets/"));
        return pages;
    }

    private static void writeSite(Path site) throws IOException {
        layouts(site);
        for (int i = 0; i < TITLES.length; i++) {
            post(site, "content/posts/t" + i + ".md", "title: \"" + TITLES[i] + "\"\ndate: 2024-03-" + (10 + i % 18));
        }
        post(site, "content/posts/Mixed Case Name.md", "title: Mixed\ndate: 2024-02-03");
        post(site, "content/posts/Weird (Name) & Co+x.md", "title: Weird name\ndate: 2024-02-04");
        post(site, "content/posts/Ünïcode Fïle.md", "title: Unicode file\ndate: 2024-02-05");
        post(site, "content/posts/with-slug.md", "title: Slugged\nslug: My Custom Slug\ndate: 2024-03-04");
        post(site, "content/posts/slug-punct.md", "title: Punct\nslug: \"Hello, World! It's (me) a+b\"\ndate: 2024-03-05");
        post(site, "content/posts/with-url.md", "title: Urled\nurl: /special/place/\ndate: 2024-03-06");
        post(site, "content/posts/url-file.md", "title: Url file\nurl: /a/b.html\ndate: 2024-03-06");
        post(site, "content/posts/url-case.md", "title: Url case\nurl: \"/E F/G/\"\ndate: 2024-03-06");
        post(site, "content/posts/no-title.md", "date: 2024-07-08T22:30:00-05:00");
        post(site, "content/posts/2024/nested.md", "title: Nested One\ndate: 2024-04-05");
        post(site, "content/posts/2024/_index.md", "title: Year");
        post(site, "content/posts/deep/er/leaf.md", "title: Leaf\ndate: 2024-02-02");
        post(site, "content/posts/deep/er/_index.md", "title: Deeper");
        post(site, "content/posts/flat/leaf-two.md", "title: Leaf Two\ndate: 2024-02-03");
        post(site, "content/posts/bundle-one/index.md", "title: Bundle One\ndate: 2024-05-06");
        post(site, "content/notes/a-note.md", "title: A Note\ndate: 2024-06-07");
        post(site, "content/about.md", "title: About");
        post(site, "content/posts/drafted.md", "title: Drafted\ndraft: true\ndate: 2024-01-01");
        post(site, "content/posts/future.md", "title: Future\ndate: 2099-01-01");
    }

    /** The smallest layouts Hugo builds pages with; single pages print their source. */
    static void layouts(Path site) throws IOException {
        Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(site.resolve("layouts/_default/single.html"), "SOURCE:{{ .File.Path | safeHTML }}\n");
        Files.writeString(site.resolve("layouts/_default/list.html"), "LIST\n");
    }

    private static void post(Path site, String rel, String frontMatter) throws IOException {
        Path f = site.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, "---\n" + frontMatter + "\n---\nBody.\n");
    }

    /** Each single page's source (relative to content/) and the file Hugo wrote it to. */
    private static Map<String, String> pagesBySource(Path out) throws IOException {
        Map<String, String> pages = new TreeMap<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (text.startsWith("SOURCE:")) {
                    String source = text.substring("SOURCE:".length()).strip();
                    pages.put(source.contains("|") ? source.substring(0, source.indexOf('|')) : source,
                            out.relativize(f).toString().replace(File.separatorChar, '/'));
                }
            }
        }
        return pages;
    }

    private static Set<String> termFolders(Path out) throws IOException {
        Set<String> folders = new TreeSet<>();
        for (String rel : ExportFixtures.tree(out).keySet()) {
            if ((rel.startsWith("categories/") || rel.startsWith("tags/")) && rel.endsWith("/index.html")) {
                folders.add(rel);
            }
        }
        return folders;
    }

    /** Builds SITE into OUT with the real Hugo (the test is skipped when it does not finish in 2 minutes). */
    private void hugoBuild(Path site, Path out) throws Exception {
        Path log = Files.createTempFile(temp, "hugo", ".log");
        Process p = new ProcessBuilder("hugo", "--quiet", "-s", site.toString(), "-d", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "hugo did not finish");
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    }
}
