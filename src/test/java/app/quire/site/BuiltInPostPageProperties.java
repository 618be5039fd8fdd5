package app.quire.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The built-in post page written out in Java (BuiltInPostPage) is byte for byte what the two Liquid layouts
 * make, for any page variables the exporter can produce and odd ones it cannot (those fall back to Liquid).
 */
class BuiltInPostPageProperties {
    private static Path site;
    private static Theme theme;

    @BeforeContainer
    static void load() throws Exception {
        site = Files.createTempDirectory("builtin-post");
        Files.writeString(site.resolve("quire.yaml"), "title: T\n");
        List<Problem> problems = new ArrayList<>();
        theme = Theme.load(Site.open(site), problems);
        assertThat(problems).isEmpty();
    }

    @AfterContainer
    static void clean() throws Exception {
        Files.deleteIfExists(site.resolve("quire.yaml"));
        Files.deleteIfExists(site);
    }

    @Example
    void theShippedLayoutsAreWrittenOut() throws Exception {
        assertThat(theme.writesOut("post")).isTrue();
        assertThat(theme.writesOut("page")).isFalse();
        String post = new String(Theme.class.getResourceAsStream("/app/quire/site/layouts/post.liquid").readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(post).isEqualTo(BuiltInPostPage.POST);
    }

    @Example
    void overridingPostOrShellSwitchesItOff() throws Exception {
        for (String name : List.of("post", "default")) {
            Path s = Files.createTempDirectory("override-" + name);
            Files.writeString(s.resolve("quire.yaml"), "title: T\n");
            Files.createDirectories(s.resolve("_quire/layouts"));
            Files.writeString(s.resolve("_quire/layouts/" + name + ".liquid"), "<x>{{ content }}{{ page.content }}</x>");
            Theme t = Theme.load(Site.open(s), new ArrayList<>());
            assertThat(t.writesOut("post")).as(name).isFalse();
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return ThemeTexts.texts();
    }

    @Provide
    Arbitrary<Object> maybeTexts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, texts().map(t -> (Object) t)),
                net.jqwik.api.Tuple.of(4, Arbitraries.just(null)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(7, true, List.of("x")).map(o -> (Object) o)));
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> linkLists() {
        Arbitrary<Map<String, Object>> link = texts().tuple2().map(t -> {
            Map<String, Object> m = new HashMap<>();
            m.put("name", t.get1());
            m.put("url", t.get2());
            return m;
        });
        return link.list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<Map<String, Object>> sites() {
        return Arbitraries.of("", "/blog", "/a b").flatMap(baseurl -> Arbitraries.of("", "https://example.org")
                .flatMap(url -> maybeTexts().map(description -> {
                    Map<String, Object> s = new LinkedHashMap<>();
                    s.put("title", "Site <T>");
                    s.put("url", url);
                    s.put("baseurl", baseurl);
                    if (description != null) {
                        s.put("description", description);
                    }
                    s.put("author", "Sam");
                    return s;
                })));
    }

    @Property(tries = 3000)
    void writtenOutPageEqualsTheLiquidRender(@ForAll("texts") String title, @ForAll("maybeTexts") Object dateIso,
            @ForAll("maybeTexts") Object author, @ForAll("maybeTexts") Object hero, @ForAll("maybeTexts") Object excerpt,
            @ForAll("linkLists") List<Map<String, Object>> categories, @ForAll("linkLists") List<Map<String, Object>> tags,
            @ForAll("maybeTexts") Object neighbourTitle, @ForAll("texts") String url, @ForAll("sites") Map<String, Object> siteVars,
            @ForAll boolean withNav) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("url", url);
        if (dateIso != null) {
            page.put("date_iso", dateIso);
            page.put("date_display", "December 10, 2021");
        }
        page.put("excerpt", excerpt);
        page.put("heroimage", hero);
        page.put("author", author);
        page.put("category_links", categories);
        page.put("tag_links", tags);
        page.put("content", null);
        page.put("previous", neighbourTitle == null ? null : Map.of("title", neighbourTitle, "url", "/older/"));
        page.put("next", neighbourTitle instanceof String ? Map.of("title", "N", "url", url) : null);
        Map<String, Object> nav = withNav ? Map.of("categories", "/categories/", "tags", "/tags/") : Map.of();
        String body = "<p>body of " + title + "</p>\n";

        Map<String, Object> expectedPage = new LinkedHashMap<>(page);
        expectedPage.put("content", body);
        String expected = theme.render("post", vars(siteVars, nav, expectedPage));
        Map<String, Object> actualPage = new LinkedHashMap<>(page);
        byte[] actual = theme.renderPage("post", vars(siteVars, nav, actualPage), actualPage, body);
        Statistics.collect(javaPath(page) ? "written out" : "Liquid");
        assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(actual).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether these variables are ones BuiltInPostPage takes (for the statistics only). */
    private static boolean javaPath(Map<String, Object> page) {
        for (String k : List.of("title", "date_iso", "author", "heroimage", "excerpt")) {
            Object v = page.get(k);
            if (v != null && !(v instanceof String) || "".equals(v)) {
                return false;
            }
        }
        Object p = page.get("previous");
        return p == null || ((Map<?, ?>) p).get("title") instanceof String;
    }

    private static Map<String, Object> vars(Map<String, Object> site, Map<String, Object> nav, Map<String, Object> page) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("site", site);
        vars.put("page", page);
        vars.put("nav", nav);
        return vars;
    }
}
