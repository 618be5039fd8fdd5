package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jekyll's own filters, as its documentation shows them, rendered by the same parser posts and layouts use. */
class JekyllFiltersTest {
    private static String render(String template, Map<String, Object> vars) {
        return LiquidFilters.parser().parse(template).render(vars);
    }

    private static String render(String template) {
        return render(template, Map.of("page", Map.of("date", "2024-03-04T09:05:00+10:00",
                "tags", List.of("java", "liquid", "blogs"))));
    }

    @Test
    void inspectIsRubysInspectXmlEscaped() {
        Map<String, Object> nested = new java.util.LinkedHashMap<>();
        nested.put("a", 1);
        nested.put("b", List.of("x", "y\"z"));
        nested.put("c", null);
        nested.put("d", true);
        Map<String, Object> vars = Map.of("n", nested, "f", List.of(2.0, 0.0001, 0.00001, 1e16, 1e15, -2.5e-7, 1.5),
                "s", "tab\tnew\nline \u00e9 \u0001 \u200b #{x} #$y #@z #a \\ <b> & 'q' \uD83D\uDE00", "l", 12345678901L);
        assertThat(render("{{ n | inspect }}", vars)).isEqualTo(
                "{&quot;a&quot;=&gt;1, &quot;b&quot;=&gt;[&quot;x&quot;, &quot;y\\&quot;z&quot;], &quot;c&quot;=&gt;nil, "
                        + "&quot;d&quot;=&gt;true}");
        assertThat(render("{{ f | inspect }}", vars))
                .isEqualTo("[2.0, 0.0001, 1.0e-05, 1.0e+16, 1000000000000000.0, -2.5e-07, 1.5]");
        assertThat(RubyInspect.of(vars.get("s"))).isEqualTo(
                "\"tab\\tnew\\nline \u00e9 \\u0001 \\u200B \\#{x} \\#$y \\#@z #a \\\\ <b> & 'q' \uD83D\uDE00\"");
        assertThat(render("{{ l | inspect }} {{ nothing | inspect }} {{ 'a' | inspect }} {{ e | inspect }}",
                Map.of("l", 12345678901L, "e", List.of()))).isEqualTo("12345678901 nil &quot;a&quot; []");
    }

