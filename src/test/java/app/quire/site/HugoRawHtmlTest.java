package app.quire.site;

import static app.quire.site.ExportFixtures.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw HTML in a Hugo post (decision 0235): without {@code markup.goldmark.renderer.unsafe} Hugo's goldmark writes
 * {@code <!-- raw HTML omitted -->} in its place, and Quire's export must give the same bytes; with it set (in
 * TOML, YAML or JSON) the HTML stays. Built with the real {@code hugo} where installed, as HugoComparisonTest does.
 */
class HugoRawHtmlTest {
    private static final String HEAD = "baseURL = \"https://example.org/\"\ntitle = \"Raw\"\n"
            + "disableKinds = [\"sitemap\", \"robotsTXT\", \"404\", \"RSS\", \"taxonomy\", \"term\"]\n";

    @TempDir
    Path temp;

    @Test
    void leftOutExactlyAsHugoDoesByDefault() throws Exception {
        assumeTrue(onPath("hugo"), "hugo is not installed");
        Path site = site("default", "hugo.toml", HEAD);
        String hugo = hugoBody(site);
        assertThat(hugo).contains("<!-- raw HTML omitted -->").doesNotContain("panel", "<span", "a note to self")
                .contains("<code>&lt;kbd&gt;Ctrl&lt;/kbd&gt;</code>");
        String quire = quireBody(site, new ArrayList<>());
        assertThat(quire).isEqualTo(hugo);
        // a shortcode's HTML is Hugo's (and Quire's) own, not the author's: it stays
        String hugoPage = Files.readString(temp.resolve("hugo-default/posts/cases/index.html"));
        String quirePage = Files.readString(temp.resolve("quire-default/posts/cases/index.html"));
        assertThat(figures(quirePage)).hasSize(2).isEqualTo(figures(hugoPage));
        assertThat(tail(quirePage)).isEqualTo(tail(hugoPage)).contains("<!-- raw HTML omitted -->tag");
    }

    @Test
    void keptWhenTheConfigSaysUnsafeInAnyFormat() throws Exception {
        assumeTrue(onPath("hugo"), "hugo is not installed");
        String json = "{\"baseURL\": \"https://example.org/\", \"title\": \"Raw\", \"disableKinds\": [\"sitemap\", "
                + "\"robotsTXT\", \"404\", \"RSS\", \"taxonomy\", \"term\"], "
                + "\"markup\": {\"goldmark\": {\"renderer\": {\"unsafe\": true}}}}\n";
        String yaml = "baseURL: https://example.org/\ntitle: Raw\ndisableKinds: [sitemap, robotsTXT, \"404\", RSS, "
                + "taxonomy, term]\nmarkup:\n  goldmark:\n    renderer:\n      unsafe: true\n";
        for (String[] config : List.of(new String[] {"hugo.toml", HEAD + "[markup.goldmark.renderer]\n  unsafe = true\n"},
                new String[] {"config.toml", HEAD + "[markup]\n  [markup.goldmark]\n    [markup.goldmark.renderer]\n"
                        + "      unsafe = true\n"},
                new String[] {"hugo.yaml", yaml}, new String[] {"hugo.json", json})) {
            Path site = site("unsafe-" + config[0], config[0], config[1]);
            String hugo = hugoBody(site);
            assertThat(hugo).as(config[0]).contains("<div class=\"panel\">", "<span class=\"note\">")
                    .doesNotContain("raw HTML omitted");
            List<Problem> problems = new ArrayList<>();
            assertThat(quireBody(site, problems)).as(config[0]).isEqualTo(hugo);
            assertThat(problems).as(config[0]).noneMatch(p -> p.message().contains("raw HTML"));
        }
    }

    @Test
    void onePostOneWarningAtItsFirstHtml() throws Exception {
        Path site = site("warn", "hugo.toml", HEAD);
        Files.writeString(site.resolve("content/posts/clean.md"), "---\ntitle: Clean\ndate: 2024-02-01\n---\nNo HTML.\n");
        List<Problem> problems = new ArrayList<>();
        quireBody(site, problems);
        List<Problem> raw = problems.stream().filter(p -> p.message().contains("raw HTML")).toList();
        assertThat(raw).hasSize(1);
        assertThat(raw.get(0).toString()).isEqualTo("content/posts/cases.md:7:13: warning: raw HTML left out of the "
                + "page, as Hugo does by default; to keep it, set [markup.goldmark.renderer] unsafe = true in the site "
                + "config");
    }

