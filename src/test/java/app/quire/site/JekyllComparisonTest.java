package app.quire.site;

import static app.quire.site.ExportFixtures.copySite;
import static app.quire.site.ExportFixtures.options;
import static app.quire.site.ExportFixtures.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the Jekyll fixture with the real {@code jekyll} (skipped when it is not installed) and compares the set
 * of post URLs with Quire's; and a post using Jekyll's filters and an include, output by output. Two documented differences: Jekyll aborts on unknown Liquid tags (the tag is
 * removed from Jekyll's copy) and rewrites the hostile permalink to /etc/x.html where Quire refuses it.
 */
class JekyllComparisonTest {
    @TempDir
    Path temp;

    @Test
    void postUrlsMatchJekyll() throws Exception {
        assumeTrue(onPath("jekyll"), "jekyll is not installed");
        Path site = copySite("jekyll", temp);
        Path post = site.resolve("_posts/2022-03-05-liquid-features.md");
        Files.writeString(post, Files.readString(post, StandardCharsets.UTF_8).replace("{% youtube abc123 %}", ""));
        Path jekyllOut = temp.resolve("jekyll-out");
        jekyllBuild(site, jekyllOut);

        Path quireOut = temp.resolve("quire-out");
        SiteExporter.export(site, quireOut, options());

        Set<String> jekyllPosts = postPages(jekyllOut);
        jekyllPosts.remove("etc/x.html");
        assertThat(postPages(quireOut)).isEqualTo(jekyllPosts).hasSize(5);
    }

    /**
     * Each filter's output between markers, as text (tags dropped, entities decoded, spaces collapsed, curly
     * double quotes straight).
     */
    private static java.util.Map<String, String> marked(String html) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(F\\d+)\\](.*?)\\[/\\1\\]",
                java.util.regex.Pattern.DOTALL).matcher(html);
        while (m.find()) {
            String text = m.group(2).replaceAll("<[^>]+>", "").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").strip()
                    // kramdown makes quotes in running text typographic (Markdown, not the filters)
                    .replace('\u201C', '"').replace('\u201D', '"');
            out.put(m.group(1), text);
        }
        return out;
    }

    @Test
    void jekyllsFiltersAndIncludesGiveWhatJekyllGives() throws Exception {
        assumeTrue(onPath("jekyll"), "jekyll is not installed");
        Path site = ExportFixtures.jekyllSite(temp.resolve("filters"), "title: Filter Check\n"
                + "timezone: Australia/Brisbane\nurl: https://example.org\nbaseurl: /b\n",
                "2024-03-04-check.md", String.join("\n", "---", "title: Check",
                        "date: 2024-03-04 09:05:00 +1000", "tags: [java, liquid, blogs]", "---", "",
                        "[F1]{{ page.date | date_to_xmlschema }}[/F1]",
                        "[F2]{{ page.date | date_to_rfc822 }}[/F2]",
                        "[F3]{{ page.date | date_to_string }}[/F3]",
                        "[F4]{{ page.date | date_to_long_string: \"ordinal\", \"US\" }}[/F4]",
                        "[F5]{{ page.date | date_to_string: \"ordinal\" }}[/F5]",
                        "[F6]{{ \"The _config.yml file, Cafe & More!\" | slugify }}[/F6]",
                        "[F7]{{ \"The _config.yml file, Cafe & More!\" | slugify: \"pretty\" }}[/F7]",
                        "[F8]{{ page.tags | jsonify }}[/F8]",
                        "[F9]{{ \"one two  three\" | number_of_words }}[/F9]",
                        "[F10]{{ \"foo, bar; baz?\" | cgi_escape }}[/F10]",
                        "[F11]{{ page.tags | array_to_sentence_string }}[/F11]",
                        "[F12]{{ \"/x/y.html\" | relative_url }} {{ \"/x\" | absolute_url }}[/F12]",
                        "[F13]{% include note.html who=\"you\" %}[/F13]",
                        "[F14]{{ page.date | date: \"%B %-d, %Y\" }}[/F14]",
                        "[F15]{% include_relative beside.txt who=\"me\" %}[/F15]", ""));
        Files.writeString(site.resolve("_posts/beside.txt"), "Beside {{ include.who }}.");
        Files.createDirectories(site.resolve("_includes"));
        Files.writeString(site.resolve("_includes/note.html"), "A note for {{ include.who }} on {{ site.title }}.");
        Path jekyllOut = temp.resolve("jekyll-filters-out");
        jekyllBuild(site, jekyllOut);
        Path quireOut = temp.resolve("quire-filters-out");
        ExportReport report = SiteExporter.export(site, quireOut, options());

        var jekyll = marked(Files.readString(jekyllOut.resolve("2024/03/04/check.html")));
        var quire = marked(Files.readString(quireOut.resolve("2024/03/04/check.html")));
        assertThat(jekyll).hasSize(15);
        assertThat(report.problems()).noneMatch(pr -> pr.file().endsWith("check.md"));
        assertThat(quire).isEqualTo(jekyll);
    }

    @Test
    void inspectGivesWhatJekyllGives() throws Exception {
        assumeTrue(onPath("jekyll"), "jekyll is not installed");
        Path site = ExportFixtures.jekyllSite(temp.resolve("inspect"), String.join("\n", "title: Inspect",
                "nums: [1, 2.5, -3]", "nested:", "  a: 1", "  b: [x, \"y'z\"]", "  c: null", "  d: true",
                "  e: {}", ""),
                "2024-03-04-inspect.md", String.join("\n", "---", "title: Inspect", "list: [a, b, c, d]",
                        "small: 0.0001", "tiny: 0.00001", "flt: 2.0", "big: 12345678901234567.0", "ten: 1000000.5",
                        "odd: \"tab\\tand\\nnewline \u00e9 \\u0001 #{x} #$y #a \\\\ end\"", "empty: []", "---", "",
                        "[F1]{{ \"plain <b> & co\" | inspect }}[/F1]",
                        "[F2]{{ 42 | inspect }} {{ -7 | inspect }}[/F2]",
                        "[F3]{{ site.nums | inspect }}[/F3]",
                        "[F4]{{ site.nested | inspect }}[/F4]",
                        "[F5]{{ nothing | inspect }}[/F5]",
                        "[F6]{{ page.odd | inspect }}[/F6]",
                        "[F7]{{ page.small | inspect }} {{ page.tiny | inspect }} {{ page.flt | inspect }}[/F7]",
                        "[F8]{{ page.big | inspect }} {{ page.ten | inspect }}[/F8]",
                        "[F9]{{ true | inspect }} {{ page.list | inspect }} {{ page.empty | inspect }}[/F9]",
                        "[F10]{{ page.title | inspect }}[/F10]", ""));
        Path jekyllOut = temp.resolve("jekyll-inspect-out");
        jekyllBuild(site, jekyllOut);
        Path quireOut = temp.resolve("quire-inspect-out");
        ExportReport report = SiteExporter.export(site, quireOut, options());

        var jekyll = marked(Files.readString(jekyllOut.resolve("2024/03/04/inspect.html")));
        var quire = marked(Files.readString(quireOut.resolve("2024/03/04/inspect.html")));
        assertThat(jekyll).hasSize(10).containsEntry("F3", "[1, 2.5, -3]");
        assertThat(report.problems()).noneMatch(pr -> pr.file().endsWith("inspect.md"));
        // (a '"' inside a string is left out here: Ruby writes \&quot;, which kramdown shows as \" and CommonMark
        // as &quot; (a backslash before '&' escapes it there); the filters' outputs are equal: JekyllFiltersTest)
        assertThat(quire).isEqualTo(jekyll);
    }

    @Test
    void pageUrlsFollowThePermalinkStyleAsInJekyll() throws Exception {
        assumeTrue(onPath("jekyll"), "jekyll is not installed");
        for (String style : List.of("/posts/:title/", "pretty", "date", "/:year/:title")) {
            Path site = ExportFixtures.jekyllSite(temp.resolve("pages-" + style.hashCode()),
                    "title: Pages\npermalink: " + style + "\n",
                    "2024-01-02-first.md", "---\ntitle: First\n---\nHello.\n");
            for (String page : List.of("about.md", "docs/index.md", "docs/setup.md", "notes/a/b.markdown")) {
                Path f = site.resolve(page);
                Files.createDirectories(f.getParent());
                Files.writeString(f, "---\ntitle: " + page + "\n---\nText of " + page + ".\n");
            }
            Path jekyllOut = temp.resolve("jekyll-pages-" + style.hashCode());
            jekyllBuild(site, jekyllOut);
            Path quireOut = temp.resolve("quire-pages-" + style.hashCode());
            SiteExporter.export(site, quireOut, options());

            Set<String> jekyllPages = pageFiles(jekyllOut);
            assertThat(jekyllPages).as(style).hasSize(4);
            assertThat(pageFiles(quireOut)).as(style).isEqualTo(jekyllPages);
        }
    }

    @Test
    void collectionDocumentsGoWhereJekyllPutsThem() throws Exception {
        assumeTrue(onPath("jekyll"), "jekyll is not installed");
        Path site = ExportFixtures.jekyllSite(temp.resolve("coll"), String.join("\n", "title: Collections",
                "permalink: pretty", "collections:", "  projects:", "    output: true",
                "  recipes:", "    output: true", "    permalink: /cook/:name/", "  notes:", "    output: false", ""),
                "2024-01-02-first.md", "---\ntitle: First\n---\nHello.\n");
        for (String doc : List.of("_projects/quire.md", "_projects/old/lamp.md", "_recipes/Pea Soup.md",
                "_notes/secret.md")) {
            Path f = site.resolve(doc);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "---\ntitle: " + doc + "\n---\nText of " + doc + ".\n");
        }
        Files.write(site.resolve("_projects/shot.png"), new byte[] {1, 2, 3});
        Path jekyllOut = temp.resolve("jekyll-coll");
        jekyllBuild(site, jekyllOut);
        Path quireOut = temp.resolve("quire-coll");
        ExportReport report = SiteExporter.export(site, quireOut, options());

        Set<String> jekyllDocs = pageFiles(jekyllOut);
        assertThat(jekyllDocs).hasSize(3).noneMatch(d -> d.contains("secret"));
        assertThat(pageFiles(quireOut)).isEqualTo(jekyllDocs);
        assertThat(jekyllOut.resolve("projects/shot.png")).exists();
        assertThat(quireOut.resolve("projects/shot.png")).exists();
        assertThat(Files.readString(quireOut.resolve("index.html"))).as("documents are not header pages")
                .doesNotContain("_projects/quire.md</a>");
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void anArchivePageOfSitePostsGivesWhatJekyllGives() throws Exception {
        assumeTrue(onPath("jekyll"), "jekyll is not installed");
        Path site = ExportFixtures.jekyllSite(temp.resolve("lists"), "title: Lists\ntimezone: Australia/Brisbane\n",
                "2024-01-02-first.md", "---\ntitle: First\ncategories: [notes]\ntags: [x]\n---\nHello.\n",
                "2024-02-03-second.md", "---\ntitle: Second\ncategories: [notes, travel]\n---\nHi.\n",
                "2024-03-04-third.md", "---\ntitle: Third\n---\n[F4]{% for p in site.related_posts %}{{ p.title }},"
                        + "{% endfor %}[/F4]\n");
        Files.writeString(site.resolve("archive.md"), String.join("\n", "---", "title: Archive", "---", "",
                "[F1]{% for post in site.posts %}{{ post.date | date: \"%Y-%m-%d\" }} {{ post.url }} {{ post.title }};"
                        + "{% endfor %}[/F1]",
                "",
                "[F2]{% for category in site.categories %}{{ category[0] }}={{ category[1].size }}:"
                        + "{% for post in category[1] %}{{ post.title }},{% endfor %} {% endfor %}[/F2]",
                "",
                "[F3]{% for post in site.tags.x %}{{ post.title }}{% endfor %} {{ site.related_posts.size }}[/F3]",
                "",
                "{% assign years = site.posts | group_by_exp: \"post\", \"post.date | date: '%Y-%m'\" %}"
                        + "[F5]{% for y in years %}{{ y.name }}:{{ y.size }}:{% for p in y.items %}{{ p.title }},"
                        + "{% endfor %} {% endfor %}[/F5]",
                "",
                "{% assign second = site.posts | find: \"title\", \"Second\" %}[F6]{{ second.url }}[/F6]",
                "",
                "{% assign ir = site.posts | find_exp: \"p\", \"p.title contains 'ir'\" %}[F7]{{ ir.title }}[/F7]",
                "",
                "{% assign cats = site.posts | group_by: \"title\" %}[F8]{{ cats.size }} {{ cats[0].name }}[/F8]", ""));
        Path jekyllOut = temp.resolve("jekyll-lists");
        jekyllBuild(site, jekyllOut);
        Path quireOut = temp.resolve("quire-lists");
        SiteExporter.export(site, quireOut, options());

        var jekyll = marked(Files.readString(jekyllOut.resolve("archive.html")));
        assertThat(jekyll).hasSize(7);
        assertThat(marked(Files.readString(quireOut.resolve("archive.html")))).isEqualTo(jekyll);
        var related = marked(Files.readString(jekyllOut.resolve("2024/03/04/third.html")));
        assertThat(related).containsEntry("F4", "Second,First,");
        assertThat(marked(Files.readString(quireOut.resolve("2024/03/04/third.html")))).isEqualTo(related);
    }

    @Test
    void kramdownsTableOfContentsLinksTheSameHeadingsAsJekyll() throws Exception {
        assumeTrue(onPath("jekyll"), "jekyll is not installed");
        Path site = ExportFixtures.jekyllSite(temp.resolve("toc"), "title: Toc\n", "2024-01-02-toc.md",
                String.join("\n", "---", "title: Toc", "---", "", "* TOC", "{:toc}", "", "## Process ##", "Text.",
                        "", "### First step", "Text.", "", "### Second step", "", "## Badges vs Certifications ##",
                        "", "#### Deep", "", "## Outcome", "Done.", "", "## Named", "{: #my-own .big}", ""));
        Path jekyllOut = temp.resolve("jekyll-toc");
        jekyllBuild(site, jekyllOut);
        Path quireOut = temp.resolve("quire-toc");
        SiteExporter.export(site, quireOut, options());

        java.util.function.Function<Path, String> toc = file -> {
            try {
                String html = Files.readString(file);
                String list = html.substring(html.indexOf("<ul id=\"markdown-toc\">"));
                list = list.substring(0, list.indexOf("<h2"));
                return list.replaceAll("\\s+", "").replaceAll("</?(ul|li)[^>]*>", "|");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        String jekyll = toc.apply(jekyllOut.resolve("2024/01/02/toc.html"));
        assertThat(jekyll).contains("href=\"#badges-vs-certifications\"");
        assertThat(toc.apply(quireOut.resolve("2024/01/02/toc.html"))).isEqualTo(jekyll);
    }

    /** The output files holding the pages' text. */
    @Test
    void kramdownsAttributeListsGoWhereJekyllPutsThem() throws Exception {
        assumeTrue(onPath("jekyll"), "jekyll is not installed");
        Path site = ExportFixtures.jekyllSite(temp.resolve("ial"), "title: Ial\n", "2024-01-02-ial.md",
                String.join("\n", "---", "title: Ial", "---", "",
                        "A paragraph.", "{: .lead #intro data-x=\"1\"}", "",
                        "{: .before}", "Para before.", "",
                        "## Process ##", "{: .sec}", "",
                        "## Named", "{: #custom .a}", "",
                        "* one", "* two", "{: .list}", "",
                        "> quote", "{: .q}", "",
                        "| a | b |", "|---|---|", "| 1 | 2 |", "{: .table}", "",
                        "![alt](/p.png){: .center}", "",
                        "![alt](/p.png)", "{: .imgp}", "",
                        "[x](http://u){:target=\"_blank\" rel=\"noopener\"}",
                        "[y](http://u \"T\"){: .btn title=\"New\" class=\"k\"}",
                        "*em*{: .e} and **strong**{: .s}",
                        "[z](http://u){: title=\"a\\\"<b>&c\" data-v='q\"q'}",
                        "[esc](http://u){: title=\"x \\} y\"}",
                        "plain text{: .none} end", "",
                        "{:ref: .refd #rid}", "Para with ref.", "{: ref}", "",
                        "Para with two.", "{: .one}", "{: .two}", "",
                        "*a **b***{: .outer}", ""));
        Files.write(site.resolve("p.png"), new byte[] {1, 2, 3});
        Path jekyllOut = temp.resolve("jekyll-ial");
        jekyllBuild(site, jekyllOut);
        Path quireOut = temp.resolve("quire-ial");
        ExportReport report = SiteExporter.export(site, quireOut, options());
        assertThat(report.problems()).noneMatch(pr -> pr.file().endsWith("ial.md"));

        java.util.regex.Pattern tag = java.util.regex.Pattern.compile(
                "<(?:p|h[1-6]|ul|li|blockquote|table|a|img|em|strong)\\b[^>]*>");
        java.util.function.Function<String, List<String>> tags = html -> {
            List<String> found = new java.util.ArrayList<>();
            java.util.regex.Matcher m = tag.matcher(html);
            while (m.find()) {
                found.add(m.group());
            }
            return found;
        };
        String quire = Files.readString(quireOut.resolve("2024/01/02/ial.html"));
        quire = quire.substring(quire.indexOf("<div class=\"post-body\">"), quire.indexOf("</article>"));
        List<String> jekyll = tags.apply(Files.readString(jekyllOut.resolve("2024/01/02/ial.html")));
        assertThat(jekyll).hasSizeGreaterThan(20).contains("<a href=\"http://u\" target=\"_blank\" rel=\"noopener\">");
        assertThat(tags.apply(quire)).isEqualTo(jekyll);
        assertThat(quire).contains("plain text{: .none} end");
    }

    @Test
    void markdownifyAppliesKramdownsAttributeListsAsJekyllDoes() throws Exception {
        assumeTrue(onPath("jekyll"), "jekyll is not installed");
        String text = String.join("\\n", "A paragraph.", "{: .lead #intro data-x=\\\"1\\\"}", "",
                "## Head ##", "{: .sec}", "",
                "[x](http://u){:target=\\\"_blank\\\" rel=\\\"noopener\\\"} and *em*{: .e} **s**{: .s}", "",
                "{:ref: .refd #rid}", "P ref.", "{: ref}", "", "{: .before}", "Before.", "",
                "* a", "* b", "{: .list}", "", "> q", "{: .q}", "", "![alt](/p.png){: .center}", "",
                "Two.", "{: .one}", "{: .two}", "", "plain{: .none} end", "", "* TOC", "{:toc}", "", "### Deep");
        Path site = ExportFixtures.jekyllSite(temp.resolve("mdify"), "title: Mdify\n", "2024-01-02-mdify.md",
                String.join("\n", "---", "title: Mdify", "lead: \"" + text + "\"",
                        "short: \"Say [hi](/h){: .k} *now*{: #n}\"", "---", "",
                        "<div class=\"md\">", "{{ page.lead | markdownify }}", "</div>", "",
                        "<div class=\"md\">", "{{ page.short | markdownify }}", "</div>", ""));
        Files.write(site.resolve("p.png"), new byte[] {1, 2, 3});
        Path jekyllOut = temp.resolve("jekyll-mdify");
        jekyllBuild(site, jekyllOut);
        Path quireOut = temp.resolve("quire-mdify");
        ExportReport report = SiteExporter.export(site, quireOut, options());
        assertThat(report.problems()).noneMatch(pr -> pr.file().endsWith("mdify.md"));

        java.util.regex.Pattern tag = java.util.regex.Pattern.compile(
                "<(?:p|h[1-6]|ul|li|blockquote|a|img|em|strong)\\b[^>]*>");
        java.util.function.Function<String, List<String>> tags = html -> {
            int second = html.lastIndexOf("<div class=\"md\">");
            String inside = html.substring(html.indexOf("<div class=\"md\">"), html.indexOf("</div>", second));
            List<String> found = new java.util.ArrayList<>();
            java.util.regex.Matcher m = tag.matcher(inside);
            while (m.find()) {
                found.add(m.group());
            }
            return found;
        };
        String jekyllHtml = Files.readString(jekyllOut.resolve("2024/01/02/mdify.html"));
        String quireHtml = Files.readString(quireOut.resolve("2024/01/02/mdify.html"));
        List<String> jekyll = tags.apply(jekyllHtml);
        assertThat(jekyll).contains("<p class=\"lead\" id=\"intro\" data-x=\"1\">", "<a href=\"/h\" class=\"k\">",
                "<a href=\"#deep\" id=\"markdown-toc-deep\">");
        assertThat(tags.apply(quireHtml)).isEqualTo(jekyll);
        assertThat(jekyllHtml).contains("plain{: .none} end");
        assertThat(quireHtml).contains("plain{: .none} end").doesNotContain("{: .lead", "{: .sec", "{: ref}", "{:ref", "{:toc", "quire-attr");
    }

    @Test
    void aCollectionsDirHoldsPostsAndCollectionsAsInJekyll() throws Exception {
        assumeTrue(onPath("jekyll"), "jekyll is not installed");
        Path site = temp.resolve("cdir");
        Files.createDirectories(site);
        Files.writeString(site.resolve("_config.yml"), String.join("\n", "title: Cdir", "collections_dir: my_coll",
                "collections:", "  projects:", "    output: true", ""));
        for (String f : List.of("my_coll/_posts/2024-01-02-a.md", "my_coll/blog/_posts/2024-01-03-b.md",
                "_posts/2024-01-04-outside.md", "my_coll/_projects/p.md", "_projects/q.md", "my_coll/page.md",
                "about.md")) {
            Path file = site.resolve(f);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: " + f + "\n---\nLinks: [A]({% post_url 2024-01-02-a %}) "
                    + "[B]({% post_url blog/2024-01-03-b %}).\n");
        }
        Path jekyllOut = temp.resolve("jekyll-cdir");
        jekyllBuild(site, jekyllOut);
        Path quireOut = temp.resolve("quire-cdir");
        ExportReport report = SiteExporter.export(site, quireOut, options());

        Set<String> jekyllFiles = new TreeSet<>(ExportFixtures.tree(jekyllOut).keySet());
        assertThat(jekyllFiles).containsExactly("2024/01/02/a.html", "about.html", "blog/2024/01/03/b.html",
                "my_coll/page.html", "projects/p.html");
        Set<String> quireFiles = ExportFixtures.tree(quireOut).keySet();
        assertThat(quireFiles).containsAll(jekyllFiles).doesNotContain("2024/01/04/outside.html", "projects/q.html");
        java.util.regex.Pattern links = java.util.regex.Pattern.compile("Links: <a href=\"([^\"]+)\">A</a> "
                + "<a href=\"([^\"]+)\">B</a>");
        for (String page : jekyllFiles) {
            java.util.regex.Matcher j = links.matcher(Files.readString(jekyllOut.resolve(page)));
            java.util.regex.Matcher q = links.matcher(Files.readString(quireOut.resolve(page)));
            assertThat(j.find()).as(page).isTrue();
            assertThat(q.find()).as(page).isTrue();
            assertThat(q.group(1) + " " + q.group(2)).as(page).isEqualTo(j.group(1) + " " + j.group(2));
        }
        assertThat(report.problems()).noneMatch(pr -> pr.message().contains("post_url"));
    }

    private static Set<String> pageFiles(Path out) throws Exception {
        Set<String> pages = new TreeSet<>();
        for (var e : ExportFixtures.tree(out).entrySet()) {
            if (e.getKey().endsWith(".html") && new String(e.getValue(), StandardCharsets.UTF_8).contains("Text of ")) {
                pages.add(e.getKey());
            }
        }
        return pages;
    }

    /** Output files of the fixture's posts: dated paths and the custom permalink. */
    private static Set<String> postPages(Path out) throws Exception {
        Set<String> pages = new TreeSet<>();
        for (String rel : ExportFixtures.tree(out).keySet()) {
            if (rel.matches(".*/\\d{4}/\\d{2}/\\d{2}/.*\\.html") || rel.startsWith("custom/") || rel.startsWith("etc/")) {
                pages.add(rel);
            }
        }
        return pages;
    }

    /** Builds SITE into OUT with the real Jekyll (the test is skipped when it does not finish in 5 minutes). */
    private void jekyllBuild(Path site, Path out) throws Exception {
        Path log = Files.createTempFile(temp, "jekyll", ".log");
        Process p = new ProcessBuilder("jekyll", "build", "--quiet", "--disable-disk-cache", "-s", site.toString(),
                "-d", out.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assumeTrue(p.waitFor(300, TimeUnit.SECONDS), "jekyll did not finish");
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    }
}