    @Test
    void sampleIsRepeatableAndPicksFromTheList() {
        List<String> list = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        Map<String, Object> vars = Map.of("l", list, "page", Map.of("url", "/2024/01/02/x.html"));
        String one = render("{{ l | sample }}", vars);
        assertThat(list).contains(one);
        assertThat(render("{{ l | sample }}", vars)).as("the same input, the same pick").isEqualTo(one);
        String three = render("{{ l | sample: 3 | join: ',' }}", vars);
        assertThat(three.split(",")).hasSize(3).doesNotHaveDuplicates().allSatisfy(x -> assertThat(list).contains(x));
        assertThat(render("{{ l | sample: 3 | join: ',' }}", vars)).isEqualTo(three);
        assertThat(render("{{ l | sample: 20 | size }}", vars)).isEqualTo("8");
        // other pages (and other lists) do not all get the same pick
        java.util.Set<String> picks = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            picks.add(render("{{ l | sample }}", Map.of("l", list, "page", Map.of("url", "/p" + i + ".html"))));
        }
        assertThat(picks).hasSizeGreaterThan(1);
        assertThat(render("{{ 'text' | sample }}|{{ e | sample }}|{{ e | sample: 2 | size }}", Map.of("e", List.of())))
                .as("not a list: as it is; empty: nil, []").isEqualTo("text||0");
    }

    @org.junit.jupiter.api.io.TempDir
    Path temp;

    @Test
    void twoExportsOfASampleAreByteIdentical() throws Exception {
        Path site = ExportFixtures.jekyllSite(temp.resolve("site"), "title: S\nquotes: [one, two, three, four, five]\n",
                "2024-01-02-s.md", "---\ntitle: S\n---\nToday: {{ site.quotes | sample }}; "
                        + "{{ site.quotes | sample: 2 | join: ' and ' }}.\n");
        SiteExporter.export(site, temp.resolve("a"), ExportFixtures.options());
        SiteExporter.export(site, temp.resolve("b"), ExportFixtures.options());
        byte[] a = Files.readAllBytes(temp.resolve("a/2024/01/02/s.html"));
        assertThat(new String(a, java.nio.charset.StandardCharsets.UTF_8)).containsPattern("Today: (one|two|three|four|five); \\w+ and \\w+\\.");
        assertThat(Files.readAllBytes(temp.resolve("b/2024/01/02/s.html"))).isEqualTo(a);
    }

    @Test
    void dateFilters() {
        assertThat(render("{{ page.date | date_to_xmlschema }}")).isEqualTo("2024-03-04T09:05:00+10:00");
        assertThat(render("{{ page.date | date_to_rfc822 }}")).isEqualTo("Mon, 04 Mar 2024 09:05:00 +1000");
        assertThat(render("{{ page.date | date_to_string }}")).isEqualTo("04 Mar 2024");
        assertThat(render("{{ page.date | date_to_long_string }}")).isEqualTo("04 March 2024");
        assertThat(render("{{ page.date | date_to_string: \"ordinal\" }}")).isEqualTo("4th Mar 2024");
        assertThat(render("{{ page.date | date_to_long_string: \"ordinal\", \"US\" }}")).isEqualTo("March 4th, 2024");
        assertThat(render("{{ '2021-12-10 00:00:00 +1000' | date_to_xmlschema }}"))
                .as("the seed post's Jekyll date").isEqualTo("2021-12-10T00:00:00+10:00");
        assertThat(render("{{ '2021-12-11' | date_to_string: 'ordinal' }}")).isEqualTo("11th Dec 2021");
        assertThat(render("{{ 'not a date' | date_to_string }}")).as("left as it is").isEqualTo("not a date");
    }

    @Test
    void ordinalsOfEveryKind() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31)).allSatisfy(day -> assertThat(
                render("{{ d | date_to_string: 'ordinal' }}", Map.of("d", String.format("2024-01-%02d", day))))
                .startsWith(day + (day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd"
                        : day % 10 == 3 && day != 13 ? "rd" : "th") + " Jan"));
    }

    @Test
    void slugifyModes() {
        String title = "The _config.yml file, Café & Ümlaut!";
        assertThat(render("{{ t | slugify }}", Map.of("t", title))).isEqualTo("the-config-yml-file-café-ümlaut");
        assertThat(render("{{ t | slugify: 'raw' }}", Map.of("t", title))).isEqualTo("the-_config.yml-file,-café-&-ümlaut!");
        assertThat(render("{{ t | slugify: 'pretty' }}", Map.of("t", title))).isEqualTo("the-_config.yml-file,-café-&-ümlaut!");
        assertThat(render("{{ t | slugify: 'ascii' }}", Map.of("t", title))).isEqualTo("the-config-yml-file-caf-mlaut");
        assertThat(render("{{ t | slugify: 'latin' }}", Map.of("t", title))).isEqualTo("the-config-yml-file-cafe-umlaut");
    }

    /** kramdown's attribute lists in markdownify's input, placed as Jekyll 4 places them (decision 0240). */
    @Test
    void markdownifyAppliesKramdownsAttributeLists() {
        Map<String, Object> vars = Map.of("t", String.join("\n", "A paragraph.", "{: .lead #intro data-x=\"1\"}", "",
                "## Head ##", "{: .sec}", "", "{:ref: .refd}", "{: ref}", "Before.", "",
                "[x](http://u){:target=\"_blank\"} and *em*{: .e} plain{: .none}"));
        assertThat(render("{{ t | markdownify }}", vars)).isEqualTo(String.join("\n",
                "<p class=\"lead\" id=\"intro\" data-x=\"1\">A paragraph.</p>",
                "<h2 class=\"sec\" id=\"head\">Head</h2>",
                "<p class=\"refd\">Before.</p>",
                "<p><a href=\"http://u\" target=\"_blank\">x</a> and <em class=\"e\">em</em> plain{: .none}</p>", ""));
        assertThat(render("{{ t | markdownify }}", Map.of("t", "* TOC\n{:toc}\n\n## A\n\n### B")))
                .isEqualTo("<ul id=\"markdown-toc\"><li><a href=\"#a\" id=\"markdown-toc-a\">A</a><ul>"
                        + "<li><a href=\"#b\" id=\"markdown-toc-b\">B</a></li></ul></li></ul>\n"
                        + "<h2 id=\"a\">A</h2>\n<h3 id=\"b\">B</h3>\n");
        assertThat(render("{{ t | markdownify }}", Map.of("t", "`{: .x}` and\n\n    {: .y}\n")))
                .as("code is left alone").isEqualTo("<p><code>{: .x}</code> and</p>\n<pre><code>{: .y}\n</code></pre>\n");
        assertThat(render("{{ t | markdownify }}", Map.of("t", "[a](u){: x\"><script=\"1\" .c}")))
                .doesNotContain("<script");
    }

    @Test
    void textAndDataFilters() {
        assertThat(render("{{ '*hi* there' | markdownify }}")).isEqualTo("<p><em>hi</em> there</p>\n");
        assertThat(render("{{ page.tags | jsonify }}")).isEqualTo("[\"java\",\"liquid\",\"blogs\"]");
        assertThat(render("{{ m | jsonify }}", Map.of("m", Map.of("a", "say \"hi\"\n")))).isEqualTo("{\"a\":\"say \\\"hi\\\"\\n\"}");
        assertThat(render("{{ 'one  two\nthree' | number_of_words }}")).isEqualTo("3");
        assertThat(render("{{ 'foo, bar; baz?' | cgi_escape }}")).isEqualTo("foo%2C+bar%3B+baz%3F");
        assertThat(render("{{ t | uri_escape }}", Map.of("t", "foo, bar \\baz?"))).isEqualTo("foo,%20bar%20%5Cbaz?");
        assertThat(render("{{ 'é' | uri_escape }}")).isEqualTo("%C3%A9");
        assertThat(render("{{ page.tags | array_to_sentence_string }}")).isEqualTo("java, liquid, and blogs");
        assertThat(render("{{ page.tags | array_to_sentence_string: 'or' }}")).isEqualTo("java, liquid, or blogs");
        assertThat(render("{{ t | smartify }}", Map.of("t", "\"Quire\" -- it's here...")))
                .isEqualTo("\u201CQuire\u201D \u2013 it\u2019s here\u2026");
    }

    @Test
    void anUnknownFilterStaysVisibleAndTheRestOfTheBodyStillRenders(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        Path site = ExportFixtures.jekyllSite(temp.resolve("site"), "title: Filters\n", "2024-01-02-f.md",
                "---\ntitle: F\n---\n\nOn {{ site.title }}: {{ page.title | plugin_thing: 3 }} and\n"
                        + "{{ 12345 | number_with_delimiter }}, by {{ 'x' | upcase }}.\n");
        Path out = temp.resolve("out");
        ExportReport report = SiteExporter.export(site, out, ExportFixtures.options());

        String page = Files.readString(out.resolve("2024/01/02/f.html"));
        assertThat(page).contains("On Filters: {{ page.title | plugin_thing: 3 }} and",
                "{{ 12345 | number_with_delimiter }}, by X.");
        assertThat(report.problems()).extracting(Problem::toString).contains(
                "_posts/2024-01-02-f.md:5:22: warning: unknown Liquid filter 'plugin_thing' left as written",
                "_posts/2024-01-02-f.md:6:1: warning: unknown Liquid filter 'number_with_delimiter' left as written");
        assertThat(report.hasErrors()).isFalse();
    }
}