    @Test
    void jekyllAndPlainSitesKeepTheirHtml() throws Exception {
        Path jekyll = temp.resolve("jekyll");
        Files.createDirectories(jekyll.resolve("_posts"));
        Files.writeString(jekyll.resolve("_config.yml"), "title: J\n");
        Files.writeString(jekyll.resolve("_posts/2024-01-01-a.md"), "---\ntitle: A\n---\nA <span>kept</span>\n\n"
                + "<div>kept too</div>\n");
        Path out = temp.resolve("jekyll-out");
        ExportReport report = SiteExporter.export(jekyll, out, ExportFixtures.options());
        assertThat(Files.readString(out.resolve("2024/01/01/a.html"))).contains("A <span>kept</span>",
                "<div>kept too</div>").doesNotContain("omitted");
        assertThat(report.problems()).noneMatch(p -> p.message().contains("raw HTML"));
        assertThat(Site.open(jekyll).omitsRawHtml()).isFalse();
        Path plain = temp.resolve("plain");
        Files.createDirectories(plain);
        Files.writeString(plain.resolve("quire.yaml"), "title: P\n");
        assertThat(Site.open(plain).omitsRawHtml()).isFalse();
    }

    @Test
    void settingReadInAnyCaseAndAsDottedKeys() throws Exception {
        for (String[] config : List.of(new String[] {"hugo.toml", "markup.goldmark.renderer.unsafe = true\n"},
                new String[] {"hugo.toml", "[markup]\ngoldmark.renderer.unsafe = true\n"},
                new String[] {"hugo.toml", "[Markup.Goldmark.Renderer]\nUnsafe = true\n"},
                new String[] {"hugo.yaml", "Markup:\n  goldmark:\n    renderer: {unsafe: \"true\"}\n"})) {
            Path site = temp.resolve("keys" + config[1].hashCode());
            Files.createDirectories(site.resolve("content"));
            Files.writeString(site.resolve(config[0]), config[1]);
            assertThat(Site.open(site).omitsRawHtml()).as(config[1]).isFalse();
        }
        Path off = temp.resolve("off");
        Files.createDirectories(off.resolve("content"));
        Files.writeString(off.resolve("hugo.toml"), "[markup.goldmark.renderer]\nunsafe = false\nhardWraps = true\n");
        assertThat(Site.open(off).omitsRawHtml()).isTrue();
    }

    /** A Hugo site with the cases post, the picture it shows and a layout printing only the content. */
    private Path site(String name, String configFile, String config) throws IOException {
        Path site = temp.resolve(name);
        Files.createDirectories(site.resolve("content/posts"));
        Files.createDirectories(site.resolve("static/images"));
        HugoComparisonTest.layouts(site);
        Files.writeString(site.resolve("layouts/_default/single.html"), "{{ .Content }}\n");
        Files.writeString(site.resolve(configFile), config);
        Files.write(site.resolve("static/images/pic.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        try (InputStream in = getClass().getResourceAsStream("/sites/hugo-raw-html/cases.md")) {
            Files.writeString(site.resolve("content/posts/cases.md"), "---\ntitle: Cases\ndate: 2024-01-01\n---\n"
                    + new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        return site;
    }

    private String quireBody(Path site, List<Problem> problems) throws IOException {
        Path out = temp.resolve("quire-" + site.getFileName());
        ExportReport report = SiteExporter.export(site, out, ExportFixtures.options());
        problems.addAll(report.problems());
        return body(Files.readString(out.resolve("posts/cases/index.html"), StandardCharsets.UTF_8));
    }

    private String hugoBody(Path site) throws Exception {
        Path out = temp.resolve("hugo-" + site.getFileName());
        Process p = new ProcessBuilder("hugo", "--quiet", "-s", site.toString(), "-d", out.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("hugo.log").toFile()).start();
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "hugo did not finish");
        assertThat(p.exitValue()).as(Files.readString(temp.resolve("hugo.log"))).isZero();
        return body(Files.readString(out.resolve("posts/cases/index.html"), StandardCharsets.UTF_8));
    }

    /** Each figure, white space between tags collapsed and "/>" as ">" (Quire's is on one line). */
    private static List<String> figures(String page) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<figure.*?</figure>", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        while (m.find()) {
            out.add(m.group().replaceAll(">\\s+<", "><").replaceAll("\\s+", " ").replace("/>", ">"));
        }
        return out;
    }

    /** The last paragraph's text around its figure. */
    private static String tail(String page) {
        int from = page.indexOf("<p>Inline shortcode");
        return page.substring(from, page.indexOf("</p>", from)).replaceAll("(?s)\\s*<figure.*</figure>\\s*", " FIGURE ");
    }

    /** The page's HTML from the first paragraph to the last (both are marker words). */
    private static String body(String page) {
        int from = page.indexOf("<p>START-OF-BODY</p>");
        int to = page.indexOf("<p>END-OF-BODY</p>");
        assertThat(from).as(page).isGreaterThanOrEqualTo(0);
        return page.substring(from, to);
    }
}
